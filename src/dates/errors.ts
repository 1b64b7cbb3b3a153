/**
 * The errors of the date functions, with stable codes, and their messages: what is wrong and
 * what would be right.
 */
import { quote } from "../text/quote.js"

/**
 * The stable codes of {@link DateError}.
 *
 * @example
 * const code: DateErrorCode = "date/invalid-month"
 *
 * @category Dates
 */
export type DateErrorCode = "date/invalid-month"

/**
 * An error of a date function, with a stable `code`: `date/invalid-month` — a fiscal-year start
 * month that is not a whole number from 1 to 12. A `RangeError`, as before it had a code.
 *
 * @example
 * try { fiscalYearOf("2018-01", 13) } catch (e) { e.code } //=> "date/invalid-month"
 *
 * @category Dates
 */
export class DateError extends RangeError {
  override readonly name = "DateError"
  /** The stable code. */
  readonly code: DateErrorCode

  constructor(code: DateErrorCode, message: string) {
    super(message)
    this.code = code
  }
}

/** A fiscal-year start month that is not a month. */
export function invalidMonth(month: unknown): DateError {
  return new DateError(
    "date/invalid-month",
    `fiscalYearStartMonth ${quote(month)} is not a month: use a whole number from 1 (January) to 12 (December), such as 4 for Japan's April–March fiscal year`,
  )
}
