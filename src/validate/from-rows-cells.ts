// How `fromRows` reads one cell. Never throws, whatever the cell holds: a value it cannot
// read is a problem for the caller to report at the cell's row and column.
import { messages } from "../messages.js"
import { findCountry, isCountryCode, listCountries } from "../reference/countries.js"
import { nearest } from "../text/nearest.js"
import { quote } from "../text/quote.js"
import type { IssueCode } from "./catalogue.js"
import type { ColumnSpec } from "./from-rows-columns.js"
import { type DateOrder, readDate, readDateObject } from "./from-rows-dates.js"
import { rowMessages } from "./from-rows-messages.js"
import { enumValue, enumValues } from "./from-rows-words.js"

/**
 * A problem in a cell; `at` is a key inside the column's field (a country of `byCountry`);
 * `suggestion` the value that was probably meant (the nearest enum value or country).
 */
export type CellProblem = { code: IssueCode; text: string; at?: string; suggestion?: string }

/**
 * A cell read: its value (absent when `undefined`) and its problems; `to` when the value is
 * not the cell as written ("Viet Nam" read as `VN`): the value as text, for `changes`.
 */
export type Cell = { value?: unknown; problems: CellProblem[]; to?: string }

/** How cells are read in one call of fromRows: its options, and what was read already. */
export type CellSettings = {
  separator: string
  dateOrder?: DateOrder | undefined
  /** The `values` option: field path (dotted) → cell as written → the value meant. */
  values?: ReadonlyMap<string, ReadonlyMap<string, string>> | undefined
  /** Cells of enum, country and date columns read already, per column spec. */
  cache?: Map<ColumnSpec, Map<string, Cell>>
}

/** No more distinct cells than this are remembered per column (a register has a few dozen). */
const CACHE_LIMIT = 4096

/** No problems: shared by every cell read without one (never added to). */
const NONE: CellProblem[] = []
const ABSENT: Cell = { problems: NONE }
const value = (v: unknown): Cell => ({ value: v, problems: NONE })
const fail = (text: string, code: IssueCode = "field/wrong-type"): Cell => ({
  problems: [{ code, text }],
})

/**
 * Reads a cell for a column: trimmed text, or a number, true/false or `Date` where the column
 * takes it ([how cells are read](../../docs/importing-csv.md#how-cells-are-read),
 * [cells that are not text](../../docs/importing-csv.md#cells-that-are-not-text)).
 */
export function readCell(
  raw: unknown,
  spec: ColumnSpec,
  settings: CellSettings,
  values: ReadonlyMap<string, string> | undefined = settings.values?.get(spec.path.join(".")),
): Cell {
  const separator = settings.separator
  switch (typeof raw) {
    case "undefined":
      return ABSENT
    case "string": {
      const cell = raw.trim()
      if (cell === "") return ABSENT
      const mapped = values?.get(cell)
      if (mapped !== undefined) {
        const read = readText(mapped.trim(), spec, settings)
        return read.value === undefined
          ? read
          : { ...read, to: read.to ?? shown(read.value, separator) }
      }
      if (spec.type !== "enum" && spec.type !== "country" && spec.type !== "date") {
        return readText(cell, spec, settings)
      }
      let cache = settings.cache?.get(spec)
      const known = cache?.get(cell)
      if (known !== undefined) return known
      const read = readText(cell, spec, settings)
      if (settings.cache !== undefined) {
        if (cache === undefined) {
          cache = new Map()
          settings.cache.set(spec, cache)
        }
        if (cache.size < CACHE_LIMIT) cache.set(cell, read)
      }
      return read
    }
    case "number":
      return readNumberCell(raw, spec, settings)
    case "bigint":
      return raw >= BigInt(Number.MIN_SAFE_INTEGER) && raw <= BigInt(Number.MAX_SAFE_INTEGER)
        ? readNumberCell(Number(raw), spec, settings)
        : fail(rowMessages.tooLarge(shortDigits(raw)))
    case "boolean":
      if (spec.type === "boolean" || spec.type === "kept") return value(raw)
      return spec.type === "number" || spec.type === "numbers"
        ? fail(rowMessages.notANumber(String(raw)))
        : fail(rowMessages.notText(String(raw)))
    default:
      if (raw === null) return ABSENT
      if (spec.type === "date" && isDate(raw)) {
        const read = readDateObject(raw)
        return "date" in read
          ? { value: read.date, problems: [], to: read.date }
          : fail(read.problem, "date/invalid")
      }
      return fail(notACell(raw))
  }
}

/** A Date of any realm; never throws. */
function isDate(raw: unknown): raw is Date {
  try {
    return raw instanceof Date || Object.prototype.toString.call(raw) === "[object Date]"
  } catch {
    return false
  }
}

/** A value as `changes` shows it: text as is, lists joined with the separator. */
function shown(value: unknown, separator: string): string {
  if (Array.isArray(value)) return value.map((item) => shown(item, separator)).join(separator)
  if (typeof value === "object" && value !== null) return JSON.stringify(value)
  return String(value)
}

function readNumberCell(raw: number, spec: ColumnSpec, settings: CellSettings): Cell {
  if (!Number.isFinite(raw)) {
    if (spec.type === "number" || spec.type === "numbers") {
      return fail(rowMessages.notANumber(String(raw)))
    }
    return spec.type === "boolean"
      ? fail(notBoolean(String(raw)))
      : fail(rowMessages.notACellValue(String(raw)))
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
        ? readText(String(raw), spec, settings)
        : fail(rowMessages.fractionAsText(String(raw)))
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
      return rowMessages.dateObject()
    }
  } catch {
    // A Proxy whose traps throw, or a revoked one: an object all the same.
  }
  return rowMessages.notACell(what)
}

function readText(cell: string, spec: ColumnSpec, settings: CellSettings): Cell {
  const separator = settings.separator
  switch (spec.type) {
    case "enum":
      return readEnum(cell, spec)
    case "country":
      return readCountry(cell)
    case "countries":
      return readCountries(cell, separator)
    case "date": {
      const read = readDate(cell, settings.dateOrder)
      if ("date" in read)
        return read.date === cell ? value(cell) : { value: read.date, problems: [], to: read.date }
      return {
        problems: [
          {
            code: "date/invalid",
            text: read.problem,
            ...(read.suggestion === undefined ? {} : { suggestion: read.suggestion }),
          },
        ],
      }
    }
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
            /^-?[\d.]+$/.test(item) ? n : rowMessages.notACode(item, example(spec, separator)),
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
        rowMessages.notAPair(item, a, b, example(spec, separator)),
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
      return fail(rowMessages.notACount(item, example(spec, separator)), "field/invalid-format")
    }
    const before = seen.get(country)
    if (before !== undefined) {
      return fail(rowMessages.countryTwice(country, before, item), "field/invalid-format")
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
  if (!/^-?\d+(?:\.\d+)?$/.test(cell)) return rowMessages.notANumber(quote(cell))
  const n = Number(cell)
  const exact = cell.includes(".")
    ? Number.isFinite(n) &&
      cell.replace(/[-.]/g, "").replace(/^0+/, "").replace(/0+$/, "").length <= 15
    : Number.isSafeInteger(n)
  return exact ? n : rowMessages.tooManyDigits(cell)
}

function notBoolean(shown: string): string {
  return rowMessages.notBoolean(shown)
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

/** An enum cell in any case and spacing, or by a synonym; else the nearest value as a suggestion. */
function readEnum(cell: string, spec: ColumnSpec): Cell {
  const words = spec.words ?? {}
  const found = enumValue(words, cell)
  if (found !== undefined)
    return found === cell ? value(cell) : { value: found, problems: [], to: found }
  const values = enumValues(words)
  const guess = cell.length <= 64 ? nearest(cell, values) : undefined
  return {
    problems: [
      {
        code: "field/not-in-list",
        text: rowMessages.notInList(cell, values, guess),
        ...(guess === undefined ? {} : { suggestion: guess }),
      },
    ],
  }
}

let countryNames: string[] | undefined

/** A country as a code in any case or as a name; else the nearest name's code as a suggestion. */
function readCountry(cell: string): Cell {
  if (isCountryCode(cell)) return value(cell)
  const found = findCountry(cell)
  if (found !== undefined) return { value: found.alpha2, problems: [], to: found.alpha2 }
  return { problems: [countryProblem(cell)] }
}

function countryProblem(cell: string, at?: string): CellProblem {
  countryNames ??= listCountries().map((c) => c.name)
  const name = cell.length <= 64 && cell.length > 3 ? nearest(cell, countryNames) : undefined
  const code = name === undefined ? undefined : findCountry(name)?.alpha2
  const text = rowMessages.notACountry(cell, name, code)
  return {
    code: "country/invalid",
    text,
    ...(at === undefined ? {} : { at }),
    ...(code === undefined ? {} : { suggestion: code }),
  }
}

/** A list of countries, each a code or a name. */
function readCountries(cell: string, separator: string): Cell {
  const items = splitList(cell, separator)
  const codes: string[] = []
  const problems: CellProblem[] = []
  let changed = false
  for (const item of items) {
    const read = readCountry(item)
    if (read.value === undefined) {
      problems.push(...read.problems)
      continue
    }
    if (read.to !== undefined) changed = true
    codes.push(read.value as string)
  }
  if (problems.length > 0) return { problems }
  return changed ? { value: codes, problems: [], to: codes.join(separator) } : value(codes)
}
