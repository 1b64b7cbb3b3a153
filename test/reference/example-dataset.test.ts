import { existsSync, readdirSync, readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { firstDayNumber, lastDayNumber } from "../../src/dates/partial-date.js"
import { findDacPurposeCode } from "../../src/reference/dac.js"
import { exampleDataset } from "../../src/reference/example-dataset.js"
import { membersOf, resolveGrouping } from "../../src/reference/groupings.js"
import { japanUnodcFramework } from "../../src/reference/japan-unodc-framework.js"
import { findSdgTarget } from "../../src/reference/sdgs.js"
import { isKnownTheme } from "../../src/reference/themes.js"
import { datasetSchema } from "../../src/schemas/dataset.js"
import type { Programme } from "../../src/schemas/programme.js"
import type { Source } from "../../src/schemas/source.js"
import { strategicFrameworkSchema } from "../../src/schemas/strategic-framework.js"
import { validateDataset } from "../../src/validate/index.js"

const dataset = exampleDataset
/** The titles of the five seed texts, as the example dataset's sources name them. */
const SEED_TITLES = [
  "White Paper on Development Cooperation 2024",
  "Propulsion of Global Cooperation",
  "Sharing Universal Values and Realizing a Peaceful and Secure Society",
  "The International Cooperation Department",
  "Strategic Cooperation between Japan and UNODC Goals and Priorities 2024-2026",
]
const organisations = dataset.organisations ?? []
const programmes = dataset.programmes ?? []
const pledges = dataset.pledges ?? []
const frameworks = dataset.frameworks ?? []

function programme(id: string): Programme {
  const found = programmes.find((p) => p.id === id)
  if (found === undefined) throw new Error(`no programme ${id}`)
  return found
}
function pledge(id: string) {
  const found = pledges.find((p) => p.id === id)
  if (found === undefined) throw new Error(`no pledge ${id}`)
  return found
}

describe("the example dataset and the framework parse", () => {
  it("with datasetSchema", () => {
    const result = datasetSchema.safeParse(dataset)
    expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true)
  })

  it("with strategicFrameworkSchema", () => {
    expect(strategicFrameworkSchema.safeParse(japanUnodcFramework).success).toBe(true)
    expect(frameworks).toEqual([japanUnodcFramework])
  })

  it("is deeply frozen", () => {
    expect(Object.isFrozen(dataset)).toBe(true)
    expect(Object.isFrozen(programmes[0]?.period)).toBe(true)
    expect(Object.isFrozen(japanUnodcFramework.goals[0])).toBe(true)
  })
})

// The cross-entity rules that validateDataset will enforce, checked here directly so that
// they hold before it lands.
describe("the example dataset's references hold", () => {
  const orgIds = new Set(organisations.map((o) => o.id))

  it("has unique ids per kind", () => {
    for (const list of [organisations, programmes, pledges, frameworks, dataset.groups ?? []]) {
      const ids = list.map((entity) => entity.id)
      expect(new Set(ids).size).toBe(ids.length)
    }
  })

  it("names only existing organisations, groups, goals, pledges and frameworks", () => {
    for (const p of programmes) {
      for (const link of p.organisations ?? []) {
        expect(orgIds.has(link.organisation), `${p.id} ${link.organisation}`).toBe(true)
      }
      for (const group of p.groups ?? []) {
        expect(resolveGrouping(group, dataset.groups), `${p.id} ${group}`).toBeDefined()
      }
      for (const goal of p.goals ?? []) {
        const framework = frameworks.find((f) => f.id === goal.framework)
        expect(
          framework?.goals.some((g) => g.id === goal.goal),
          `${p.id} ${goal.goal}`,
        ).toBe(true)
      }
      for (const id of p.pledges ?? []) {
        expect(
          pledges.some((q) => q.id === id),
          `${p.id} ${id}`,
        ).toBe(true)
      }
    }
    for (const q of pledges) {
      expect(orgIds.has(q.pledger), q.id).toBe(true)
      if (q.recipient?.organisation !== undefined) {
        expect(orgIds.has(q.recipient.organisation), q.id).toBe(true)
      }
      for (const group of q.recipient?.groups ?? []) {
        expect(resolveGrouping(group, dataset.groups), `${q.id} ${group}`).toBeDefined()
      }
    }
    for (const f of frameworks) {
      for (const party of f.parties) expect(orgIds.has(party), party).toBe(true)
      for (const region of f.priorityRegions ?? []) {
        for (const group of region.groups ?? []) {
          expect(resolveGrouping(group, dataset.groups), `${region.id} ${group}`).toBeDefined()
        }
      }
    }
  })

  it("has periods in order, and completed programmes have an end", () => {
    for (const p of programmes) {
      if (p.period.end !== undefined) {
        expect(firstDayNumber(p.period.start) <= lastDayNumber(p.period.end), p.id).toBe(true)
      }
      if (p.status === "completed") expect(p.period.end, p.id).toBeDefined()
    }
    for (const q of pledges) {
      expect(firstDayNumber(q.period.start) <= lastDayNumber(q.period.end), q.id).toBe(true)
    }
  })

  it("has reported figures that add up", () => {
    for (const p of programmes) {
      const reported = p.reportedParticipants
      if (reported === undefined) continue
      const byCountry = Object.values(reported.byCountry ?? {})
      expect(
        byCountry.reduce((a, b) => a + b, 0),
        p.id,
      ).toBeLessThanOrEqual(reported.total)
      if (reported.countries !== undefined) {
        expect(byCountry.length, p.id).toBeLessThanOrEqual(reported.countries)
        expect(reported.countries, p.id).toBeLessThanOrEqual(reported.total)
      }
    }
  })

  it("has fulfilments of known targets, in their currency, on or after the announcement", () => {
    for (const q of pledges) {
      for (const f of q.fulfilments ?? []) {
        const target = q.targets.find((t) => t.id === f.target)
        expect(target, `${q.id} ${f.target}`).toBeDefined()
        expect(firstDayNumber(f.on) >= firstDayNumber(q.announcedOn), q.id).toBe(true)
        if (target?.kind === "money") expect(f.money?.currency).toBe(target.money.currency)
        if (target?.kind === "quantity") expect(f.value).toBeTypeOf("number")
      }
    }
  })

  it("uses known themes, shipped SDG 16 targets and DAC codes", () => {
    const themes = [
      ...programmes.flatMap((p) => p.themes ?? []),
      ...pledges.flatMap((q) => q.themes ?? []),
      ...(japanUnodcFramework.priorityRegions ?? []).flatMap((r) => r.themes),
    ]
    for (const theme of themes) expect(isKnownTheme(theme), theme).toBe(true)
    for (const p of programmes) {
      for (const t of p.sdgTargets ?? []) expect(findSdgTarget(t), `${p.id} ${t}`).toBeDefined()
      for (const c of p.dacPurposeCodes ?? []) {
        expect(findDacPurposeCode(c)?.status, `${p.id} ${c}`).toBe("active")
      }
    }
  })

  it("states its source and quotes its sentence on every record, and invents no people", () => {
    const records = [
      ...organisations,
      ...programmes,
      ...pledges,
      ...frameworks,
      ...(dataset.figures ?? []),
      ...japanUnodcFramework.goals,
      ...(japanUnodcFramework.priorityRegions ?? []),
    ]
    for (const record of records) {
      expect(record.sources?.length, record.id).toBeGreaterThan(0)
      for (const source of record.sources ?? []) {
        expect(SEED_TITLES, record.id).toContain(source.title)
        expect(source.quote, record.id).toBeTypeOf("string")
      }
      // Provenance lives in `sources`, not in `extra`.
      expect(record.extra?.source, record.id).toBeUndefined()
      expect(record.extra?.sentence, record.id).toBeUndefined()
    }
    expect(dataset.participants).toEqual([])
    expect(dataset.participations).toEqual([])
    // Every seed text contributes.
    const titles = new Set(records.flatMap((r) => (r.sources ?? []).map((s) => s.title)))
    expect([...titles].sort()).toEqual([...SEED_TITLES].sort())
  })
})

describe("the seed figures", () => {
  it("26th UNCAC programme: 25 practitioners from 20 countries and regions, 4 from Ukraine", () => {
    const uncac = programme("unafei-uncac-26")
    expect(uncac.reportedParticipants).toEqual({ total: 25, countries: 20, byCountry: { UA: 4 } })
    expect(uncac.period).toEqual({ start: "2024-10", end: "2024-11" })
    expect(uncac.series).toEqual({ id: "unafei-uncac", session: 26 })
    expect(uncac.themes).toContain("anti-corruption")
  })

  it("ASEAN–Japan Criminal Justice Seminar, December 2024: 10 countries, 9 ASEAN members and Timor-Leste", () => {
    const seminar = programme("asean-japan-cjs-1")
    expect(seminar.period.start).toBe("2024-12")
    const countries = seminar.countries ?? []
    expect(countries).toHaveLength(10)
    expect(countries).toContain("TL")
    expect(countries).not.toContain("MM")
    const asean = membersOf("ASEAN", seminar.period.start)
    expect(countries.filter((c) => asean.includes(c))).toHaveLength(9)
    expect(asean).not.toContain("TL")
  })

  it("UNAFEI's 183rd to 185th programmes of 2024", () => {
    expect(programme("unafei-183-senior-seminar").period).toEqual({
      start: "2024-01",
      end: "2024-02",
    })
    expect(programme("unafei-184-training-course").themes).toEqual(["trafficking-in-persons"])
    expect(programme("unafei-185-training-course").period).toEqual({
      start: "2024-09",
      end: "2024-10",
    })
    const sessions = programmes
      .filter((p) => p.series?.id === "unafei-international")
      .map((p) => p.series?.session)
    expect(sessions).toEqual([183, 184, 185])
  })

  it("Crim-AP, the Next Leaders Forum and the Task Force for Ukraine", () => {
    expect(programme("crim-ap-3").series?.session).toBe(3)
    expect(programme("crim-ap-3").extra?.reportedCountriesAndOrganisations).toBe(23)
    const forum = programme("asean-g7-nlf-1")
    expect(forum.reportedParticipants?.total).toBe(60)
    expect(forum.extra?.reportedCountriesAndOrganisations).toBe(18)
    expect(forum.groups).toEqual(["ASEAN", "G7"])
    expect(programme("acttf-ukraine-3").reportedParticipants?.total).toBe(40)
  })

  it("“about 40” and “approximately 60” participants are marked approximate; 25 is exact", () => {
    expect(programme("acttf-ukraine-3").reportedParticipants).toEqual({
      total: 40,
      approximate: true,
    })
    expect(programme("asean-g7-nlf-1").reportedParticipants).toEqual({
      total: 60,
      approximate: true,
    })
    expect(programme("unafei-uncac-26").reportedParticipants?.approximate).toBeUndefined()
  })

  it("reported figures: over 6,600 UNAFEI alumni from 144; 65 IHO and 84 GEBCO graduates", () => {
    const figures = new Map((dataset.figures ?? []).map((f) => [f.id, f]))
    expect(figures.get("unafei-alumni-2024")).toMatchObject({
      metric: "alumni",
      value: 6600,
      bound: "at-least",
      countries: 144,
      scope: { organisation: "unafei" },
      asOf: "2024",
    })
    expect(figures.get("iho-nautical-chart-graduates-2018")).toMatchObject({
      metric: "alumni",
      value: 65,
      countries: 39,
      scope: { programmes: ["iho-nautical-chart-training"] },
      since: "2009",
    })
    expect(figures.get("gebco-graduates-2018")).toMatchObject({
      metric: "alumni",
      value: 84,
      countries: 37,
      scope: { programmes: ["gebco-training"] },
      since: "2004",
    })
    // Bound defaults to exact: only "over 6,600" says otherwise.
    expect([...figures.values()].filter((f) => f.bound !== undefined).map((f) => f.id)).toEqual([
      "unafei-alumni-2024",
    ])
    // The organisation no longer keeps the figure in `extra`.
    expect(organisations.find((o) => o.id === "unafei")?.extra).toBeUndefined()
  })

  it("the GG Seminars since 2007, with the cancelled COVID year, succeeded in 2024", () => {
    const gg = programmes.filter((p) => p.series?.id === "gg-seminar")
    expect(gg.map((p) => p.period.start)).toEqual(["2007", "2014", "2018", "2020"])
    expect(gg.filter((p) => p.status === "cancelled").map((p) => p.id)).toEqual([
      "gg-seminar-covid-cancelled",
    ])
    expect(programme("gg-seminar-8").series?.session).toBe(8)
    expect(programme("gg-seminar-2018").venue).toEqual({ country: "VN", city: "Da Nang" })
    expect(programme("asean-japan-cjs-1").extra?.succeeds).toBe("gg-seminar")
  })

  it("the Tanzania O&OD project 2022–2025 and the Kosovo RTK project since 2015", () => {
    expect(programme("tanzania-improved-ood").period).toEqual({ start: "2022-05", end: "2025-05" })
    expect(programme("tanzania-improved-ood").countries).toEqual(["TZ"])
    expect(programme("kosovo-rtk").period).toEqual({ start: "2015-01" })
    expect(programme("kosovo-rtk").countries).toEqual(["XK"])
  })

  it("the ReCAAP programme of May 2018, and the IHO and GEBCO graduates", () => {
    const recaap = programme("recaap-cbep-2")
    expect(recaap.period).toEqual({ start: "2018-05-19", end: "2018-05-25" })
    expect(recaap.venue).toEqual({ country: "JP", city: "Tokyo" })
    expect(recaap.extra?.reportedCountries).toBe(22)
    expect(programme("iho-nautical-chart-training").reportedParticipants).toEqual({
      total: 65,
      countries: 39,
    })
    expect(programme("gebco-training").reportedParticipants).toEqual({ total: 84, countries: 37 })
  })

  it("counter-terrorism in Asia: approx. ¥45 billion and 2,000 personnel, reported as ¥80 billion and 2,653", () => {
    const ct = pledge("ct-asia-2016")
    expect(ct.period).toEqual({ start: "2016", end: "2018" })
    expect(ct.recipient).toEqual({ groups: ["ASEAN"] })
    expect(ct.targets).toEqual([
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
    ])
    const [money, people] = ct.fulfilments ?? []
    expect(money).toMatchObject({
      target: "assistance",
      kind: "cumulative",
      money: { amount: 80_000_000_000, currency: "JPY" },
    })
    expect(people).toMatchObject({ target: "personnel-trained", kind: "cumulative", value: 2653 })
  })

  it("the Middle East and Africa packages and the Peacebuilding Fund", () => {
    expect(pledge("middle-east-2016").targets).toEqual([
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
    ])
    const africa = pledge("ct-africa-2016")
    expect(africa.targets[0]).toEqual({
      id: "assistance",
      kind: "money",
      money: { amount: 120_000_000, currency: "USD" },
    })
    expect(africa.targets[1]).toMatchObject({ metric: "people-trained", value: 30_000 })
    expect(africa.recipient).toEqual({ groups: ["m49-002"] })
    const pbf = pledge("peacebuilding-fund-2016")
    expect(pbf.targets[0]).toMatchObject({
      money: { amount: 10_000_000, currency: "USD", approximate: true },
    })
    expect(pbf.fulfilments).toBeUndefined()
  })

  it("the UNODC Japanese staff target of 32", () => {
    const staff = pledge("unodc-japanese-staff-2024")
    expect(staff.announcedOn).toBe("2024-07-05")
    expect(staff.targets).toEqual([
      {
        id: "japanese-staff",
        kind: "quantity",
        metric: "staff-members",
        value: 32,
        unit: "Japanese staff members in UNODC",
      },
    ])
  })
})

describe("the Japan–UNODC framework", () => {
  it("validates on its own, and the example dataset with no issue at all (DESIGN.md §7.2)", () => {
    expect(validateDataset({ frameworks: [japanUnodcFramework] }).ok).toBe(true)
    // Its parties are organisations the framework alone does not hold: a warning, no error.
    expect(
      validateDataset({ frameworks: [japanUnodcFramework] }).issues.map((i) => [
        i.code,
        i.severity,
      ]),
    ).toEqual([
      ["framework/unknown-party", "warning"],
      ["framework/unknown-party", "warning"],
    ])
    expect(validateDataset(exampleDataset).issues).toEqual([])
  })

  it("has its parties, adoption date and period", () => {
    expect(japanUnodcFramework.parties).toEqual(["gov-japan", "unodc"])
    expect(japanUnodcFramework.adoptedOn).toBe("2024-07-05")
    expect(japanUnodcFramework.period).toEqual({ start: "2024", end: "2026" })
  })

  it("has its six goals in order", () => {
    expect(japanUnodcFramework.goals.map((g) => g.title)).toEqual([
      "Promoting the rule of law",
      "Rules-based maritime order in the Indo-Pacific and beyond",
      "Targeted and well-coordinated evidence-based assistance backed by networks of both Japan and UNODC, upholding and respecting ownership of partner countries/regions",
      "Further raising awareness and visibility of UNODC and its activities",
      "Addressing emerging issues",
      "Gender equality, WPS as well as empowerment of youth within UNODC mandate areas",
    ])
  })

  it("lists the themes of each goal as seed 004 states them, all in the vocabulary", () => {
    expect(Object.fromEntries(japanUnodcFramework.goals.map((g) => [g.id, g.themes]))).toEqual({
      "rule-of-law": [
        "rule-of-law",
        "organized-crime",
        "drugs",
        "trafficking-in-persons",
        "counter-terrorism",
        "violent-extremism",
        "cybercrime",
        "anti-corruption",
      ],
      "maritime-order": ["maritime-law-enforcement"],
      "evidence-based-assistance": undefined,
      visibility: undefined,
      "emerging-issues": ["submarine-cable-protection", "critical-minerals"],
      "gender-wps-youth": ["gender-equality", "youth"],
    })
    for (const theme of japanUnodcFramework.goals.flatMap((g) => g.themes ?? [])) {
      expect(isKnownTheme(theme), theme).toBe(true)
    }
  })

  it("has its priority regions with their countries or groupings and themes", () => {
    const regions = japanUnodcFramework.priorityRegions ?? []
    expect(regions.map((r) => r.id)).toEqual([
      "south-east-asia",
      "pacific",
      "south-asia",
      "afghanistan-and-neighbours",
      "western-indian-ocean",
      "sahel-and-mozambique",
      "gulf-of-guinea",
      "ukraine",
    ])
    for (const region of regions) {
      expect(
        (region.countries?.length ?? 0) + (region.groups?.length ?? 0),
        region.id,
      ).toBeGreaterThan(0)
      expect(region.themes.length, region.id).toBeGreaterThan(0)
    }
    const byId = new Map(regions.map((r) => [r.id, r]))
    expect(byId.get("ukraine")?.themes).toContain("anti-corruption")
    expect(byId.get("afghanistan-and-neighbours")?.groups).toEqual(["CENTRAL-ASIA"])
    expect(byId.get("sahel-and-mozambique")?.countries).toContain("MZ")
  })
})

// The quoted sentences, checked against the seed texts in ../shared where they are present:
// verbatim, with only the white space between lines and paragraphs made one space.
const seedsDir = new URL("../../../shared/seeds/", import.meta.url)
describe.skipIf(!existsSync(seedsDir))("quoted sentences against ../shared/seeds", () => {
  const normalise = (text: string) => text.replace(/\s+/g, " ")
  // describe.skipIf still collects this block: read the seeds only where they are.
  const seeds = (existsSync(seedsDir) ? readdirSync(seedsDir).sort() : []).map((file) =>
    normalise(readFileSync(new URL(file, seedsDir), "utf8")),
  )
  type Quoted = { id: string; sources?: Source[] | undefined }
  const quoted: Quoted[] = [
    ...organisations,
    ...programmes,
    ...pledges,
    ...frameworks,
    ...(dataset.figures ?? []),
    ...japanUnodcFramework.goals,
    ...(japanUnodcFramework.priorityRegions ?? []),
  ]
  const quotes = quoted.flatMap((record) =>
    (record.sources ?? []).map((source) => [record.id, source] as const),
  )

  it.each(quotes)("%s quotes its seed, whose title it names", (_, source) => {
    const seed = seeds[SEED_TITLES.indexOf(source.title)]
    expect(seed).toBeDefined()
    expect(seed).toContain(source.title)
    expect(seed).toContain(normalise(String(source.quote)))
  })
})
