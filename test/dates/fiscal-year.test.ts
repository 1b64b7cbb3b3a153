import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  firstDayNumber,
  fiscalYearLabel,
  fiscalYearOf,
  fiscalYearRange,
  lastDayNumber,
} from "../../src/dates/index.js"

describe("fiscalYearOf", () => {
  it("Japan's fiscal year starts in April and is named by the year it starts in", () => {
    expect(fiscalYearOf("2018-04-01")).toBe(2018)
    expect(fiscalYearOf("2019-03-31")).toBe(2018)
    expect(fiscalYearOf("2018-03")).toBe(2017)
    expect(fiscalYearOf("2018-04", 4)).toBe(2018)
  })

  it("a year-only date has no fiscal year unless it starts in January", () => {
    expect(fiscalYearOf("2018")).toBeUndefined()
    expect(fiscalYearOf("2018", 7)).toBeUndefined()
    expect(fiscalYearOf("2018", 1)).toBe(2018)
  })

  it("any start month", () => {
    expect(fiscalYearOf("2018-06-30", 7)).toBe(2017)
    expect(fiscalYearOf("2018-07-01", 7)).toBe(2018)
    expect(fiscalYearOf("2018-12", 12)).toBe(2018)
    expect(fiscalYearOf("2018-11", 12)).toBe(2017)
  })

  it("rejects a start month that is not 1–12", () => {
    expect(() => fiscalYearOf("2018-01", 0)).toThrow(/fiscalYearStartMonth 0 is not a month/)
    expect(() => fiscalYearOf("2018-01", 4.5)).toThrow(RangeError)
  })

  it("every day of a fiscal year's range falls in that fiscal year", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        (year, start) => {
          const { start: first, end: last } = fiscalYearRange(year, start)
          expect(fiscalYearOf(first, start)).toBe(year)
          expect(fiscalYearOf(last, start)).toBe(year)
          const days = lastDayNumber(last) - firstDayNumber(first) + 1
          expect(days === 365 || days === 366).toBe(true)
        },
      ),
      { seed: 42, numRuns: 500 },
    )
  })
})

describe("fiscalYearRange and fiscalYearLabel", () => {
  it("FY2018 = April 2018 – March 2019", () => {
    expect(fiscalYearRange(2018)).toEqual({ start: "2018-04-01", end: "2019-03-31" })
    expect(fiscalYearRange(2018, 1)).toEqual({ start: "2018-01-01", end: "2018-12-31" })
    expect(fiscalYearRange(2023, 3)).toEqual({ start: "2023-03-01", end: "2024-02-29" })
    expect(fiscalYearLabel(2018)).toBe("FY2018")
  })
})
