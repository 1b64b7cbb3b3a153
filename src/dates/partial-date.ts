/**
 * Partial dates: `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"`, always a real calendar date.
 *
 * Everything here works on strings and integer day numbers, never on `Date` objects, so
 * results are the same in every time zone.
 */

/**
 * The full grammar of a partial date, leap years included, as one regular expression, so that
 * the Zod schema and the shipped JSON Schema accept exactly the same strings.
 * Leap years: divisible by 4 and not by 100, or divisible by 400 (proleptic Gregorian).
 */
export const PARTIAL_DATE_PATTERN =
  /^(?:\d{4}(?:-(?:0[1-9]|1[0-2]))?|\d{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$/

/**
 * Tells whether a value is a valid partial date: `"2024"`, `"2024-10"` or `"2024-10-15"`.
 *
 * @example
 * isPartialDate("2024-02-29") //=> true
 * isPartialDate("2023-02-29") //=> false
 * isPartialDate("2024-13")    //=> false
 *
 * @category Dates
 */
export function isPartialDate(value: unknown): value is string {
  return typeof value === "string" && PARTIAL_DATE_PATTERN.test(value)
}

/**
 * Days in a month of the proleptic Gregorian calendar (month 1–12).
 *
 * @example
 * daysInMonth(2024, 2) //=> 29
 * daysInMonth(1900, 2) //=> 28
 *
 * @category Dates
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/**
 * Days since 1970-01-01 of a civil date, exact for any year, with no `Date` or time zone.
 *
 * @example
 * dayNumberOf(1970, 1, 1) //=> 0
 * dayNumberOf(2024, 3, 1) - dayNumberOf(2024, 2, 28) //=> 2
 *
 * @category Dates
 */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/**
 * The first day a partial date can mean (how a start is read), as days since 1970-01-01. The
 * input must be a valid partial date ({@link isPartialDate}).
 *
 * @example
 * firstDayNumber("1970") //=> 0
 *
 * @category Dates
 */
export function firstDayNumber(date: string): number {
  const year = Number(date.slice(0, 4))
  const month = date.length >= 7 ? Number(date.slice(5, 7)) : 1
  const day = date.length === 10 ? Number(date.slice(8, 10)) : 1
  return dayNumberOf(year, month, day)
}

/**
 * The last day a partial date can mean (how an end or a record's date is read), as days since
 * 1970-01-01. The input must be a valid partial date ({@link isPartialDate}).
 *
 * @example
 * lastDayNumber("1970-01") //=> 30
 *
 * @category Dates
 */
export function lastDayNumber(date: string): number {
  const year = Number(date.slice(0, 4))
  const month = date.length >= 7 ? Number(date.slice(5, 7)) : 12
  const day = date.length === 10 ? Number(date.slice(8, 10)) : daysInMonth(year, month)
  return dayNumberOf(year, month, day)
}

/** The number written by `count` ASCII digits of `text` from `at`; −1 if one is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let n = 0
  for (let k = at; k < at + count; k++) {
    const c = text.charCodeAt(k) - 48
    if (c < 0 || c > 9) return -1
    n = n * 10 + c
  }
  return n
}

/**
 * The last day of a value that should be a partial date, as a day number, or NaN when it is
 * not one — {@link isPartialDate} and {@link lastDayNumber} in one pass over its characters,
 * for the date of every record of a stream.
 */
export function lastDayNumberOf(value: unknown): number {
  if (typeof value !== "string") return Number.NaN
  const length = value.length
  if (length !== 4 && length !== 7 && length !== 10) return Number.NaN
  const year = digitsAt(value, 0, 4)
  if (year < 0) return Number.NaN
  if (length === 4) return dayNumberOf(year, 12, 31)
  const month = value.charCodeAt(4) === 45 ? digitsAt(value, 5, 2) : -1
  if (month < 1 || month > 12) return Number.NaN
  const days = daysInMonth(year, month)
  if (length === 7) return dayNumberOf(year, month, days)
  const day = value.charCodeAt(7) === 45 ? digitsAt(value, 8, 2) : -1
  if (day < 1 || day > days) return Number.NaN
  return dayNumberOf(year, month, day)
}

/**
 * The civil date of a day number (days since 1970-01-01) as `"YYYY-MM-DD"` — the inverse of
 * {@link dayNumberOf} (H. Hinnant's civil_from_days). Years 0–9999 are written with four digits.
 *
 * @example
 * dateOfDayNumber(0) //=> "1970-01-01"
 * dateOfDayNumber(dayNumberOf(2024, 2, 29)) //=> "2024-02-29"
 *
 * @category Dates
 */
export function dateOfDayNumber(dayNumber: number): string {
  const z = dayNumber + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`
}

/**
 * The first day a partial date can mean, as `"YYYY-MM-DD"`: how a start is read.
 *
 * @example
 * firstDayOf("2024")    //=> "2024-01-01"
 * firstDayOf("2024-10") //=> "2024-10-01"
 *
 * @category Dates
 */
export function firstDayOf(date: string): string {
  if (date.length === 10) return date
  return date.length === 7 ? `${date}-01` : `${date}-01-01`
}

/**
 * The last day a partial date can mean, as `"YYYY-MM-DD"`: how an end or a record's date is read
 * ([dates](../../docs/dates-and-fiscal-years.md#partial-dates)).
 *
 * @example
 * lastDayOf("2024")    //=> "2024-12-31"
 * lastDayOf("2024-02") //=> "2024-02-29"
 *
 * @category Dates
 */
export function lastDayOf(date: string): string {
  if (date.length === 10) return date
  if (date.length === 4) return `${date}-12-31`
  const days = daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)))
  return `${date}-${String(days)}`
}

/**
 * How precise a partial date is: `"year"`, `"month"` or `"day"`.
 *
 * @example
 * precisionOf("2024-10") //=> "month"
 *
 * @category Dates
 */
export function precisionOf(date: string): "year" | "month" | "day" {
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day"
}
