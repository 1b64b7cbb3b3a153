// The small helpers of fromRows: issues and their places, values named for messages, and
// records built field by field. No state: used by from-rows-reading.ts and from-rows-records.ts.
import { nearest } from "../text/nearest.js"
import { quote } from "../text/quote.js"
import { type IssueCode, RULES } from "./catalogue.js"
import type { ValidationIssue } from "./issue.js"

/** No suggestion for a name longer than this: it is further than 3 edits from every known name. */
const GUESS_LIMIT = 3

export function issue(
  code: IssueCode,
  path: (string | number)[],
  message: string,
  row?: number,
  column?: string,
): ValidationIssue {
  const result: ValidationIssue = { code, severity: RULES[code].severity, path, message }
  if (row !== undefined) result.row = row
  if (column !== undefined) result.column = column
  return result
}

/** `row 3` or `row 3, column 'start'`: the column quoted, shortened and on one line. */
export function at(row: number, column?: string): string {
  return column === undefined ? `row ${row}` : `row ${row}, column ${quote(column)}`
}

/** The nearest known name, with no work at all on a name too long to be a typo of any. */
export function guessName(name: string, known: readonly string[]): string | undefined {
  const longest = Math.max(...known.map((k) => k.length))
  return name.length <= longest + GUESS_LIMIT ? nearest(name, known) : undefined
}

/** Why a row is not one: `undefined` for a plain object (of any realm, or without prototype). */
export function shapeOf(row: unknown): { what: string; plain?: boolean } | undefined {
  if (typeof row !== "object" || row === null) return { what: describeValue(row) }
  if (Array.isArray(row)) return { what: "a list of cells" }
  return isPlain(row) ? undefined : { what: describeValue(row), plain: true }
}

/** A plain object: its prototype is `Object.prototype` (of any realm) or `null`. May throw (a Proxy). */
export function isPlain(value: unknown): value is object {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value)
  return proto === null || Object.getPrototypeOf(proto) === null
}

/** A value named for a message, without calling anything it defines. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return quote(value)
    case "number":
    case "boolean":
      return String(value)
    case "undefined":
      return "undefined"
    case "bigint":
      return "a bigint"
    case "symbol":
      return "a symbol"
    case "function":
      return "a function"
  }
  if (value === null) return "null"
  try {
    if (Array.isArray(value)) return "a list"
    const proto = Object.getPrototypeOf(value)
    if (proto === null || Object.getPrototypeOf(proto) === null) return "an object"
    const name: unknown = proto.constructor?.name
    if (typeof name === "string" && /^[A-Za-z_$][\w$]{0,40}$/.test(name)) return `a ${name}`
  } catch {
    // A Proxy whose traps throw, or a revoked one.
  }
  return "a special object"
}

/** What a thrown value says, quoted and shortened; never throws itself. */
export function reasonOf(error: unknown): string {
  try {
    if (typeof error === "string") return quote(error)
    if (error instanceof Error) {
      const message: unknown = error.message
      if (typeof message === "string") return quote(message)
    }
  } catch {
    // An Error whose message getter throws, a Proxy whose getPrototypeOf throws.
  }
  return "an error that cannot be shown"
}

/** The own index keys of a list that has holes, in order. */
export function presentIndices(rows: readonly unknown[], length: number): number[] {
  const indices: number[] = []
  for (const key of Object.keys(rows)) {
    if (/^(?:0|[1-9]\d*)$/.test(key)) {
      const index = Number(key)
      if (index < length) indices.push(index)
    }
  }
  return indices.sort((a, b) => a - b)
}

/** The first index above `index` that holds a row, or `length`. */
export function firstAbove(present: readonly number[], index: number, length: number): number {
  let low = 0
  let high = present.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((present[mid] as number) <= index) low = mid + 1
    else high = mid
  }
  return present[low] ?? length
}

/** The object at `path` inside a record, created (as an own property) where absent. */
export function objectAt(
  record: Record<string, unknown>,
  path: readonly string[],
): Record<string, unknown> {
  let target = record
  for (const key of path) {
    const next = Object.hasOwn(target, key) ? target[key] : undefined
    if (typeof next === "object" && next !== null && !Array.isArray(next)) {
      target = next as Record<string, unknown>
    } else {
      const created: Record<string, unknown> = {}
      defineField(target, key, created)
      target = created
    }
  }
  return target
}

/** An own, enumerable data property: `"__proto__"` stays a key, never a prototype. */
export function defineField(target: Record<string, unknown>, key: string, value: unknown): void {
  // Only "__proto__" is an accessor of Object.prototype: every other key can be assigned (faster).
  if (key !== "__proto__") target[key] = value
  else
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
}

export function sameValue(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b)
}

/** The column a field path came from: the longest recorded prefix of the path. */
export function columnOf(
  path: readonly (string | number)[],
  columns: ReadonlyMap<string, string>,
): string | undefined {
  for (let n = path.length; n > 0; n--) {
    const column = columns.get(path.slice(0, n).join("."))
    if (column !== undefined) return column
  }
  return undefined
}
