// How `fromRows` reads one cell. Never throws, whatever the cell holds: a value it cannot
// read is a problem for the caller to report at the cell's row and column.
import { messages } from "../messages.js"
import { isCountryCode } from "../reference/countries.js"
import { quote } from "../text/quote.js"
import type { IssueCode } from "./catalogue.js"
import type { ColumnSpec } from "./from-rows-columns.js"

/** A problem in a cell; `at` is a key inside the column's field (a country of `byCountry`). */
export type CellProblem = { code: IssueCode; text: string; at?: string }

/** A cell read: its value (absent when `undefined`) and its problems. */
export type Cell = { value?: unknown; problems: CellProblem[] }

const ABSENT: Cell = { problems: [] }
const value = (v: unknown): Cell => ({ value: v, problems: [] })
const fail = (text: string, code: IssueCode = "field/wrong-type"): Cell => ({
  problems: [{ code, text }],
})

const NOT_A_NUMBER = "write digits only, with a dot for decimals (2653, 10.5)"

/**
 * Reads a cell for a column. Text is trimmed and an empty cell is absent. A number is read as
 * its value where the column takes a number, and as its digits where the column takes text
 * and it is a whole number (a spreadsheet gives 2024 for a year); true and false where the
 * column takes true or false. Anything else — objects, lists, Dates, fractions in a text
 * column, NaN — is a problem, never stringified.
 */
export function readCell(raw: unknown, spec: ColumnSpec, separator: string): Cell {
  switch (typeof raw) {
    case "undefined":
      return ABSENT
    case "string": {
      const cell = raw.trim()
      return cell === "" ? ABSENT : readText(cell, spec, separator)
    }
    case "number":
      return readNumberCell(raw, spec, separator)
    case "bigint":
      return raw >= BigInt(Number.MIN_SAFE_INTEGER) && raw <= BigInt(Number.MAX_SAFE_INTEGER)
        ? readNumberCell(Number(raw), spec, separator)
        : fail(`the number ${shortDigits(raw)} is too large to be held exactly`)
    case "boolean":
      if (spec.type === "boolean" || spec.type === "kept") return value(raw)
      return spec.type === "number" || spec.type === "numbers"
        ? fail(`${raw} is not a number: ${NOT_A_NUMBER}`)
        : fail(`${raw} is not text: write the value as text`)
    default:
      return raw === null ? ABSENT : fail(notACell(raw))
  }
}

function readNumberCell(raw: number, spec: ColumnSpec, separator: string): Cell {
  if (!Number.isFinite(raw)) {
    if (spec.type === "number" || spec.type === "numbers") {
      return fail(`${raw} is not a number: ${NOT_A_NUMBER}`)
    }
    return spec.type === "boolean"
      ? fail(notBoolean(String(raw)))
      : fail(`${raw} is not a value a cell can hold: write a number or text`)
  }
  switch (spec.type) {
    case "number":
    case "kept":
      return value(raw)
    case "numbers":
      return value([raw])
    case "boolean":
      return raw === 1 || raw === 0 ? value(raw === 1) : fail(notBoolean(String(raw)))
    default:
      // Text: a whole number is its digits; a fraction may have lost digits (16.10 → 16.1).
      return Number.isSafeInteger(raw)
        ? readText(String(raw), spec, separator)
        : fail(
            `the number ${raw} is not read as text (a spreadsheet may have dropped digits, as in 16.10): format the column as text`,
          )
  }
}

/** What a cell that is neither text, a number nor true/false holds, and what to give instead. */
function notACell(raw: unknown): string {
  if (typeof raw === "function") return "a function is not a cell value: give text"
  if (typeof raw === "symbol") return "a symbol is not a cell value: give text"
  let what = "an object"
  try {
    if (Array.isArray(raw)) what = "a list"
    else if (raw instanceof Date) {
      return "a Date is not read (its day depends on a time zone): give the date as text, such as '2024-10-15'"
    }
  } catch {
    // A Proxy whose traps throw, or a revoked one: an object all the same.
  }
  return `${what} is not a cell value: give text, as a CSV parser returns it`
}

function readText(cell: string, spec: ColumnSpec, separator: string): Cell {
  switch (spec.type) {
    case "text":
    case "kept":
      return value(cell)
    case "number": {
      const n = readNumber(cell)
      return typeof n === "number" ? value(n) : fail(n)
    }
    case "boolean": {
      const lower = cell.toLowerCase()
      if (lower === "true" || lower === "yes" || lower === "1") return value(true)
      if (lower === "false" || lower === "no" || lower === "0") return value(false)
      return fail(notBoolean(quote(cell)))
    }
    case "list":
      return value(splitList(cell, separator))
    case "numbers": {
      const numbers: number[] = []
      for (const item of splitList(cell, separator)) {
        const n = readNumber(item)
        if (typeof n !== "number") {
          return fail(
            /^-?[\d.]+$/.test(item)
              ? n
              : `${quote(item)} is not a number: write each code in digits, such as ${example(spec, separator)}`,
          )
        }
        numbers.push(n)
      }
      return value(numbers)
    }
    case "pairs":
      return readPairs(cell, spec, separator)
    case "counts":
      return readCounts(cell, spec, separator)
  }
}

function readPairs(cell: string, spec: ColumnSpec, separator: string): Cell {
  const [a, b] = spec.pair ?? ["a", "b"]
  const pairs: Record<string, string>[] = []
  for (const item of splitList(cell, separator)) {
    const parts = item.split(":").map((part) => part.trim())
    if (parts.length !== 2 || parts[0] === "" || parts[1] === "") {
      return fail(
        `${quote(item)} is not a pair: write ${a}:${b}, such as ${example(spec, separator)}`,
        "field/invalid-format",
      )
    }
    pairs.push({ [a]: parts[0] as string, [b]: parts[1] as string })
  }
  return value(pairs)
}

/**
 * Per-country figures, `UA:4;VN:2`. Each country is checked here, `"__proto__"` included (a
 * key the schema's record type would skip), and left out of the value when it is not a
 * country code, so that the problem is reported once, by this cell.
 */
function readCounts(cell: string, spec: ColumnSpec, separator: string): Cell {
  const counts: Record<string, number> = {}
  const seen = new Map<string, string>()
  const problems: CellProblem[] = []
  for (const item of splitList(cell, separator)) {
    const colon = item.indexOf(":")
    const country = colon > 0 ? item.slice(0, colon).trim() : ""
    const n = country === "" ? undefined : readNumber(item.slice(colon + 1).trim())
    if (typeof n !== "number") {
      return fail(
        `${quote(item)} is not a count: write country:number, such as ${example(spec, separator)}`,
        "field/invalid-format",
      )
    }
    const before = seen.get(country)
    if (before !== undefined) {
      return fail(
        `${quote(country)} is given twice (${quote(before)} and ${quote(item)}): give each country once`,
        "field/invalid-format",
      )
    }
    seen.set(country, item)
    if (!isCountryCode(country)) {
      problems.push({ code: "country/invalid", text: messages.countryCode(country), at: country })
      continue
    }
    // A country code is two capital letters: never a key with a meaning of its own.
    counts[country] = n
  }
  return { value: counts, problems }
}

/**
 * A number written as plain digits with a dot for decimals, read exactly: a whole number up
 * to 2^53 − 1, or at most 15 significant digits (which a number always holds exactly).
 * Anything else is the text of a problem.
 */
function readNumber(cell: string): number | string {
  if (!/^-?\d+(?:\.\d+)?$/.test(cell)) return `${quote(cell)} is not a number: ${NOT_A_NUMBER}`
  const n = Number(cell)
  const exact = cell.includes(".")
    ? Number.isFinite(n) &&
      cell.replace(/[-.]/g, "").replace(/^0+/, "").replace(/0+$/, "").length <= 15
    : Number.isSafeInteger(n)
  return exact
    ? n
    : `${quote(cell)} has more digits than can be held exactly (at most 15 significant digits, or a whole number up to ${Number.MAX_SAFE_INTEGER})`
}

function notBoolean(shown: string): string {
  return `${shown} is not true or false (write true, false, yes, no, 1 or 0)`
}

function splitList(cell: string, separator: string): string[] {
  return cell
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== "")
}

/** The column's example cell, written with the separator in use. */
function example(spec: ColumnSpec, separator: string): string {
  return quote((spec.example ?? []).join(separator))
}

function shortDigits(n: bigint): string {
  const digits = n.toString()
  return digits.length > 30 ? `${digits.slice(0, 27)}…` : digits
}
