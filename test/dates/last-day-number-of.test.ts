import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { isPartialDate, lastDayNumber, lastDayNumberOf } from "../../src/dates/partial-date.js"

/** What the one-pass reading must equal: the pattern's check, then the last day. */
const expected = (value: unknown) => (isPartialDate(value) ? lastDayNumber(value) : Number.NaN)

describe("lastDayNumberOf (the date of a streamed record, checked and read in one pass)", () => {
  it("agrees with isPartialDate and lastDayNumber on every kind of string", () => {
    const digit = fc.constantFrom(..."0123456789")
    const near = fc.oneof(
      // Strings shaped like dates, with every month and day from 00 to 39 (leap years included).
      fc
        .tuple(
          fc.stringMatching(/^\d{4}$/),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 39 }),
          fc.constantFrom(4, 7, 10),
        )
        .map(([y, m, d, length]) =>
          `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`.slice(0, length),
        ),
      fc.string({ minLength: 0, maxLength: 12 }),
      fc
        .array(fc.oneof(digit, fc.constantFrom("-", "/", " ", "a")), { maxLength: 11 })
        .map((c) => c.join("")),
    )
    fc.assert(
      fc.property(near, (value) => {
        expect(lastDayNumberOf(value)).toBe(expected(value))
      }),
      { seed: 1010, numRuns: 20_000 },
    )
  })

  it("the edges of the calendar, and values that are not text", () => {
    for (const value of ["2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "0000-02-29"])
      expect([value, lastDayNumberOf(value)]).toEqual([value, expected(value)])
    for (const value of ["2024-00", "2024-13", "2024-04-31", "２０２４", "2024-1-01", "+2024"])
      expect(lastDayNumberOf(value)).toBeNaN()
    for (const value of [undefined, null, 2024, 2024n, {}, ["2024"]])
      expect(lastDayNumberOf(value)).toBeNaN()
  })
})
