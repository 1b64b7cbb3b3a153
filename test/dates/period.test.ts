import { describe, expect, it } from "vitest"
import {
  comparePartialDates,
  daysBetween,
  elapsedShare,
  isWithinPeriod,
  periodDayNumbers,
  periodsOverlap,
} from "../../src/dates/index.js"

describe("comparePartialDates", () => {
  it("orders by first day, then by last day", () => {
    expect(
      ["2024-10", "2023", "2024-01-15", "2024", "2024-01", "2024-01-01"].sort(comparePartialDates),
    ).toEqual(["2023", "2024-01-01", "2024-01", "2024", "2024-01-15", "2024-10"])
    expect(comparePartialDates("2024-10-01", "2024-10-01")).toBe(0)
  })
})

describe("daysBetween", () => {
  it("reads from as a start and to as an end", () => {
    expect(daysBetween("2024-01-01", "2024-01-31")).toBe(30)
    expect(daysBetween("2024", "2024")).toBe(365)
    expect(daysBetween("2016-01-01", "2018-12-31")).toBe(1095)
    expect(daysBetween("2016", "2018")).toBe(1095)
    expect(daysBetween("2024-03-01", "2024-02")).toBe(-1)
  })
})

describe("periodsOverlap", () => {
  it("is inclusive at both ends", () => {
    expect(
      periodsOverlap({ start: "2024-10", end: "2024-11" }, { start: "2024-11-30", end: "2025" }),
    ).toBe(true)
    expect(
      periodsOverlap({ start: "2024-10", end: "2024-11" }, { start: "2024-12-01", end: "2025" }),
    ).toBe(false)
    expect(periodsOverlap({ start: "2024-12-01" }, { start: "2024-10", end: "2024-11" })).toBe(
      false,
    )
  })

  it("an open end never ends", () => {
    expect(periodsOverlap({ start: "2010" }, { start: "2030", end: "2031" })).toBe(true)
    expect(periodsOverlap({ start: "2030" }, { start: "2010" })).toBe(true)
    expect(periodDayNumbers({ start: "1970" })).toEqual({
      first: 0,
      last: Number.POSITIVE_INFINITY,
    })
  })
})

describe("isWithinPeriod", () => {
  it("reads the record's date as its last day", () => {
    expect(isWithinPeriod("2018", { start: "2016", end: "2018" })).toBe(true)
    expect(isWithinPeriod("2018", { start: "2016", end: "2018-06" })).toBe(false)
    expect(isWithinPeriod("2016-01", { start: "2016-01-31", end: "2018" })).toBe(true)
    expect(isWithinPeriod("2015", { start: "2016" })).toBe(false)
  })
})

describe("elapsedShare", () => {
  const period = { start: "2016", end: "2018" } as const
  it("is 0 on the first day and 1 on the last, clamped outside", () => {
    expect(elapsedShare(period, "2015-06-01")).toBe(0)
    expect(elapsedShare(period, "2016-01-01")).toBe(0)
    expect(elapsedShare(period, "2018-12-31")).toBe(1)
    expect(elapsedShare(period, "2019-06-01")).toBe(1)
    expect(elapsedShare({ start: "2024-01-01", end: "2024-01-11" }, "2024-01-06")).toBe(0.5)
  })

  it("reads a partial date as its last day", () => {
    expect(elapsedShare(period, "2018")).toBe(1)
    expect(elapsedShare({ start: "2024-01-01", end: "2024-01-11" }, "2024-01")).toBe(1)
  })

  it("a one-day period is 0 before it and 1 from that day", () => {
    const day = { start: "2024-05-05", end: "2024-05-05" }
    expect(elapsedShare(day, "2024-05-04")).toBe(0)
    expect(elapsedShare(day, "2024-05-05")).toBe(1)
  })

  it("an open-ended period never elapses", () => {
    expect(elapsedShare({ start: "2020" }, "2024")).toBe(0)
  })
})
