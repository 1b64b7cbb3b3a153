import type { Dataset } from "../schemas/dataset.js"
import { deepFreeze } from "./deep-freeze.js"
import { japanUnodcFramework } from "./japan-unodc-framework.js"

// The five seed texts, as sources. Every record states its source in `sources`: the title of
// the text, `quote` the sentence it was drawn from, verbatim (white space between lines
// normalised to one space; the Markdown escape "\\$" of seed 002 kept as the text has it),
// and `note` any reading the text leaves open.
const SEED_000 = { title: "White Paper on Development Cooperation 2024" } as const
const SEED_001 = { title: "Propulsion of Global Cooperation" } as const
const SEED_002 = {
  title: "Sharing Universal Values and Realizing a Peaceful and Secure Society",
} as const
const SEED_003 = { title: "The International Cooperation Department" } as const
const SEED_004 = {
  title: "Strategic Cooperation between Japan and UNODC Goals and Priorities 2024-2026",
} as const

/**
 * The example dataset drawn from the five seed texts: the organisations they name, the
 * programmes they describe with the figures they give, Japan's pledges with their targets and
 * reported fulfilment, and the Japan–UNODC framework ({@link japanUnodcFramework}).
 *
 * - Figures the texts give only in aggregate are `reportedParticipants` (marked `approximate`
 *   where the text says "about" or "approximately") — there are no invented people:
 *   `participants` and `participations` are empty.
 * - Statements about many programmes or years ("over 6,600 alumni from 144 countries and
 *   regions" since UNAFEI's establishment; "65 graduates from 39 countries") are reported
 *   figures in `figures`, with their bound (`at-least` for "over"), scope and date: see
 *   `reportedFigures`. They are never added to alumni counted from person records.
 * - Every record states its source in `sources`: the title of the seed text and, as `quote`,
 *   the sentence it was drawn from, verbatim; readings the text leaves open (a year inferred
 *   from "annually since 2007") are the source's `note`.
 * - Programme statuses are those of the source's own time: the Tanzania project (May 2022 –
 *   May 2025) is `ongoing` as the 2024 text describes it.
 * - Every group id is a reference grouping (`ASEAN`, `G7`, `PIF`, `m49-035`, …).
 *
 * It is what `npm run demo` and the examples run on. It is deeply frozen: copy it
 * (`structuredClone(exampleDataset)`) to change it.
 *
 * @example
 * const uncac = exampleDataset.programmes?.find((p) => p.id === "unafei-uncac-26")
 * uncac?.reportedParticipants //=> { total: 25, countries: 20, byCountry: { UA: 4 } }
 * exampleDataset.pledges?.find((p) => p.id === "ct-asia-2016")?.fulfilments?.length //=> 2
 * exampleDataset.figures?.[0] //=> { id: "unafei-alumni-2024", metric: "alumni", value: 6600, bound: "at-least", … }
 *
 * @category Reference
 */
export const exampleDataset: Dataset = /* @__PURE__ */ deepFreeze({
  organisations: [
    {
      id: "gov-japan",
      name: "Government of Japan",
      type: "government",
      country: "JP",
      sources: [
        {
          ...SEED_004,
          quote:
            "The Government of Japan and the United Nations Office on Drugs and Crime (UNODC) have developed their cooperation over a decade, through projects on the ground as well as their annual Strategic Policy Dialogue, which started in 2013.",
        },
      ],
    },
    {
      id: "moj-japan",
      name: "Ministry of Justice of Japan",
      acronym: "MOJ",
      type: "government",
      country: "JP",
      sources: [
        {
          ...SEED_002,
          quote:
            "Every year, the Ministry of Justice (MOJ) holds an international training course (twice a year) and an international seminar for senior officials (once a year) for criminal justice practitioners from developing countries in Asia and Africa, in collaboration with the United Nations Asia and Far East Institute for the Prevention of Crime and the Treatment of Offenders (UNAFEI).",
        },
      ],
    },
    {
      id: "moj-icd",
      name: "International Cooperation Department, Research and Training Institute, Ministry of Justice of Japan",
      acronym: "ICD",
      type: "government",
      country: "JP",
      sources: [
        {
          ...SEED_003,
          quote:
            "So far, the ICD has achieved significant results in its assistance in drafting the Civil Code and the Civil Procedure Code, and training judges and other judicial officials in Vietnam and Cambodia, drafting the Commentary on the Bankruptcy Law of Uzbekistan, and other projects.",
        },
      ],
    },
    {
      id: "unafei",
      name: "United Nations Asia and Far East Institute for the Prevention of Crime and the Treatment of Offenders",
      acronym: "UNAFEI",
      type: "intergovernmental",
      country: "JP",
      sources: [
        {
          ...SEED_000,
          quote:
            "Established in 1962 under the “Agreement between the United Nations and the Government of Japan for the Establishment of the Asia and Far East Institute for the Prevention of Crime and the Treatment of Offenders,” UNAFEI is operated by the UN Training Cooperation Department of the Research and Training Institute, Ministry of Justice.",
          note: "Note 55. Its alumni figure is the reported figure `unafei-alumni-2024`.",
        },
      ],
    },
    {
      id: "jica",
      name: "Japan International Cooperation Agency",
      acronym: "JICA",
      type: "government",
      country: "JP",
      sources: [
        {
          ...SEED_002,
          quote:
            "Upon providing this kind of assistance for refugees through international organizations, Japan put importance on collaboration with Japanese entities such as JICA, Japan's development cooperation implementing agency, as well as private companies.",
        },
      ],
    },
    {
      id: "unodc",
      name: "United Nations Office on Drugs and Crime",
      acronym: "UNODC",
      type: "un-entity",
      sources: [
        {
          ...SEED_004,
          quote:
            "The Government of Japan and the United Nations Office on Drugs and Crime (UNODC) have developed their cooperation over a decade, through projects on the ground as well as their annual Strategic Policy Dialogue, which started in 2013.",
        },
      ],
    },
    {
      id: "npa-japan",
      name: "National Police Agency of Japan",
      acronym: "NPA",
      type: "government",
      country: "JP",
      sources: [
        {
          ...SEED_002,
          quote:
            "The National Police Agency (NPA) of Japan dispatches experts to and accepts trainees mainly from Asian countries such as Indonesia, through which Japan explains how democratically controlled Japanese police work and are trusted by the Japanese people.",
        },
      ],
    },
    {
      id: "jcg",
      name: "Japan Coast Guard",
      acronym: "JCG",
      type: "government",
      country: "JP",
      sources: [
        {
          ...SEED_002,
          quote:
            "This program is carried out with grant assistance from The Nippon Foundation and the participation of the Hydrographic and Oceanographic Department of the Japan Coast Guard in the management of the program.",
        },
      ],
    },
    {
      id: "recaap-isc",
      name: "ReCAAP Information Sharing Centre",
      acronym: "ReCAAP-ISC",
      type: "intergovernmental",
      country: "SG",
      sources: [
        {
          ...SEED_002,
          quote:
            "Each of the contracting parties shares information regarding piracy and armed robbery against ships and cooperates via the Information Sharing Centre (ReCAAP-ISC) established in Singapore under the Agreement.",
        },
      ],
    },
    {
      id: "iho",
      name: "International Hydrographic Organization",
      acronym: "IHO",
      type: "intergovernmental",
      sources: [
        {
          ...SEED_002,
          quote:
            "Furthermore, since 2009, the International Hydrographic Organization (IHO) has been conducting a training program every year in the United Kingdom with the aim of nurturing nautical chart experts in developing countries.",
        },
      ],
    },
    {
      id: "nippon-foundation",
      name: "The Nippon Foundation",
      type: "ngo",
      country: "JP",
      sources: [
        {
          ...SEED_002,
          quote:
            "This program is carried out with grant assistance from The Nippon Foundation and the participation of the Hydrographic and Oceanographic Department of the Japan Coast Guard in the management of the program.",
        },
      ],
    },
    {
      id: "unh",
      name: "University of New Hampshire",
      type: "academic",
      country: "US",
      sources: [
        {
          ...SEED_002,
          quote:
            "Also, through the grant assistance offered by The Nippon Foundation, a human resource training program aimed at fostering personnel who can contribute to the GEBCO project has been conducted at the University of New Hampshire in the United States every year since 2004.",
        },
      ],
    },
    {
      id: "un-pbf",
      name: "United Nations Peacebuilding Fund",
      acronym: "PBF",
      type: "un-entity",
      sources: [
        {
          ...SEED_002,
          quote:
            "Moreover, at a Pledging Conference for the UN Peacebuilding Fund, Japan declared that it would contribute around \\$10 million in the coming years.",
        },
      ],
    },
    {
      id: "po-ralg",
      name: "President's Office, Regional Administration and Local Government (Tanzania)",
      acronym: "PO-RALG",
      type: "government",
      country: "TZ",
      sources: [
        {
          ...SEED_000,
          quote:
            "With support from JICA experts, the President’s Office, Regional Administration and Local Government (PO-RALG) provided training for development officers from 184 districts across 26 regions nationwide, and conducted monitoring and evaluation of district development planning and project implementation.",
        },
      ],
    },
    {
      id: "rtk",
      name: "Radio Television of Kosovo",
      acronym: "RTK",
      type: "other",
      country: "XK",
      sources: [
        {
          ...SEED_000,
          quote:
            "As part of its support for democratization, Japan has implemented the “Project for Capacity Development of Radio Television of Kosovo (RTK)” since January 2015.",
        },
      ],
    },
    {
      id: "aar-japan",
      name: "Association for Aid and Relief, Japan",
      acronym: "AAR Japan",
      type: "ngo",
      country: "JP",
      sources: [
        {
          ...SEED_002,
          quote:
            "In Afghanistan, an incorporated non-profit organization, the Association for Aid and Relief, Japan (AAR Japan), also a specified non-profit corporation, provides outreach education to raise awareness on the dangers of landmines, UXOs and other remnants of conflict, and on the proper ways of avoiding them.",
        },
      ],
    },
    {
      id: "jpf",
      name: "Japan Platform",
      acronym: "JPF",
      type: "ngo",
      country: "JP",
      sources: [
        {
          ...SEED_002,
          quote:
            "Japan Platform (JPF), an emergency humanitarian aid organization established through the partnership and cooperation of NGOs, business communities and the Government of Japan, dispatches member NGOs to provide assistance to refugees, displaced persons or people affected by conflicts or natural disasters.",
        },
      ],
    },
    {
      id: "unmas",
      name: "United Nations Mine Action Service",
      acronym: "UNMAS",
      type: "un-entity",
      sources: [
        {
          ...SEED_002,
          quote:
            "In 2018, Japan supported clearance and risk avoidance education, against landmine and UXOs through the United Nations Mine Action Service (UNMAS), in Afghanistan, Iraq, Syria, South Sudan, Sudan and the Democratic Republic of the Congo.",
        },
      ],
    },
    {
      id: "unicef",
      name: "United Nations Children's Fund",
      acronym: "UNICEF",
      type: "un-entity",
      sources: [
        {
          ...SEED_002,
          quote:
            "Likewise, Japan has provided support for risk reduction education in Palestine, Yemen, Central Africa, Chad, South Sudan, Iraq and Ukraine, via UNICEF since 2015.",
        },
      ],
    },
  ],
  programmes: [
    // --- seed 000: White Paper on Development Cooperation 2024 ---
    {
      id: "acttf-ukraine-3",
      title: "The third meeting of the Anti-Corruption Task Force for Ukraine",
      kind: "forum",
      status: "completed",
      period: { start: "2024-11", end: "2024-11" },
      series: { id: "acttf-ukraine", session: 3 },
      venue: { country: "JP", city: "Tokyo" },
      mode: "in-person",
      countries: ["UA"],
      groups: ["G7"],
      themes: ["anti-corruption"],
      sdgTargets: ["16.5"],
      reportedParticipants: { total: 40, approximate: true },
      sources: [
        {
          ...SEED_000,
          quote:
            "In November 2024, the third meeting was held in Tokyo and had robust discussions, bringing together about 40 participants from the justice ministries of G7 countries, the EU, international organizations including the United Nations, and Ukraine’s anti-corruption agencies.",
          note: "“About 40” participants: the total is approximate (`approximate: true`).",
        },
      ],
    },
    {
      id: "crim-ap-3",
      title: "The 3rd Criminal Justice Forum for Asia and the Pacific (Crim-AP)",
      kind: "forum",
      status: "completed",
      period: { start: "2024-06", end: "2024-06" },
      series: { id: "crim-ap", session: 3 },
      organisations: [{ organisation: "gov-japan", role: "implementing" }],
      themes: ["asset-recovery", "corrections"],
      sources: [
        {
          ...SEED_000,
          quote:
            "In June 2024, Japan convened the 3rd “Criminal Justice Forum for Asia and the Pacific” (Crim-AP), where criminal justice practitioners from 23 countries and organizations in the region actively exchanged views on asset recovery of transnational crime and treatment of women offenders in prisons.",
          note: "No participant total is given, so there are no reportedParticipants; the 23 counts countries and organisations together.",
        },
      ],
      extra: {
        reportedCountriesAndOrganisations: 23,
      },
    },
    {
      id: "asean-g7-nlf-1",
      title: "The first meeting of the ASEAN-G7 Next Leaders Forum",
      kind: "forum",
      status: "completed",
      period: { start: "2024-06", end: "2024-07" },
      series: { id: "asean-g7-nlf", session: 1 },
      groups: ["ASEAN", "G7"],
      themes: ["rule-of-law"],
      reportedParticipants: { total: 60, approximate: true },
      sources: [
        {
          ...SEED_000,
          quote:
            "Approximately 60 young officials from ministries of justice and other agencies of 18 countries and organizations in ASEAN and the G7 participated.",
          note: "“Approximately 60”: the total is approximate (`approximate: true`). The 18 counts countries and organisations together (ASEAN's 10 members and the G7's 7 in 2024 make 17 countries).",
        },
      ],
      extra: {
        reportedCountriesAndOrganisations: 18,
      },
    },
    {
      id: "pacific-rule-of-law-symposium-2024",
      title:
        "Symposium “The Rule of Law and International Cooperation in the Pacific Island Countries and Regions”",
      kind: "symposium",
      status: "completed",
      period: { start: "2024-07", end: "2024-07" },
      organisations: [{ organisation: "gov-japan", role: "implementing" }],
      countries: ["FJ", "MH", "FM", "WS", "AU", "NZ"],
      groups: ["PIF"],
      themes: ["rule-of-law"],
      sources: [
        {
          ...SEED_000,
          quote:
            "In addition, in July 2024, Japan held a symposium titled “The Rule of Law and International Cooperation in the Pacific Island Countries and Regions” as a commemorative event ahead of the 10th Pacific Islands Leaders Meeting (PALM10).",
          note: "Countries: those whose ministers and officials joined the panel discussion.",
        },
      ],
    },
    {
      id: "asia-pacific-real-estate-study-group",
      title: "Asia-Pacific Real Estate Legislation Study Group",
      kind: "study-group",
      status: "ongoing",
      period: { start: "2022-04" },
      organisations: [{ organisation: "gov-japan", role: "implementing" }],
      countries: ["KH", "ID", "LA", "PH"],
      themes: ["civil-law"],
      sources: [
        {
          ...SEED_000,
          quote:
            "As one of the efforts, Japan has been convening the “Asia-Pacific Real Estate Legislation Study Group” since April 2022 to conduct comparative studies on property legislation in Cambodia, Indonesia, Laos, and the Philippines.",
        },
      ],
    },
    {
      id: "civil-commercial-law-symposium-11",
      title: "The 11th Symposium on International Civil and Commercial Law",
      kind: "symposium",
      status: "completed",
      period: { start: "2023-10", end: "2023-10" },
      series: { id: "civil-commercial-law-symposium", session: 11 },
      organisations: [{ organisation: "gov-japan", role: "implementing" }],
      venue: { country: "JP" },
      themes: ["civil-law"],
      sources: [
        {
          ...SEED_000,
          quote:
            "In October 2023, Japan also hosted the 11th Symposium on International Civil and Commercial Law.",
        },
      ],
    },
    {
      id: "unafei-uncac-26",
      title: "The 26th UNAFEI UNCAC Training Programme",
      kind: "training-course",
      status: "completed",
      period: { start: "2024-10", end: "2024-11" },
      series: { id: "unafei-uncac", session: 26 },
      organisations: [
        { organisation: "moj-japan", role: "funding" },
        { organisation: "unafei", role: "implementing" },
      ],
      venue: { country: "JP" },
      mode: "in-person",
      themes: ["anti-corruption"],
      sdgTargets: ["16.5"],
      dacPurposeCodes: [15113],
      reportedParticipants: { total: 25, countries: 20, byCountry: { UA: 4 } },
      sources: [
        {
          ...SEED_000,
          quote:
            "The program was attended by 25 criminal justice practitioners from 20 countries and regions, including four participants from Ukraine.",
        },
      ],
      extra: {
        theme:
          "Strengthening Prevention, Detection and Prosecution of Corruption, and Public-Private Partnerships",
      },
    },
    {
      id: "asean-japan-cjs-1",
      title: "The 1st ASEAN-Japan Criminal Justice Seminar",
      kind: "seminar",
      status: "completed",
      period: { start: "2024-12", end: "2024-12" },
      series: { id: "asean-japan-cjs", session: 1 },
      organisations: [{ organisation: "moj-japan", role: "implementing" }],
      countries: ["BN", "KH", "ID", "LA", "MY", "PH", "SG", "TH", "VN", "TL"],
      themes: ["mutual-legal-assistance", "corrections"],
      sdgTargets: ["16.3"],
      sources: [
        {
          ...SEED_000,
          quote:
            "Criminal justice practitioners from 10 countries, including 9 ASEAN Member States (Brunei, Cambodia, Indonesia, Laos, Malaysia, the Philippines, Singapore, Thailand, and Viet Nam) and Timor-Leste, participated in the seminar.",
          note: "Countries, not the ASEAN grouping: Myanmar is not among the nine, and Timor-Leste joined ASEAN only on 2025-10-26.",
        },
      ],
      extra: {
        succeeds: "gg-seminar",
      },
    },
    {
      id: "unafei-183-senior-seminar",
      title: "The 183rd UNAFEI International Senior Seminar",
      kind: "seminar",
      status: "completed",
      period: { start: "2024-01", end: "2024-02" },
      series: { id: "unafei-international", session: 183 },
      organisations: [
        { organisation: "moj-japan", role: "funding" },
        { organisation: "unafei", role: "implementing" },
      ],
      venue: { country: "JP" },
      themes: ["corrections"],
      sources: [
        {
          ...SEED_000,
          quote:
            "In 2024, the 183rd International Senior Seminar was held from January to February under the theme “Management of Correctional Institutions in the 21st Century—with a focus on the Nelson Mandela Rules.”",
        },
      ],
    },
    {
      id: "unafei-184-training-course",
      title: "The 184th UNAFEI International Training Course",
      kind: "training-course",
      status: "completed",
      period: { start: "2024-05", end: "2024-05" },
      series: { id: "unafei-international", session: 184 },
      organisations: [
        { organisation: "moj-japan", role: "funding" },
        { organisation: "unafei", role: "implementing" },
      ],
      venue: { country: "JP" },
      themes: ["trafficking-in-persons"],
      sources: [
        {
          ...SEED_000,
          quote:
            "In May, the 184th International Training Course was conducted under the theme “Countermeasures against Trafficking in Persons, with a focus on Trafficking in Persons for Sexual Exploitation.”",
        },
      ],
    },
    {
      id: "unafei-185-training-course",
      title: "The 185th UNAFEI International Training Course",
      kind: "training-course",
      status: "completed",
      period: { start: "2024-09", end: "2024-10" },
      series: { id: "unafei-international", session: 185 },
      organisations: [
        { organisation: "moj-japan", role: "funding" },
        { organisation: "unafei", role: "implementing" },
      ],
      venue: { country: "JP" },
      themes: ["corrections", "anti-corruption"],
      sources: [
        {
          ...SEED_000,
          quote:
            "From September to October, the 185th International Training Course was held under the theme “Preventing Inmate Abuse and Corruption in Correctional Facilities: Creating a Rehabilitative Prison Environment.”",
        },
      ],
    },
    {
      id: "tanzania-improved-ood",
      title:
        "Strengthening of Local Governance through Tanzania’s Original Participatory Planning Method (Improved O&OD)",
      kind: "technical-cooperation-project",
      status: "ongoing",
      period: { start: "2022-05", end: "2025-05" },
      organisations: [
        { organisation: "jica", role: "extending" },
        { organisation: "po-ralg", role: "implementing" },
      ],
      countries: ["TZ"],
      themes: ["local-governance"],
      sources: [
        {
          ...SEED_000,
          quote: "Technical Cooperation (May 2022 – May 2025)",
          note: "Status as the 2024 text describes it; the planned end was May 2025.",
        },
        {
          ...SEED_000,
          quote:
            "With support from JICA experts, the President’s Office, Regional Administration and Local Government (PO-RALG) provided training for development officers from 184 districts across 26 regions nationwide, and conducted monitoring and evaluation of district development planning and project implementation.",
          note: "`extra.reported.districts` and `extra.reported.regions`.",
        },
        {
          ...SEED_000,
          quote:
            "As a result, during the one-year period from July 2023, approximately 1,600 community-driven activities, such as road maintenance and construction of clinics and schools, were carried out nationwide based on this method.",
          note: "`extra.reported.communityActivities`: approximately 1,600.",
        },
      ],
      extra: {
        sdgs: [3, 4, 8, 16],
        reported: {
          districts: 184,
          regions: 26,
          communityActivities: 1600,
        },
      },
    },
    {
      id: "kosovo-rtk",
      title: "Project for Capacity Development of Radio Television of Kosovo (RTK)",
      kind: "technical-cooperation-project",
      status: "ongoing",
      period: { start: "2015-01" },
      organisations: [
        { organisation: "jica", role: "extending" },
        { organisation: "rtk", role: "implementing" },
      ],
      countries: ["XK"],
      themes: ["media", "democratization"],
      dacPurposeCodes: [15153],
      sources: [
        {
          ...SEED_000,
          quote:
            "As part of its support for democratization, Japan has implemented the “Project for Capacity Development of Radio Television of Kosovo (RTK)” since January 2015.",
        },
      ],
    },
    // --- The Regional Seminar on Good Governance (seeds 000, 001, 002) ---
    {
      id: "gg-seminar-1",
      title: "The 1st Regional Seminar on Good Governance for Southeast Asian Countries",
      kind: "seminar",
      status: "completed",
      period: { start: "2007", end: "2007" },
      series: { id: "gg-seminar", session: 1 },
      organisations: [{ organisation: "moj-japan", role: "implementing" }],
      groups: ["m49-035"],
      themes: ["anti-corruption", "crime-prevention"],
      sources: [
        {
          ...SEED_002,
          quote:
            "Additionally, Japan has held an annual seminar titled “Regional Seminar on Good Governance for Southeast Asian Countries” since 2007, with the objectives of supporting initiatives in Southeast Asian countries and contributing to human resources development in the area of criminal justice and anti-corruption.",
          note: "“Southeast Asian countries” read as UN M49 South-eastern Asia (035).",
        },
      ],
    },
    {
      id: "gg-seminar-8",
      title: "The Eighth Regional Seminar on Good Governance for Southeast Asian Countries",
      kind: "seminar",
      status: "completed",
      period: { start: "2014", end: "2014" },
      series: { id: "gg-seminar", session: 8 },
      organisations: [{ organisation: "moj-japan", role: "implementing" }],
      groups: ["m49-035"],
      themes: ["anti-corruption", "crime-prevention"],
      sources: [
        {
          ...SEED_001,
          quote: "The Eighth Regional Seminar on Good Governance for Southeast Asian Countries",
          note: "The year is inferred, not stated: held annually since 2007, the eighth seminar falls in 2014.",
        },
      ],
    },
    {
      id: "gg-seminar-2018",
      title: "Regional Seminar on Good Governance for Southeast Asian Countries, Da Nang 2018",
      kind: "seminar",
      status: "completed",
      period: { start: "2018", end: "2018" },
      series: { id: "gg-seminar" },
      organisations: [{ organisation: "moj-japan", role: "implementing" }],
      venue: { country: "VN", city: "Da Nang" },
      groups: ["m49-035"],
      themes: ["anti-corruption"],
      sources: [
        {
          ...SEED_002,
          quote:
            "In 2018, a seminar was held in Da Nang, Viet Nam, on the theme of “Latest Regional Trends in Corruption and Effective Countermeasures by Criminal Justice Authorities.”",
        },
      ],
    },
    {
      id: "gg-seminar-covid-cancelled",
      title: "Regional Seminar on Good Governance for Southeast Asian Countries (cancelled)",
      kind: "seminar",
      status: "cancelled",
      period: { start: "2020", end: "2020" },
      series: { id: "gg-seminar" },
      organisations: [{ organisation: "moj-japan", role: "implementing" }],
      groups: ["m49-035"],
      themes: ["anti-corruption", "crime-prevention"],
      sources: [
        {
          ...SEED_000,
          quote:
            "Furthermore, since 2007, in order to support governance efforts in Southeast Asian countries and contribute to human resources development in the fields of criminal justice and anti-corruption, Japan has held a seminar titled the “Regional Seminar on Good Governance for Southeast Asian Countries (GG Seminar)” annually, except for the year in which it was canceled due to the COVID-19 pandemic.",
          note: "The text does not name the year of the cancellation; 2020, the first year of the pandemic, is this dataset's reading.",
        },
      ],
    },
    // --- seed 002: Japan's development cooperation in 2018 ---
    {
      id: "unafei-uncac-2018",
      title: "UNAFEI UNCAC Training Programme 2018",
      kind: "training-course",
      status: "completed",
      period: { start: "2018", end: "2018" },
      series: { id: "unafei-uncac" },
      organisations: [
        { organisation: "moj-japan", role: "funding" },
        { organisation: "unafei", role: "implementing" },
      ],
      venue: { country: "JP" },
      themes: ["anti-corruption"],
      sdgTargets: ["16.5"],
      sources: [
        {
          ...SEED_002,
          quote:
            "Through UNAFEI, MOJ held an international training course on the criminal justice response to corruption, on the theme of “Effective Criminal Justice Practices to Eradicate Corruption and International Cooperation and Collaboration with Civil Society,” for criminal justice practitioners in developing countries in Asia and Africa.",
          note: "The session number is not stated.",
        },
      ],
    },
    {
      id: "unodc-uncac-review-2018",
      title: "Contribution to UNODC for the UNCAC implementation review mechanism, 2018",
      kind: "contribution",
      status: "completed",
      period: { start: "2018", end: "2018" },
      organisations: [
        { organisation: "gov-japan", role: "funding" },
        { organisation: "unodc", role: "implementing" },
      ],
      themes: ["anti-corruption", "asset-recovery"],
      sdgTargets: ["16.5"],
      dacPurposeCodes: [15113],
      budget: { amount: 100_000, currency: "USD", approximate: true },
      sources: [
        {
          ...SEED_002,
          quote:
            "Following its previous contributions in 2016 and 2017, Japan contributed approximately \\$100,000 to UNODC in 2018, to identify and solve challenges in the international fight against corruption through support for the operation of the review mechanism, which assesses the status of implementation of the UN Convention against Corruption in each country, such as cooperation for the return of criminal benefits in relation to anti-corruption measures.",
        },
      ],
    },
    {
      id: "cambodia-election-supplies-2018",
      title: "Supplies for the national elections of Cambodia",
      kind: "equipment",
      status: "completed",
      period: { start: "2018-02", end: "2018-02" },
      organisations: [{ organisation: "gov-japan", role: "funding" }],
      countries: ["KH"],
      themes: ["elections", "democratization"],
      sources: [
        {
          ...SEED_002,
          quote:
            "In February 2018, Japan provided Cambodia with supplies for elections, such as ballot boxes made in Japan, recognizing the significance of holding national elections in which the will of the people is properly reflected.",
        },
      ],
    },
    {
      id: "cambodia-decentralisation",
      title: "Technical cooperation for decentralisation with the Cambodian Ministry of Interior",
      kind: "technical-cooperation-project",
      status: "ongoing",
      period: { start: "2017" },
      organisations: [{ organisation: "gov-japan", role: "funding" }],
      countries: ["KH"],
      themes: ["local-governance"],
      sources: [
        {
          ...SEED_002,
          quote:
            "Furthermore, since 2017, Japan has provided technical cooperation assistance to the officials of the Cambodian Ministry of Interior aspiring for decentralization in the country, in support of formulating strategies and implementation plans, and developing human resources.",
        },
      ],
    },
    {
      id: "recaap-cbep-1",
      title:
        "The 1st Capacity Building Executive Programme on Combating Piracy and Armed Robbery against Ships in Asia",
      kind: "training-course",
      status: "completed",
      period: { start: "2017", end: "2017" },
      series: { id: "recaap-cbep", session: 1 },
      organisations: [
        { organisation: "gov-japan", role: "implementing" },
        { organisation: "recaap-isc", role: "implementing" },
      ],
      venue: { country: "JP" },
      groups: ["ASEAN"],
      themes: ["maritime-law-enforcement"],
      sources: [
        {
          ...SEED_002,
          quote:
            "Since 2017, as co-organizer with ReCAAP-ISC, Japan has been conducting training in Japan aimed at building capacity in counter-measures for piracy of maritime law enforcement agencies in ASEAN member states.",
        },
      ],
    },
    {
      id: "recaap-cbep-2",
      title:
        "The 2nd Capacity Building Executive Programme on Combating Piracy and Armed Robbery against Ships in Asia",
      kind: "training-course",
      status: "completed",
      period: { start: "2018-05-19", end: "2018-05-25" },
      series: { id: "recaap-cbep", session: 2 },
      organisations: [
        { organisation: "gov-japan", role: "implementing" },
        { organisation: "recaap-isc", role: "implementing" },
      ],
      venue: { country: "JP", city: "Tokyo" },
      mode: "in-person",
      groups: ["ASEAN"],
      themes: ["maritime-law-enforcement"],
      sources: [
        {
          ...SEED_002,
          quote:
            "The second training, held in cooperation with relevant ministries and agencies, was held in Tokyo from May 19 to 25, 2018.",
        },
      ],
      extra: {
        participants:
          "maritime law enforcement officers and other personnel from all ReCAAP contracting parties (20 countries including Japan), as well as Indonesia and Malaysia",
        reportedCountries: 22,
      },
    },
    {
      id: "iho-nautical-chart-training",
      title: "IHO training programme for nautical chart experts from developing countries",
      kind: "training-course",
      status: "ongoing",
      period: { start: "2009" },
      organisations: [
        { organisation: "nippon-foundation", role: "funding" },
        { organisation: "iho", role: "implementing" },
        { organisation: "jcg", role: "implementing" },
      ],
      venue: { country: "GB" },
      themes: ["maritime-safety"],
      reportedParticipants: { total: 65, countries: 39 },
      sources: [
        {
          ...SEED_002,
          quote: "Since its launch, the project has produced 65 graduates from 39 countries.",
          note: "reportedParticipants are the graduates of every year since 2009, as of 2018.",
        },
      ],
    },
    {
      id: "gebco-training",
      title: "GEBCO training programme at the University of New Hampshire",
      kind: "training-course",
      status: "ongoing",
      period: { start: "2004" },
      organisations: [
        { organisation: "nippon-foundation", role: "funding" },
        { organisation: "unh", role: "implementing" },
      ],
      venue: { country: "US" },
      themes: ["maritime-safety"],
      reportedParticipants: { total: 84, countries: 37 },
      sources: [
        {
          ...SEED_002,
          quote: "To date, this program has produced 84 graduates from 37 countries.",
          note: "reportedParticipants are the graduates of every year since 2004, as of 2018.",
        },
      ],
    },
    {
      id: "peacebuilding-hrd",
      title: "Program for Human Resource Development for Peacebuilding",
      kind: "training-course",
      status: "completed",
      period: { start: "2007-04", end: "2015-03" },
      organisations: [{ organisation: "gov-japan", role: "implementing" }],
      themes: ["peacebuilding"],
      sources: [
        {
          ...SEED_002,
          quote:
            "In response to this trend, Japan has implemented the Program for Human Resource Development for Peacebuilding to train civilian experts from Japan and other regions so that they can play an active role in the field (FY2007 to FY2014).",
          note: "FY2007 to FY2014 are Japan's fiscal years, April 2007 to March 2015.",
        },
      ],
    },
    {
      id: "global-peacebuilding-hrd",
      title: "Program for Global Human Resource Development for Peacebuilding and Development",
      kind: "training-course",
      status: "ongoing",
      period: { start: "2015-04" },
      organisations: [{ organisation: "gov-japan", role: "implementing" }],
      themes: ["peacebuilding"],
      sources: [
        {
          ...SEED_002,
          quote:
            "In FY2015, the program was renamed the “Program for Global Human Resource Development for Peacebuilding and Development” and its content has been expanded subsequently.",
        },
      ],
      extra: {
        succeeds: "peacebuilding-hrd",
      },
    },
    {
      id: "npa-vietnam-cybercrime",
      title: "Cybercrime training for the People's Public Security of Viet Nam",
      kind: "training-course",
      status: "ongoing",
      period: { start: "2017" },
      organisations: [{ organisation: "npa-japan", role: "implementing" }],
      countries: ["VN"],
      themes: ["cybercrime", "law-enforcement"],
      sources: [
        {
          ...SEED_002,
          quote:
            "Moreover, since 2017, the National Policy Agency has been conducting training for staff engaged in combatting cybercrimes at the People's Public Security of Viet Nam, with the aim of helping them to acquire the knowledge and skills for dealing with cybercrimes, as well as strengthening cooperative relations between the security agencies of Japan and Viet Nam.",
          note: "“National Policy Agency” in the text is read as the National Police Agency.",
        },
      ],
    },
    {
      id: "aar-afghanistan-mine-risk-education",
      title: "Mine Risk Education in Afghanistan by AAR Japan",
      kind: "grant",
      status: "ongoing",
      period: { start: "2009-04" },
      organisations: [
        { organisation: "gov-japan", role: "funding" },
        { organisation: "jpf", role: "funding" },
        { organisation: "aar-japan", role: "implementing" },
      ],
      countries: ["AF"],
      themes: ["mine-action"],
      dacPurposeCodes: [15250],
      sources: [
        {
          ...SEED_002,
          quote:
            "Since FY2009, through the Grant Assistance for Japanese NGO Projects and JPF, AAR Japan has been conducting Mine Risk Education (MRE) in several parts of Afghanistan through development of teaching materials, and conducting training seminars, etc.",
          note: "FY2009 starts in April 2009.",
        },
      ],
    },
    {
      id: "unmas-mine-action-2018",
      title: "Support for mine clearance and risk education through UNMAS, 2018",
      kind: "contribution",
      status: "completed",
      period: { start: "2018", end: "2018" },
      organisations: [
        { organisation: "gov-japan", role: "funding" },
        { organisation: "unmas", role: "implementing" },
      ],
      countries: ["AF", "IQ", "SY", "SS", "SD", "CD"],
      themes: ["mine-action"],
      dacPurposeCodes: [15250],
      sources: [
        {
          ...SEED_002,
          quote:
            "In 2018, Japan supported clearance and risk avoidance education, against landmine and UXOs through the United Nations Mine Action Service (UNMAS), in Afghanistan, Iraq, Syria, South Sudan, Sudan and the Democratic Republic of the Congo.",
        },
      ],
    },
    {
      id: "unicef-mine-risk-education",
      title: "Mine risk reduction education through UNICEF",
      kind: "contribution",
      status: "ongoing",
      period: { start: "2015" },
      organisations: [
        { organisation: "gov-japan", role: "funding" },
        { organisation: "unicef", role: "implementing" },
      ],
      countries: ["PS", "YE", "CF", "TD", "SS", "IQ", "UA"],
      themes: ["mine-action"],
      sources: [
        {
          ...SEED_002,
          quote:
            "Likewise, Japan has provided support for risk reduction education in Palestine, Yemen, Central Africa, Chad, South Sudan, Iraq and Ukraine, via UNICEF since 2015.",
          note: "“Central Africa” is read as the Central African Republic.",
        },
      ],
    },
  ],
  participants: [],
  participations: [],
  pledges: [
    {
      id: "ct-asia-2016",
      title: "Comprehensive counter-terrorism assistance to Asia",
      pledger: "gov-japan",
      announcedOn: "2016",
      occasion: "Japan–ASEAN Summit Meeting 2016",
      period: { start: "2016", end: "2018" },
      recipient: { groups: ["ASEAN"] },
      themes: ["counter-terrorism", "violent-extremism"],
      targets: [
        {
          id: "assistance",
          kind: "money",
          money: { amount: 45_000_000_000, currency: "JPY", approximate: true },
        },
        {
          id: "personnel-trained",
          kind: "quantity",
          metric: "people-trained",
          value: 2000,
          unit: "counter-terrorism personnel",
        },
      ],
      fulfilments: [
        {
          target: "assistance",
          on: "2018",
          kind: "cumulative",
          money: { amount: 80_000_000_000, currency: "JPY" },
          source: `${SEED_002.title}: “In the past two years, Japan has already yielded significant results exceeding its targets, with assistance of ¥80 billion and the training of 2,653 personnel in the field of counter-terrorism.”`,
        },
        {
          target: "personnel-trained",
          on: "2018",
          kind: "cumulative",
          value: 2653,
          source: `${SEED_002.title}: “In the past two years, Japan has already yielded significant results exceeding its targets, with assistance of ¥80 billion and the training of 2,653 personnel in the field of counter-terrorism.”`,
        },
      ],
      sources: [
        {
          ...SEED_002,
          quote:
            "Moreover, in Asia, Japan announced at the Japan-ASEAN Summit Meeting held in 2016, that it will provide approximately ¥45 billion over the next three years as comprehensive counter-terrorism assistance in the following areas: (i) improvement of counter-terrorism capacity, (ii) counter-measures to violent extremism as a root-cause of terrorism, and (iii) social and economic development assistance to create a foundation for a moderate society, and that it would also help train 2,000 personnel for counter-terrorism over the next three years.",
          note: "The fulfilments are the totals the 2018 text reports for “the past two years”.",
        },
      ],
    },
    {
      id: "middle-east-2016",
      title: "Comprehensive assistance to the Middle East under the notion of the “golden mean”",
      pledger: "gov-japan",
      announcedOn: "2016",
      period: { start: "2016", end: "2018" },
      themes: ["violent-extremism"],
      targets: [
        {
          id: "assistance",
          kind: "money",
          money: { amount: 6_000_000_000, currency: "USD", approximate: true },
        },
        {
          id: "people-trained",
          kind: "quantity",
          metric: "people-trained",
          value: 20_000,
          unit: "people",
          approximate: true,
        },
      ],
      sources: [
        {
          ...SEED_002,
          quote:
            'Japan has announced that under the notion of the "golden mean," it would provide comprehensive assistance totaling approximately \\$6 billion, including human resources development for approximately 20,000 people, over the three-year period from 2016 to 2018, to prevent the expansion of violent extremism and build a "tolerant and stable society" in the Middle East.',
          note: "The people target is approximate (“approximately 20,000”: `approximate: true`); the text gives no announcement date beyond the period, so 2016 is used.",
        },
      ],
    },
    {
      id: "ct-africa-2016",
      title: "Support for counter-terrorism measures in Africa",
      pledger: "gov-japan",
      announcedOn: "2016",
      occasion: "UN Security Council Open Debate chaired by Japan, 2016",
      period: { start: "2016", end: "2018" },
      recipient: { groups: ["m49-002"] },
      themes: ["counter-terrorism"],
      targets: [
        { id: "assistance", kind: "money", money: { amount: 120_000_000, currency: "USD" } },
        {
          id: "people-trained",
          kind: "quantity",
          metric: "people-trained",
          value: 30_000,
          unit: "people",
        },
      ],
      sources: [
        {
          ...SEED_002,
          quote:
            "With regard to Africa, at the Security Council Open Debate of the UN Security Council Meeting chaired by Japan in 2016, then Foreign Minister Kishida emphasized Japan's strong commitment to peace and safety in Africa, and announced that Japan would provide support totaling \\$120 million (approximately ¥14 billion), including human resources development for 30,000 people, from 2016 to 2018 for counter-terrorism measures in Africa.",
        },
      ],
      extra: {
        approximateInJpy: { amount: 14_000_000_000, currency: "JPY", approximate: true },
      },
    },
    {
      id: "peacebuilding-fund-2016",
      title: "Contribution to the UN Peacebuilding Fund",
      pledger: "gov-japan",
      announcedOn: "2016",
      occasion: "Pledging Conference for the UN Peacebuilding Fund",
      period: { start: "2016", end: "2019" },
      recipient: { organisation: "un-pbf" },
      themes: ["peacebuilding"],
      targets: [
        {
          id: "contribution",
          kind: "money",
          money: { amount: 10_000_000, currency: "USD", approximate: true },
        },
      ],
      sources: [
        {
          ...SEED_002,
          quote:
            "Moreover, at a Pledging Conference for the UN Peacebuilding Fund, Japan declared that it would contribute around \\$10 million in the coming years.",
          note: "The text says “in the coming years” and places the conference after the 2016 open debate: the announcement year 2016 and the end 2019 are this dataset's reading. The $50.5 million are all Japan's contributions to the Fund, not fulfilment of this pledge.",
        },
        {
          ...SEED_002,
          quote: "Up until now, Japan has contributed \\$50.5 million to the Peacebuilding Fund.",
          note: "`extra.contributedToDate`: all of Japan's contributions to the Fund as of 2018.",
        },
      ],
      extra: {
        contributedToDate: {
          money: { amount: 50_500_000, currency: "USD" },
          asOf: "2018",
        },
      },
    },
    {
      id: "unodc-japanese-staff-2024",
      title: "Increasing the number of Japanese staff members in UNODC",
      pledger: "unodc",
      announcedOn: "2024-07-05",
      occasion: "11th Japan–UNODC Strategic Policy Dialogue, Tokyo",
      period: { start: "2024", end: "2026" },
      targets: [
        {
          id: "japanese-staff",
          kind: "quantity",
          metric: "staff-members",
          value: 32,
          unit: "Japanese staff members in UNODC",
        },
      ],
      sources: [
        {
          ...SEED_004,
          quote:
            "Increasing the number of Japanese staff members in UNODC, ideally to 32, in proportion to the financial contribution from Japan, including at senior level.",
          note: "A joint aim of Japan and UNODC (“ideally”), recorded under UNODC, whose staff it counts, for the framework's period.",
        },
      ],
      extra: {
        framework: "japan-unodc-2024-2026",
      },
    },
  ],
  frameworks: [japanUnodcFramework],
  figures: [
    {
      id: "unafei-alumni-2024",
      metric: "alumni",
      value: 6600,
      bound: "at-least",
      countries: 144,
      scope: { organisation: "unafei" },
      asOf: "2024",
      since: "1962",
      sources: [
        {
          ...SEED_000,
          quote:
            "Since its establishment, it has produced over 6,600 alumni from 144 countries and regions.",
          note: "“Over 6,600” read as at least 6,600; the 144 are countries and regions. UNAFEI was established in 1962 (Note 55); the figure is as of the 2024 White Paper.",
        },
      ],
    },
    {
      id: "iho-nautical-chart-graduates-2018",
      metric: "alumni",
      value: 65,
      countries: 39,
      scope: { organisation: "iho", programmes: ["iho-nautical-chart-training"] },
      asOf: "2018",
      since: "2009",
      sources: [
        {
          ...SEED_002,
          quote: "Since its launch, the project has produced 65 graduates from 39 countries.",
          note: "Graduates of every yearly programme since 2009, as the text on 2018 reports them.",
        },
      ],
    },
    {
      id: "gebco-graduates-2018",
      metric: "alumni",
      value: 84,
      countries: 37,
      scope: { organisation: "unh", programmes: ["gebco-training"] },
      asOf: "2018",
      since: "2004",
      sources: [
        {
          ...SEED_002,
          quote: "To date, this program has produced 84 graduates from 37 countries.",
          note: "Graduates of every yearly programme since 2004, as the text on 2018 reports them.",
        },
      ],
    },
  ],
})
