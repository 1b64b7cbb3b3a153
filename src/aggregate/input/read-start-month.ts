import { isMonthNumber, type MonthNumber } from "../../dates/fiscal-year.js"
import { invalidOption, MONTH } from "../errors.js"

/** The `fiscalYearStartMonth` of read options, checked, with its default 4 (April). */
export function readStartMonth(fn: string, options: Record<string, unknown>): MonthNumber {
  const month = options.fiscalYearStartMonth === undefined ? 4 : options.fiscalYearStartMonth
  if (!isMonthNumber(month)) throw invalidOption(fn, "fiscalYearStartMonth", month, `use ${MONTH}`)
  return month
}
