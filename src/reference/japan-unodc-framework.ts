import type { StrategicFramework } from "../schemas/strategic-framework.js"
import { deepFreeze } from "./deep-freeze.js"

/** Seed 004, the framework's own text. */
const SOURCE = {
  title: "Strategic Cooperation between Japan and UNODC Goals and Priorities 2024-2026",
} as const

/**
 * The Japan–UNODC "Strategic Goals and Priorities 2024–2026", established at the 11th
 * Strategic Policy Dialogue in Tokyo on 5 July 2024: its parties (the Government of Japan and
 * UNODC), its six strategic goals in order and its priority regions with their thematic areas,
 * mapped onto the reference theme vocabulary.
 *
 * Goal ids are short names of the goals (`"rule-of-law"`, `"maritime-order"`, …). Each goal
 * quotes its heading in `sources[0].quote` and its first sentence in `description`, and lists
 * as `themes` the thematic areas seed 004 names for it (goal 1: organized crime, drugs,
 * trafficking in persons, terrorism and violent extremism, cybercrime, corruption and the rule
 * of law; goal 2: maritime law enforcement; goal 5: submarine cables and critical minerals;
 * goal 6: gender equality, WPS and youth). Goals 3 (evidence-based assistance) and 4
 * (visibility) name ways of working, not themes: they have none, and are covered only by
 * programmes that link them. Each priority region quotes its paragraph in `sources`. Regions
 * name reference groupings where one fits (`m49-035` South-eastern Asia, `PIF`, `SAARC`,
 * `CENTRAL-ASIA`, `IOC`, `GULF-OF-GUINEA`) and countries where the text names them; each
 * source's `note` states the reading the text leaves open. The parties are organisation ids
 * (`gov-japan`, `unodc`, as in the example dataset); the framework validates on its own:
 * `validateDataset({ frameworks: [japanUnodcFramework] }).ok` is true. Deeply frozen.
 *
 * @example
 * japanUnodcFramework.goals.length //=> 6
 * japanUnodcFramework.goals[0]?.title //=> "Promoting the rule of law"
 * japanUnodcFramework.goals[5]?.themes //=> ["gender-equality", "youth"]
 * japanUnodcFramework.priorityRegions?.map((r) => r.id)
 * //=> ["south-east-asia", "pacific", "south-asia", "afghanistan-and-neighbours",
 * //    "western-indian-ocean", "sahel-and-mozambique", "gulf-of-guinea", "ukraine"]
 *
 * @category Reference
 */
export const japanUnodcFramework: StrategicFramework = /* @__PURE__ */ deepFreeze({
  id: "japan-unodc-2024-2026",
  title: "Strategic Cooperation between Japan and UNODC: Goals and Priorities 2024–2026",
  parties: ["gov-japan", "unodc"],
  adoptedOn: "2024-07-05",
  period: { start: "2024", end: "2026" },
  goals: [
    {
      id: "rule-of-law",
      title: "Promoting the rule of law",
      description:
        "Japan and UNODC are committed to promoting the rule of law, which is the basis of the international order, as well as an essential cornerstone for a fair and just social and economic development within a free and democratic country, and at the national and international levels.",
      priorities: [
        "transnational organized crime: trafficking in drugs and other illicit goods, and in persons",
        "terrorism and violent extremism",
        "cybercrime and technology-enabled crimes including online scams and illegal casinos",
        "corruption",
        "geographical focus: the Indo-Pacific with ASEAN as a priority, Afghanistan and its neighbouring countries, extended westward to the Western Indian Ocean and Africa",
      ],
      themes: [
        "rule-of-law",
        "organized-crime",
        "drugs",
        "trafficking-in-persons",
        "counter-terrorism",
        "violent-extremism",
        "cybercrime",
        "anti-corruption",
      ],
      sources: [
        {
          ...SOURCE,
          quote: "(1) Promoting the rule of law",
          note: "Themes: the forms of transnational organized crime the goal names — trafficking in drugs and in persons, terrorism and violent extremism, cybercrime and technology-enabled crimes, corruption — and the rule of law itself.",
        },
      ],
    },
    {
      id: "maritime-order",
      title: "Rules-based maritime order in the Indo-Pacific and beyond",
      description:
        'Ensuring maritime security based on the rule of law is emphasized in the cooperation, which will resonate with Japan\'s "Free and Open Indo-Pacific (FOIP)" initiative.',
      priorities: [
        "maritime law enforcement (MLE) and maritime domain awareness (MDA), with the Japan Coast Guard's Mobile Cooperation Team",
        "maritime crime: fishery crime, piracy and armed robbery against ships, UN sanction evasions at sea, maritime terrorism",
        "further use of the Japan-ASEAN Integration Fund (JAIF) for projects related to UNODC mandates",
      ],
      themes: ["maritime-law-enforcement"],
      sources: [
        {
          ...SOURCE,
          quote: "(2) Rules-based maritime order in the Indo-Pacific and beyond",
          note: "Theme: maritime law enforcement (MLE), under which the goal places maritime domain awareness and maritime crime (fishery crime, piracy, sanction evasions at sea, maritime terrorism).",
        },
      ],
    },
    {
      id: "evidence-based-assistance",
      title:
        "Targeted and well-coordinated evidence-based assistance backed by networks of both Japan and UNODC, upholding and respecting ownership of partner countries/regions",
      description:
        "In order to maximize the impact of the assistance, accurate and up-to-date understanding of the situation on the ground in the partner countries/regions based on threat assessments and research that include consultations with local community actors such as civil society, academia and the private sector, with a clear vision for intended targets and available means of assistance, is critical.",
      priorities: [
        "threat assessments and research with local community actors",
        "coordination between UNODC offices and field programmes and Japan's overseas missions",
        "ownership of partner countries; investment in training academies and institutes",
      ],
      sources: [
        {
          ...SOURCE,
          quote:
            "(3) Targeted and well-coordinated evidence-based assistance backed by networks of both Japan and UNODC, upholding and respecting ownership of partner countries/regions.",
          note: "No themes: the goal names a way of working (assessments, coordination, ownership), not a thematic area.",
        },
      ],
    },
    {
      id: "visibility",
      title: "Further raising awareness and visibility of UNODC and its activities",
      description:
        "Both sides will cooperate to further raise the visibility of UNODC's activities, including those funded by Japan, through all appropriate means both in partner countries/regions and in Japan.",
      priorities: [
        "visibility of Japan-funded UNODC projects among the public and leaders of partner countries",
        "participation of Japanese experts in illicit drugs, organized crime, cybercrime and customs control",
      ],
      sources: [
        {
          ...SOURCE,
          quote: "(4) Further raising awareness and visibility of UNODC and its activities",
          note: "No themes: the goal is about visibility; the areas it names (illicit drugs, organized crime, cybercrime, customs control) are where Japanese experts may take part, already goal 1's themes.",
        },
      ],
    },
    {
      id: "emerging-issues",
      title: "Addressing emerging issues",
      description:
        "Japan and UNODC will further explore possible cooperation to contribute to addressing emerging issues such as critical incident response at sea, the use of technology by organized crime groups, protection of submarine cables and illegal mining and trafficking in critical minerals.",
      priorities: [
        "critical incident response at sea",
        "the use of technology by organized crime groups",
        "protection of submarine cables",
        "illegal mining and trafficking in critical minerals",
      ],
      themes: ["submarine-cable-protection", "critical-minerals"],
      sources: [
        {
          ...SOURCE,
          quote: "(5) Addressing emerging issues",
          note: "Themes: the emerging issues the goal names that no other goal covers — protection of submarine cables, illegal mining and trafficking in critical minerals. The use of technology by organized crime groups is goal 1's cybercrime and technology-enabled crime, and critical incident response at sea goal 2's maritime law enforcement; they are not repeated here.",
        },
      ],
    },
    {
      id: "gender-wps-youth",
      title: "Gender equality, WPS as well as empowerment of youth within UNODC mandate areas",
      description: "To mainstream gender equality in all its work is a strong UN-wide imperative.",
      priorities: [
        "mainstreaming gender equality in all programmes and projects funded by Japan",
        "Women, Peace and Security (WPS)",
        "protection and empowerment of women, children and youth",
      ],
      themes: ["gender-equality", "youth"],
      sources: [
        {
          ...SOURCE,
          quote:
            "(6) Gender equality, WPS as well as empowerment of youth within UNODC mandate areas",
          note: "Themes: gender equality (with Women, Peace and Security) and the empowerment of youth.",
        },
      ],
    },
  ],
  priorityRegions: [
    {
      id: "south-east-asia",
      name: "Southeast Asia",
      groups: ["m49-035"],
      themes: [
        "drugs",
        "cybercrime",
        "organized-crime",
        "trafficking-in-persons",
        "money-laundering",
        "border-control",
        "maritime-law-enforcement",
        "counter-terrorism",
        "violent-extremism",
      ],
      sources: [
        {
          ...SOURCE,
          quote:
            "Southeast Asia: Countermeasures against a wide range of manifestations of organized crime i.e. synthetic drugs and precursor chemicals, scam (online and telephone fraud) and illegal casinos, trafficking in persons (TiP) including for forced criminality, new forms of cybercrime and technology enabled crime, illicit financial flows including through cryptocurrencies, countermeasures against illicit manufacture and trafficking of drugs and organized crime in Myanmar, improving border management and reinforcing liaison offices, maritime law enforcement including MDA and UN sanction evasions and counter-terrorism and violent extremism (CT and P/CVE)",
          note: "Southeast Asia read as UN M49 South-eastern Asia (035): the ASEAN members and Timor-Leste.",
        },
      ],
    },
    {
      id: "pacific",
      name: "Pacific Region",
      groups: ["PIF"],
      themes: ["maritime-law-enforcement", "law-enforcement"],
      sources: [
        {
          ...SOURCE,
          quote:
            "Pacific Region: Enhancement of MLE and MDA capabilities to address illegal activities at sea, strengthening and improving the capacity of law enforcement agencies.",
          note: "The Pacific read as the members of the Pacific Islands Forum.",
        },
      ],
    },
    {
      id: "south-asia",
      name: "South Asia",
      groups: ["SAARC"],
      themes: ["maritime-law-enforcement", "drugs", "organized-crime"],
      sources: [
        {
          ...SOURCE,
          quote:
            "South Asia: Countermeasures against maritime-related crimes such as illicit drug trafficking, fishery crime, smuggling of various illicit goods and submarine cable protection.",
          note: "South Asia read as the members of SAARC; fishery crime and smuggling as organized crime.",
        },
      ],
    },
    {
      id: "afghanistan-and-neighbours",
      name: "Afghanistan and its neighboring countries including Central Asian countries",
      countries: ["AF", "IR", "PK"],
      groups: ["CENTRAL-ASIA"],
      themes: ["drugs", "border-control"],
      sources: [
        {
          ...SOURCE,
          quote:
            "Afghanistan and its neighboring countries including Central Asian countries: Countermeasures against illicit drugs; Strengthening border control especially against illicit drugs following the end of the Paris Pact Initiative, which was an international framework on illicit drugs of Afghan origin.",
          note: "Neighbours read as Iran, Pakistan and the five Central Asian states; China, which also borders Afghanistan, is not included.",
        },
      ],
    },
    {
      id: "western-indian-ocean",
      name: "West Indian Ocean, including the coasts on East Africa",
      countries: ["KE", "MZ", "SO", "TZ"],
      groups: ["IOC"],
      themes: ["maritime-law-enforcement", "trafficking-in-persons", "organized-crime", "drugs"],
      sources: [
        {
          ...SOURCE,
          quote:
            "West Indian Ocean, including the coasts on East Africa: Strengthening maritime law enforcement capacity against human trafficking, fishery crime, submarine cable protection, etc. in addition to countermeasures against trafficking illicit drugs as the “southern route” of illicit drugs from Afghanistan.",
          note: "The Western Indian Ocean read as the Indian Ocean Commission states, and the East African coast as Kenya, Mozambique, Somalia and Tanzania.",
        },
      ],
    },
    {
      id: "sahel-and-mozambique",
      name: "Sahel and Mozambique",
      countries: ["BF", "ML", "MR", "NE", "TD", "MZ"],
      themes: [
        "counter-terrorism",
        "violent-extremism",
        "corrections",
        "crime-prevention",
        "drugs",
      ],
      sources: [
        {
          ...SOURCE,
          quote:
            "Sahel and Mozambique: CT and P/CVE including in prison settings and the prevention of organized crime, especially among children and youth, concerns of which are growing due to unstable socio-economic conditions and violent conflicts, drug prevention and treatment, including through the engagement of non-governmental stakeholders.",
          note: "The Sahel read as the five states of the G5 Sahel as founded (Burkina Faso, Chad, Mali, Mauritania, Niger), named as countries because three of them have left that grouping.",
        },
      ],
    },
    {
      id: "gulf-of-guinea",
      name: "Gulf of Guinea",
      groups: ["GULF-OF-GUINEA"],
      themes: ["maritime-law-enforcement", "drugs"],
      sources: [
        {
          ...SOURCE,
          quote:
            "Gulf of Guinea: Maritime law enforcement on illicit drug trafficking and piracy; Counter-piracy including strengthening of legal systems",
          note: "Piracy and counter-piracy read as maritime law enforcement.",
        },
      ],
    },
    {
      id: "ukraine",
      name: "Ukraine",
      countries: ["UA"],
      themes: ["border-control", "anti-corruption", "trafficking-in-persons", "firearms"],
      sources: [
        {
          ...SOURCE,
          quote:
            "Strengthen border control measures, in particular Customs with possible involvement of Japanese expertise, to mitigate the impact of the Russia’s aggression against Ukraine.",
        },
      ],
    },
  ],
  sources: [
    {
      ...SOURCE,
      quote:
        "Looking ahead to the next decade, and from a mid-to-long standpoint, during the 11th Strategic Policy Dialogue held on 5 July 2024 in Tokyo, both sides established the following strategic goals and priorities of their cooperation for the period from 2024 to 2026, building on the previous Joint Plans of Action.",
    },
  ],
})
