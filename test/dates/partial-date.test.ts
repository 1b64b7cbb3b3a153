import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  dateOfDayNumber,
  dayNumberOf,
  daysInMonth,
  firstDayNumber,
  firstDayOf,
  lastDayNumber,
  lastDayOf,
  precisionOf,
} from "../../src/dates/index.js"

const DAY = 86_400_000

/** A real calendar date as year, month, day (years 1–9999). */
const civilDate = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc.record({
      year: fc.constant(year),
      month: fc.constant(month),
      day: fc.integer({ min: 1, max: daysInMonth(year, month) }),
    }),
  )

const pad = (n: number, w: number) => String(n).padStart(w, "0")

describe("day numbers", () => {
  it("agree with Date.UTC (an oracle that reads no time zone) for every date", () => {
    fc.assert(
      fc.property(civilDate, ({ year, month, day }) => {
        const utc = new Date(0)
        utc.setUTCFullYear(year, month - 1, day)
        expect(dayNumberOf(year, month, day)).toBe(Math.floor(utc.getTime() / DAY))
      }),
      { seed: 20240501, numRuns: 2000 },
    )
  })

  it("dateOfDayNumber inverts dayNumberOf", () => {
    fc.assert(
      fc.property(civilDate, ({ year, month, day }) => {
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
        expect(dateOfDayNumber(dayNumberOf(year, month, day))).toBe(text)
        expect(firstDayNumber(text)).toBe(lastDayNumber(text))
      }),
      { seed: 7, numRuns: 2000 },
    )
  })

  it("known values", () => {
    expect(dateOfDayNumber(0)).toBe("1970-01-01")
    expect(dateOfDayNumber(-1)).toBe("1969-12-31")
    expect(dateOfDayNumber(dayNumberOf(2000, 2, 29))).toBe("2000-02-29")
    expect(daysInMonth(1900, 2)).toBe(28)
    expect(daysInMonth(2000, 2)).toBe(29)
    expect(daysInMonth(2023, 2)).toBe(28)
  })
})

describe("a partial date as a start and as an end", () => {
  it("a year means its first day as a start and its last as an end", () => {
    expect(firstDayOf("2024")).toBe("2024-01-01")
    expect(lastDayOf("2024")).toBe("2024-12-31")
    expect(dateOfDayNumber(firstDayNumber("2024"))).toBe("2024-01-01")
    expect(dateOfDayNumber(lastDayNumber("2024"))).toBe("2024-12-31")
  })

  it("a month means its first and its last day, leap years included", () => {
    expect(firstDayOf("2024-02")).toBe("2024-02-01")
    expect(lastDayOf("2024-02")).toBe("2024-02-29")
    expect(lastDayOf("2023-02")).toBe("2023-02-28")
    expect(lastDayOf("2024-11")).toBe("2024-11-30")
    expect(dateOfDayNumber(lastDayNumber("2100-02"))).toBe("2100-02-28")
  })

  it("a full date is itself", () => {
    expect(firstDayOf("2024-10-15")).toBe("2024-10-15")
    expect(lastDayOf("2024-10-15")).toBe("2024-10-15")
  })

  it("precision", () => {
    expect(precisionOf("2024")).toBe("year")
    expect(precisionOf("2024-10")).toBe("month")
    expect(precisionOf("2024-10-15")).toBe("day")
  })

  it("does not depend on the time zone of the process", () => {
    // The suite runs under several TZ values (npm run test:tz); these figures are fixed.
    expect(firstDayNumber("2024-10")).toBe(19_997)
    expect(lastDayNumber("2024-11")).toBe(20_057)
  })
})
