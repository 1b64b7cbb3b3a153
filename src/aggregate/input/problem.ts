// The checks a record's fields share. A check returns the problem of the first field that is
// wrong — `[field, value, what would be right]` — or `undefined`, and builds nothing (no text,
// no list) for a field that is right; the record's `assert…` throws it as an
// `aggregate/invalid-record` naming the record.
import { quote } from "../../text/quote.js"
import { COUNTRY, DATE, invalidRecord, PERIOD } from "../errors.js"
import { isCountryShape, isDate, isRecord } from "./shapes.js"

/** What is wrong with a field: its name (path), its value, and what would be right. */
export type Problem = readonly [field: string, value: unknown, expected: string] | undefined

/** `programmes[3] ('itc-184')`: a record by its position, and its id when it has one. */
export function recordWhere(list: string, i: number, id: unknown): string {
  return typeof id === "string" ? `${list}[${i}] (${quote(id)})` : `${list}[${i}]`
}

/**
 * Throws the problem of a record named by its id, if it has one: `framework 'fw'`, or `the
 * framework` when its id is not text.
 */
export function throwProblem(fn: string, noun: string, id: unknown, problem: Problem): void {
  if (problem !== undefined)
    throw invalidRecord(
      fn,
      typeof id === "string" ? `${noun} ${quote(id)}` : `the ${noun}`,
      ...problem,
    )
}

/** The problem of an optional list of country codes. */
export function countriesProblem(field: string, value: unknown): Problem {
  if (value === undefined) return undefined
  if (!Array.isArray(value)) return [field, value, "a list of country codes, such as ['VN']"]
  for (let k = 0; k < value.length; k++)
    if (!isCountryShape(value[k])) return [`${field}[${k}]`, value[k], COUNTRY]
  return undefined
}

/** The problem of a period `{ start, end? }` (`end` required when `closed`). */
export function periodProblem(period: unknown, closed = false): Problem {
  if (!isRecord(period)) return ["period", period, PERIOD]
  const { start, end } = period
  return !isDate(start)
    ? ["period.start", start, DATE]
    : (closed || end !== undefined) && !isDate(end)
      ? ["period.end", end, DATE]
      : undefined
}
