// The checks a record's fields share: each throws an `aggregate/invalid-record` naming the
// record, the field and what would be right, and builds no text when the field is right.

import { quote } from "../../text/quote.js"
import { COUNTRY, DATE, invalidRecord, PERIOD, type Where } from "../errors.js"
import { isCountryShape, isDate, isRecord } from "./shapes.js"

/**
 * Throws an `aggregate/invalid-record` unless `ok`. Its arguments are evaluated whether or not
 * it throws: on the paths of every record, pass `where` as a function.
 */
export function assertField(
  ok: boolean,
  fn: string,
  where: Where,
  field: string,
  value: unknown,
  expected: string,
): void {
  if (!ok) throw invalidRecord(fn, where, field, value, expected)
}

/** `programmes[3] ('itc-184')`: a record by its position, and its id when it has one. */
export function recordWhere(list: string, i: number, id: unknown): string {
  return typeof id === "string" ? `${list}[${i}] (${quote(id)})` : `${list}[${i}]`
}

/** Checks an optional list of country codes. */
export function assertCountries(fn: string, where: Where, field: string, value: unknown): void {
  if (value === undefined) return
  assertField(
    Array.isArray(value),
    fn,
    where,
    field,
    value,
    "a list of country codes, such as ['VN']",
  )
  const list = value as unknown[]
  for (let k = 0; k < list.length; k++)
    if (!isCountryShape(list[k])) throw invalidRecord(fn, where, `${field}[${k}]`, list[k], COUNTRY)
}

/** Checks a period `{ start, end? }` (`end` required when `closed`). */
export function assertPeriod(fn: string, where: Where, period: unknown, closed = false): void {
  assertField(isRecord(period), fn, where, "period", period, PERIOD)
  const { start, end } = period as Record<string, unknown>
  assertField(isDate(start), fn, where, "period.start", start, DATE)
  assertField((!closed && end === undefined) || isDate(end), fn, where, "period.end", end, DATE)
}
