import { describe, expect, it } from "vitest"
import { createDisaggregateAccumulator, disaggregate } from "../../src/aggregate/index.js"
import type { Dataset, Participant, Participation } from "../../src/schemas/index.js"
import { small } from "../fixtures/aggregate/small.js"

// Counted records of the small dataset: itc-184 — a (UA, female, prosecutor), b (VN, male,
// judge), c (VN, no gender, police); cjs-1 — e (represents TL, undisclosed), b (represents PH),
// x (unknown person, no country).

describe("disaggregate", () => {
  it("by country and gender, missing values as 'unknown'", () => {
    expect(disaggregate(small, { by: ["country", "gender"] })).toEqual([
      { country: "PH", gender: "male", count: 1 },
      { country: "TL", gender: "undisclosed", count: 1 },
      { country: "UA", gender: "female", count: 1 },
      { country: "VN", gender: "male", count: 1 },
      { country: "VN", gender: "unknown", count: 1 },
      { country: "unknown", gender: "unknown", count: 1 },
    ])
  })

  it("by gender alone, sorted by count then key", () => {
    expect(disaggregate(small, { by: ["gender"] })).toEqual([
      { gender: "male", count: 2 },
      { gender: "unknown", count: 2 },
      { gender: "female", count: 1 },
      { gender: "undisclosed", count: 1 },
    ])
  })

  it("a programme with several themes counts under each", () => {
    expect(disaggregate(small, { by: ["theme"] })).toEqual([
      { theme: "corrections", count: 6 },
      { theme: "crime-prevention", count: 3 },
      { theme: "mutual-legal-assistance", count: 3 },
    ])
  })

  it("year and fiscal year of the programme's start", () => {
    expect(disaggregate(small, { by: ["year", "fiscalYear"] })).toEqual([
      { year: "2024", fiscalYear: "FY2024", count: 6 },
    ])
    expect(disaggregate(small, { by: ["fiscalYear"], fiscalYearStartMonth: 11 })).toEqual([
      { fiscalYear: "FY2023", count: 3 },
      { fiscalYear: "FY2024", count: 3 },
    ])
    const yearOnly = {
      programmes: [
        {
          id: "p",
          title: "t",
          kind: "seminar" as const,
          status: "completed" as const,
          period: { start: "2018" },
        },
      ],
      participants: [{ id: "s", country: "NP" }],
      participations: [{ participant: "s", programme: "p", status: "attended" as const }],
    }
    expect(disaggregate(yearOnly, { by: ["fiscalYear"] })).toEqual([
      { fiscalYear: "undetermined", count: 1 },
    ])
  })

  it("by group: membership on the programme's start date", () => {
    // itc-184 (2024-10-01): UA none, VN ×2 ASEAN. cjs-1 (2024-12-01): TL not yet a member,
    // PH ASEAN, x no country.
    expect(disaggregate(small, { by: ["group"], groups: ["ASEAN", "G7"] })).toEqual([
      { group: "ASEAN", count: 3 },
      { group: "unknown", count: 3 },
    ])
    expect(() => disaggregate(small, { by: ["group"] })).toThrow(/option groups is undefined/)
    expect(() => disaggregate(small, { by: ["group"], groups: ["Atlantis"] })).toThrow(
      /unknown group 'Atlantis'/,
    )
  })

  it("of alumni: distinct persons per cell, under their home country", () => {
    expect(disaggregate(small, { by: ["country"], of: "alumni" })).toEqual([
      { country: "TL", count: 1 },
      { country: "UA", count: 1 },
      { country: "VN", count: 1 },
    ])
    // a: corrections, crime-prevention; b: both programmes; e: cjs-1.
    expect(disaggregate(small, { by: ["theme"], of: "alumni" })).toEqual([
      { theme: "corrections", count: 3 },
      { theme: "crime-prevention", count: 2 },
      { theme: "mutual-legal-assistance", count: 2 },
    ])
  })

  it("suppresses small cells with minCount: count null (withheld), not 0; sorted last", () => {
    expect(disaggregate(small, { by: ["theme"], of: "alumni", minCount: 3 })).toEqual([
      { theme: "corrections", count: 3 },
      { theme: "crime-prevention", count: null, suppressed: true },
      { theme: "mutual-legal-assistance", count: null, suppressed: true },
    ])
  })

  /** Seats: `n` participants of `country` in a programme of `year`. */
  function seats(cells: [country: string, year: string, n: number][]): Dataset {
    const programmes = [...new Set(cells.map(([, year]) => year))].map((year) => ({
      id: `p${year}`,
      title: year,
      kind: "seminar" as const,
      status: "completed" as const,
      period: { start: `${year}-05-01` },
    }))
    const participants: Participant[] = []
    const participations: Participation[] = []
    for (const [country, year, n] of cells)
      for (let i = 0; i < n; i++) {
        const id = `${country}-${year}-${i}`
        participants.push({ id, country })
        participations.push({ participant: id, programme: `p${year}`, status: "completed" })
      }
    return { programmes, participants, participations }
  }

  it("complementary suppression: one suppressed cell in a line takes the smallest other with it", () => {
    // C (1) is below 2; known the total (9), it would be 9 − 5 − 3: B is suppressed too.
    expect(
      disaggregate(
        seats([
          ["AA", "2024", 5],
          ["BB", "2024", 3],
          ["CC", "2024", 1],
        ]),
        {
          by: ["country"],
          minCount: 2,
        },
      ),
    ).toEqual([
      { country: "AA", count: 5 },
      { country: "BB", count: null, suppressed: true },
      { country: "CC", count: null, suppressed: true },
    ])
  })

  it("complementary suppression follows the lines of every dimension until none gives a cell away", () => {
    const dataset = seats([
      ["AA", "2023", 4],
      ["BB", "2023", 1],
      ["AA", "2024", 3],
      ["BB", "2024", 5],
    ])
    // (BB, 2023) is below 2. Its year line (2023) takes (AA, 2023); its country line (BB)
    // takes (BB, 2024); then the 2024 line has one suppressed cell and takes (AA, 2024).
    const rows = disaggregate(dataset, { by: ["country", "year"], minCount: 2 })
    expect(rows.every((row) => row.suppressed === true && row.count === null)).toBe(true)
    expect(rows).toHaveLength(4)
    // Without the small cell nothing is suppressed.
    expect(
      disaggregate(dataset, { by: ["country", "year"], minCount: 1 }).some((r) => r.suppressed),
    ).toBe(false)
  })

  it("order: 'dimensions' gives rows by their values (a time series in time order)", () => {
    const dataset = seats([
      ["AA", "2024", 1],
      ["AA", "2022", 3],
      ["BB", "2023", 2],
      ["AA", "2023", 1],
    ])
    expect(disaggregate(dataset, { by: ["year"], order: "dimensions" })).toEqual([
      { year: "2022", count: 3 },
      { year: "2023", count: 3 },
      { year: "2024", count: 1 },
    ])
    expect(
      disaggregate(dataset, { by: ["year", "country"], order: "dimensions" }).map(
        (r) => `${r.year} ${r.country}`,
      ),
    ).toEqual(["2022 AA", "2023 AA", "2023 BB", "2024 AA"])
    expect(() => disaggregate(dataset, { by: ["year"], order: "time" as never })).toThrow(
      /order.*use 'count' \(default\) or 'dimensions'/,
    )
  })

  it("no dimension gives the total of counted records", () => {
    expect(disaggregate(small, { by: [] })).toEqual([{ count: 6 }])
    expect(disaggregate({}, { by: ["country"] })).toEqual([])
  })

  it("rejects unknown and repeated dimensions", () => {
    expect(() => disaggregate(small, { by: ["colour" as never] })).toThrow(
      "disaggregate: option by[0] is 'colour'; use one of 'country', 'gender', 'profession', 'year', 'fiscalYear', 'theme', 'group'",
    )
    expect(() => disaggregate(small, { by: ["country", "country"] })).toThrow(
      /name each dimension once/,
    )
    expect(() => disaggregate(small, { by: ["country"], minCount: -1 })).toThrow(/minCount/)
  })

  it("its accumulator merges parts", () => {
    const records = small.participations ?? []
    const options = { by: ["theme", "country"], of: "alumni" } as const
    const merged = createDisaggregateAccumulator(small, options)
      .addAll(records.slice(6))
      .merge(createDisaggregateAccumulator(small, options).addAll(records.slice(0, 6)))
    expect(merged.result()).toEqual(disaggregate(small, options))
  })

  it("by group: a country that left the day before the programme starts is in none", () => {
    const mekong = { id: "mekong", name: "Mekong", members: [{ country: "KH", until: "2020-06" }] }
    const dataset = {
      groups: [mekong],
      programmes: [
        {
          id: "june",
          title: "t",
          kind: "seminar" as const,
          status: "completed" as const,
          period: { start: "2020-06-30" },
        },
        {
          id: "july",
          title: "t",
          kind: "seminar" as const,
          status: "completed" as const,
          period: { start: "2020-07" },
        },
      ],
      participants: [{ id: "s", country: "KH" }],
      participations: [
        { participant: "s", programme: "june", status: "attended" as const },
        { participant: "s", programme: "july", status: "attended" as const },
      ],
    }
    expect(disaggregate(dataset, { by: ["group", "year"] })).toEqual([
      { group: "mekong", year: "2020", count: 1 },
      { group: "unknown", year: "2020", count: 1 },
    ])
  })
})
