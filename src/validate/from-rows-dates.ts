// Dates as offices write them, read into partial dates. Only forms whose meaning is certain
// are read: a day and a month written as numbers (15/05/2022) need `dateOrder`, never a guess.
// No `Date` and no time zone are involved: everything is done on the text.
import { isPartialDate } from "../dates/partial-date.js"
import { quote } from "../text/quote.js"

/**
 * The order of a day and a month written as numbers: `15/05/2022` or `05/15/2022`, never
 * guessed ([dates](../../docs/importing-csv.md#what-fromrows-reads-without-options)).
 *
 * @example
 * fromRows("participants", rows, { dateOrder: "day-first" }) // 15/05/2022 is 2022-05-15
 *
 * @category Validate
 */
export type DateOrder = "day-first" | "month-first"

/** A date cell read: the partial date, or why it cannot be read (and the likely reading). */
export type DateReading = { date: string } | { problem: string; suggestion?: string }

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
}

const pad = (n: number) => String(n).padStart(2, "0")
const monthOf = (word: string): number | undefined => {
  const key = word.toLowerCase().replace(/\.$/, "")
  return Object.hasOwn(MONTHS, key) ? MONTHS[key] : undefined
}

const SHAPE = "use YYYY, YYYY-MM or YYYY-MM-DD, or a month by name ('Oct 2024', '15 October 2024')"

/** A date from its parts, or a problem when there is no such day. */
function dated(cell: string, year: string, month: number, day?: number): DateReading {
  const date = day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`
  return isPartialDate(date)
    ? { date }
    : {
        problem: `${quote(cell)} is not a date: there is no ${day === undefined ? "such month" : `day ${date}`}; ${SHAPE}`,
      }
}

/**
 * Reads a date cell (already trimmed, not empty) into a partial date, or says why not
 * ([the forms read](../../docs/importing-csv.md#what-fromrows-reads-without-options)).
 *
 * `2024`, `2024-10` and `2024-10-15` are kept as they are (the schema checks them); `2024-1-5`
 * is read too.
 */
export function readDate(cell: string, order: DateOrder | undefined): DateReading {
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(cell)) return { date: cell }
  let m =
    /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?([zZ]|[+-]\d{2}:?\d{2})?)?$/.exec(
      cell,
    )
  if (m !== null) {
    if (m[7] !== undefined) {
      return {
        problem: `${quote(cell)} has a time zone, so its day depends on it: write the date alone, such as '${m[1]}-${pad(Number(m[2]))}${m[3] === undefined ? "" : `-${pad(Number(m[3]))}`}'`,
      }
    }
    if (m[4] !== undefined && m[3] === undefined)
      return { problem: `${quote(cell)} is not a date: ${SHAPE}` }
    return dated(cell, m[1] as string, Number(m[2]), m[3] === undefined ? undefined : Number(m[3]))
  }
  // 10/2024: a month and a year.
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(cell)
  if (m !== null) return dated(cell, m[2] as string, Number(m[1]))
  // Oct 2024, October 2024, Sep. 2022, Oct-2024.
  m = /^([A-Za-z]{3,9}\.?)[ \-/,]*(\d{4})$/.exec(cell)
  if (m !== null) {
    const month = monthOf(m[1] as string)
    if (month !== undefined) return dated(cell, m[2] as string, month)
  }
  // 15 Oct 2024, 15-Oct-2024, 15 October, 2024.
  m = /^(\d{1,2})(?:st|nd|rd|th)?[ \-/.]*([A-Za-z]{3,9}\.?)[ \-/.,]*(\d{4})$/.exec(cell)
  if (m !== null) {
    const month = monthOf(m[2] as string)
    if (month !== undefined) return dated(cell, m[3] as string, month, Number(m[1]))
  }
  // Oct 15, 2024, October 15 2024.
  m = /^([A-Za-z]{3,9}\.?)[ -]*(\d{1,2})(?:st|nd|rd|th)?,?[ ]*(\d{4})$/.exec(cell)
  if (m !== null) {
    const month = monthOf(m[1] as string)
    if (month !== undefined) return dated(cell, m[3] as string, month, Number(m[2]))
  }
  // 15/05/2022, 15.05.2022, 15-05-2022: which is the day needs dateOrder. A time of day after
  // it, as spreadsheet programs export date-time cells (15/10/2024 14:30, 10/15/2024 2:30 PM),
  // leaves the day as written.
  m =
    /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:,? (?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?: ?[AaPp]\.?[Mm]\.?)?)?$/.exec(
      cell,
    )
  if (m !== null) return numericDayMonth(cell, Number(m[1]), Number(m[3]), m[4] as string, order)
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/.test(cell)) {
    return {
      problem: `${quote(cell)} has a two-digit year, which is not read (the century would be a guess): write the year in full, such as '2024-10-15'`,
    }
  }
  return { problem: `${quote(cell)} is not a date: ${SHAPE}` }
}

function numericDayMonth(
  cell: string,
  first: number,
  second: number,
  year: string,
  order: DateOrder | undefined,
): DateReading {
  const asDayFirst = isPartialDate(`${year}-${pad(second)}-${pad(first)}`)
    ? `${year}-${pad(second)}-${pad(first)}`
    : undefined
  const asMonthFirst = isPartialDate(`${year}-${pad(first)}-${pad(second)}`)
    ? `${year}-${pad(first)}-${pad(second)}`
    : undefined
  if (order === "day-first") {
    return asDayFirst !== undefined
      ? { date: asDayFirst }
      : {
          problem: `${quote(cell)} is not a date with the day first (dateOrder 'day-first'): write it as YYYY-MM-DD`,
        }
  }
  if (order === "month-first") {
    return asMonthFirst !== undefined
      ? { date: asMonthFirst }
      : {
          problem: `${quote(cell)} is not a date with the month first (dateOrder 'month-first'): write it as YYYY-MM-DD`,
        }
  }
  const only =
    asDayFirst !== undefined && asMonthFirst === undefined
      ? { date: asDayFirst, order: "day-first" }
      : asMonthFirst !== undefined && asDayFirst === undefined
        ? { date: asMonthFirst, order: "month-first" }
        : undefined
  const problem = `${quote(cell)} gives a day and a month as numbers, and the file does not say which comes first: set dateOrder to 'day-first' or 'month-first' (never guessed), or write YYYY-MM-DD`
  return only === undefined
    ? { problem }
    : {
        problem: `${problem}; with dateOrder '${only.order}' it reads ${only.date}`,
        suggestion: only.date,
      }
}

/**
 * Reads a `Date` a spreadsheet reader returned: its day when it is midnight UTC, else refused
 * ([cells that are not text](../../docs/importing-csv.md#cells-that-are-not-text)).
 */
export function readDateObject(date: Date): DateReading {
  const time = date.getTime()
  if (!Number.isFinite(time))
    return { problem: "an invalid Date is not a date: give the date as text, such as '2024-10-15'" }
  const iso = date.toISOString()
  if (!iso.endsWith("T00:00:00.000Z")) {
    return {
      problem: `the Date ${iso} is not at midnight UTC, so its day depends on a time zone: give the date as text, such as '2024-10-15'`,
    }
  }
  const day = iso.slice(0, 10)
  return isPartialDate(day)
    ? { date: day }
    : { problem: `the Date ${iso} is out of range: give the date as text` }
}
