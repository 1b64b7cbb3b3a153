/**
 * Fiscal years for any start month, named by the calendar year they start in: with an April
 * start (Japan), FY2018 runs from 2018-04-01 to 2019-03-31. The one home of "the fiscal year of
 * a date" ([counting rules](../../docs/counting-rules.md#the-rules-of-the-contract), "Partial
 * dates").
 */
import { invalidMonth } from "./errors.js"
import { daysInMonth } from "./partial-date.js"

/**
 * A month number, 1 (January) to 12 (December).
 *
 * @example
 * const april: MonthNumber = 4
 *
 * @category Dates
 */
export type MonthNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12

/** Whether a value is a month number, 1 (January) to 12 (December). */
export function isMonthNumber(month: unknown): month is MonthNumber {
  return typeof month === "number" && Number.isInteger(month) && month >= 1 && month <= 12
}

/** A fiscal-year start month, checked: a `DateError` `date/invalid-month` unless it is 1–12. */
export function readFiscalYearStartMonth(month: unknown): MonthNumber {
  if (!isMonthNumber(month)) throw invalidMonth(month)
  return month
}

/**
 * The fiscal year a partial date falls in, named by the year the fiscal year starts in, or
 * `undefined` when it cannot be known: a year-only date (`"2018"`) when the fiscal year does not
 * start in January spans two fiscal years, and is never guessed.
 *
 * @param date - A valid partial date.
 * @param startMonth - The month the fiscal year starts in, 1–12 (default 4, April, as in Japan).
 *
 * @example
 * fiscalYearOf("2018-04-01")    //=> 2018
 * fiscalYearOf("2019-03")       //=> 2018
 * fiscalYearOf("2018")          //=> undefined (April 2018 or March 2018?)
 * fiscalYearOf("2018", 1)       //=> 2018
 * fiscalYearOf("2018-06-30", 7) //=> 2017
 *
 * @category Dates
 */
export function fiscalYearOf(date: string, startMonth: number = 4): number | undefined {
  const start = readFiscalYearStartMonth(startMonth)
  const year = Number(date.slice(0, 4))
  if (date.length === 4) return start === 1 ? year : undefined
  return Number(date.slice(5, 7)) >= start ? year : year - 1
}

/**
 * The label of a fiscal year: `"FY2018"`.
 *
 * @example
 * fiscalYearLabel(2018) //=> "FY2018"
 *
 * @category Dates
 */
export function fiscalYearLabel(fiscalYear: number): string {
  return `FY${String(fiscalYear).padStart(4, "0")}`
}

/**
 * The first and last day of a fiscal year, as `"YYYY-MM-DD"`.
 *
 * @param fiscalYear - The year the fiscal year starts in.
 * @param startMonth - The month it starts in, 1–12 (default 4).
 *
 * @example
 * fiscalYearRange(2018)    //=> { start: "2018-04-01", end: "2019-03-31" }
 * fiscalYearRange(2018, 1) //=> { start: "2018-01-01", end: "2018-12-31" }
 *
 * @category Dates
 */
export function fiscalYearRange(
  fiscalYear: number,
  startMonth: number = 4,
): { start: string; end: string } {
  const month = readFiscalYearStartMonth(startMonth)
  const endMonth = month === 1 ? 12 : month - 1
  const endYear = month === 1 ? fiscalYear : fiscalYear + 1
  const pad = (n: number, width: number) => String(n).padStart(width, "0")
  return {
    start: `${pad(fiscalYear, 4)}-${pad(month, 2)}-01`,
    end: `${pad(endYear, 4)}-${pad(endMonth, 2)}-${pad(daysInMonth(endYear, endMonth), 2)}`,
  }
}
