import { describe, expect, it } from "vitest"
import { countByPeriod, createCountByPeriodAccumulator } from "../../src/aggregate/index.js"
import { small } from "../fixtures/aggregate/small.js"

describe("countByPeriod", () => {
  it("programmes per calendar year of their start (cancelled ones left out)", () => {
    expect(countByPeriod(small, { of: "programmes", period: "year" })).toEqual({
      rows: [
        { period: "2018", count: 1 },
        { period: "2019", count: 1 },
        { period: "2024", count: 3 },
      ],
      undetermined: 0,
    })
  })

  it("programmes per fiscal year: a year-only start is undetermined", () => {
    // The planned group starts 2019-03-15: FY2018 (April–March). old-2018 starts "2018".
    expect(countByPeriod(small, { of: "programmes", period: "fiscal-year" })).toEqual({
      rows: [
        { period: "FY2018", count: 1 },
        { period: "FY2024", count: 3 },
      ],
      undetermined: 1,
    })
    expect(
      countByPeriod(small, { of: "programmes", period: "fiscal-year", fiscalYearStartMonth: 1 }),
    ).toEqual({
      rows: [
        { period: "FY2018", count: 1 },
        { period: "FY2019", count: 1 },
        { period: "FY2024", count: 3 },
      ],
      undetermined: 0,
    })
    expect(
      countByPeriod(small, { of: "programmes", period: "fiscal-year", fiscalYearStartMonth: 11 })
        .rows,
    ).toEqual([
      { period: "FY2018", count: 1 },
      { period: "FY2023", count: 2 },
      { period: "FY2024", count: 1 },
    ])
  })

  it("seats per period, reported ones and unattributed ones included", () => {
    // 2018: old-2018's 10 reported; 2024: itc-184 3 + uncac-26 25 + cjs-1 3. 2019: the planned
    // group, no seats yet — listed with 0, as in the count of programmes.
    expect(countByPeriod(small, { of: "participations", period: "year" })).toEqual({
      rows: [
        { period: "2018", count: 10 },
        { period: "2019", count: 0 },
        { period: "2024", count: 31 },
      ],
      undetermined: 0,
    })
    expect(countByPeriod(small, { of: "participations", period: "fiscal-year" })).toEqual({
      rows: [
        { period: "FY2018", count: 0 },
        { period: "FY2024", count: 31 },
      ],
      undetermined: 10,
    })
  })

  it("fill lists the empty periods between the first and the last", () => {
    const rows = countByPeriod(small, { of: "participations", period: "year", fill: true }).rows
    expect(rows.map((r) => r.period)).toEqual([
      "2018",
      "2019",
      "2020",
      "2021",
      "2022",
      "2023",
      "2024",
    ])
    expect(rows.map((r) => r.count)).toEqual([10, 0, 0, 0, 0, 0, 31])
  })

  it("filters programmes", () => {
    expect(
      countByPeriod(small, { of: "programmes", period: "year", kinds: ["seminar"] }).rows,
    ).toEqual([{ period: "2024", count: 1 }])
  })

  it("rejects a month that is not 1–12 and unknown choices", () => {
    expect(() =>
      countByPeriod(small, { of: "programmes", period: "fiscal-year", fiscalYearStartMonth: 13 }),
    ).toThrow(
      "countByPeriod: option fiscalYearStartMonth is 13; use a month from 1 (January) to 12 (December), such as 4 for April",
    )
    expect(() => countByPeriod(small, { of: "people" as never, period: "year" })).toThrow(
      /option of is 'people'/,
    )
    expect(() => countByPeriod(small, { of: "programmes", period: "month" as never })).toThrow(
      /option period is 'month'/,
    )
  })

  it("its accumulator streams seats", () => {
    const records = small.participations ?? []
    const options = { of: "participations", period: "fiscal-year" } as const
    const merged = createCountByPeriodAccumulator(small, options)
      .addAll(records.slice(0, 5))
      .merge(createCountByPeriodAccumulator(small, options).addAll(records.slice(5)))
    expect(merged.result()).toEqual(countByPeriod(small, options))
  })
})
