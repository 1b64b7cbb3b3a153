/**
 * Comparing partial dates and periods. A partial date is read as a span of days — `"2024"` is
 * 2024-01-01 … 2024-12-31 — and each function says which end of that span it uses. Everything
 * works on integer day numbers: no `Date`, no time zone.
 */
import { firstDayNumber, lastDayNumber } from "./partial-date.js"

/**
 * A period of partial dates; no `end` means open-ended.
 *
 * @example
 * const period: DatePeriod = { start: "2024-10", end: "2024-11" }
 *
 * @category Dates
 */
export type DatePeriod = { readonly start: string; readonly end?: string | undefined }

/**
 * Orders two partial dates as a sort comparator: by their first day, then by their last day
 * (`"2024-01-01"` < `"2024-01"` < `"2024"`).
 *
 * @example
 * ["2024-10", "2023", "2024-01-15"].sort(comparePartialDates) //=> ["2023", "2024-01-15", "2024-10"]
 * comparePartialDates("2024-01-01", "2024") //=> -1
 *
 * @category Dates
 */
export function comparePartialDates(a: string, b: string): number {
  const first = firstDayNumber(a) - firstDayNumber(b)
  if (first !== 0) return Math.sign(first)
  return Math.sign(lastDayNumber(a) - lastDayNumber(b))
}

/**
 * The number of days from a start to an end: `from` read as a start (its first day), `to` as an
 * end (its last day). Negative when `to` ends before `from` starts.
 *
 * @example
 * daysBetween("2024-01-01", "2024-01-31") //=> 30
 * daysBetween("2024", "2024")             //=> 365 (2024-01-01 to 2024-12-31)
 * daysBetween("2016-01-01", "2018-12-31") //=> 1095
 *
 * @category Dates
 */
export function daysBetween(from: string, to: string): number {
  return lastDayNumber(to) - firstDayNumber(from)
}

/**
 * The first and last day numbers of a period: its start read as a start, its end as an end;
 * an open end is `Infinity`.
 *
 * @example
 * periodDayNumbers({ start: "1970-01" }) //=> { first: 0, last: Infinity }
 *
 * @category Dates
 */
export function periodDayNumbers(period: DatePeriod): { first: number; last: number } {
  return {
    first: firstDayNumber(period.start),
    last: period.end === undefined ? Number.POSITIVE_INFINITY : lastDayNumber(period.end),
  }
}

/**
 * Tells whether two periods share at least one day: ends inclusive, a partial start read as its
 * first day, a partial end as its last, no end as open.
 *
 * @example
 * periodsOverlap({ start: "2024-10", end: "2024-11" }, { start: "2024", end: "2026" }) //=> true
 * periodsOverlap({ start: "2023-01", end: "2023-12" }, { start: "2024" })               //=> false
 * periodsOverlap({ start: "2023-12-31", end: "2023-12-31" }, { start: "2023-12" , end: "2024" }) //=> true
 *
 * @category Dates
 */
export function periodsOverlap(a: DatePeriod, b: DatePeriod): boolean {
  const x = periodDayNumbers(a)
  const y = periodDayNumbers(b)
  return x.first <= y.last && y.first <= x.last
}

/**
 * Tells whether a dated record falls within a period: the record's date is read as its last day
 * (a record dated `"2018"` is known on 2018-12-31), the period as in {@link periodsOverlap}.
 *
 * @example
 * isWithinPeriod("2018-06", { start: "2016", end: "2018" }) //=> true
 * isWithinPeriod("2019", { start: "2016", end: "2018" })    //=> false
 *
 * @category Dates
 */
export function isWithinPeriod(date: string, period: DatePeriod): boolean {
  const day = lastDayNumber(date)
  const { first, last } = periodDayNumbers(period)
  return day >= first && day <= last
}

/**
 * The share of a period elapsed on a date (read as its last day), clamped to 0–1: 0 on the
 * period's first day, 1 on its last.
 *
 * A one-day period gives 0 before it and 1 from it; an open-ended period always gives 0. See
 * [counting rules](../../docs/counting-rules.md#the-rules-of-the-contract) ("Pledge fulfilment").
 *
 * @example
 * elapsedShare({ start: "2016", end: "2018" }, "2016-01-01") //=> 0
 * elapsedShare({ start: "2016", end: "2018" }, "2018-12-31") //=> 1
 * elapsedShare({ start: "2024-01-01", end: "2024-01-11" }, "2024-01-06") //=> 0.5
 *
 * @category Dates
 */
export function elapsedShare(period: DatePeriod, date: string): number {
  const { first, last } = periodDayNumbers(period)
  return elapsedShareOfDays(first, last, lastDayNumber(date))
}

/** {@link elapsedShare} on day numbers. */
export function elapsedShareOfDays(first: number, last: number, day: number): number {
  if (day <= first) return day < first || last > first ? 0 : 1
  if (day >= last) return Number.isFinite(last) ? 1 : 0
  return (day - first) / (last - first)
}
