import type * as z from "zod"
import { messages, quote } from "../messages.js"
import type { Organisation } from "../schemas/organisation.js"
import { organisationSchema } from "../schemas/organisation.js"
import type { Participant } from "../schemas/participant.js"
import { participantSchema } from "../schemas/participant.js"
import type { Participation } from "../schemas/participation.js"
import { participationSchema } from "../schemas/participation.js"
import type { Programme } from "../schemas/programme.js"
import { programmeSchema } from "../schemas/programme.js"
import { type IssueCode, RULES } from "./catalogue.js"
import type { Collection, ValidationIssue } from "./issue.js"
import { describeField } from "./issue.js"
import { createReporter, type Placement } from "./report.js"
import { buildContext } from "./rules/context.js"
import { checkParticipations } from "./rules/participations.js"
import { checkProgrammes } from "./rules/programmes.js"
import { explainZodIssue } from "./zod-issues.js"

/** How a cell is read. */
type CellType = "text" | "number" | "boolean" | "list" | "numbers" | "pairs" | "counts"

type ColumnSpec = {
  /** Where the value goes in the record. */
  path: readonly string[]
  type: CellType
  /** For `pairs`: the names of the two parts of "a:b". */
  pair?: readonly [string, string]
}

const text = (...path: string[]): ColumnSpec => ({ path, type: "text" })
const number = (...path: string[]): ColumnSpec => ({ path, type: "number" })

/** The columns each kind accepts, with their aliases (`start` for `period.start`). */
const COLUMNS = {
  organisations: {
    id: text("id"),
    name: text("name"),
    acronym: text("acronym"),
    type: text("type"),
    country: text("country"),
  },
  participants: {
    id: text("id"),
    country: text("country"),
    name: text("name"),
    gender: text("gender"),
    birthYear: number("birthYear"),
    organisation: text("organisation"),
    profession: text("profession"),
  },
  participations: {
    participant: text("participant"),
    programme: text("programme"),
    status: text("status"),
    role: text("role"),
    country: text("country"),
    completedOn: text("completedOn"),
  },
  programmes: {
    id: text("id"),
    title: text("title"),
    kind: text("kind"),
    status: text("status"),
    "period.start": text("period", "start"),
    start: text("period", "start"),
    "period.end": text("period", "end"),
    end: text("period", "end"),
    "series.id": text("series", "id"),
    series: text("series", "id"),
    "series.session": number("series", "session"),
    session: number("series", "session"),
    organisations: { path: ["organisations"], type: "pairs", pair: ["organisation", "role"] },
    "venue.country": text("venue", "country"),
    venue: text("venue", "country"),
    "venue.city": text("venue", "city"),
    city: text("venue", "city"),
    mode: text("mode"),
    countries: { path: ["countries"], type: "list" },
    groups: { path: ["groups"], type: "list" },
    themes: { path: ["themes"], type: "list" },
    sdgTargets: { path: ["sdgTargets"], type: "list" },
    dacPurposeCodes: { path: ["dacPurposeCodes"], type: "numbers" },
    goals: { path: ["goals"], type: "pairs", pair: ["framework", "goal"] },
    pledges: { path: ["pledges"], type: "list" },
    "budget.amount": number("budget", "amount"),
    budget: number("budget", "amount"),
    "budget.currency": text("budget", "currency"),
    currency: text("budget", "currency"),
    "budget.approximate": { path: ["budget", "approximate"], type: "boolean" },
    "reportedParticipants.total": number("reportedParticipants", "total"),
    "reported.total": number("reportedParticipants", "total"),
    "reportedParticipants.countries": number("reportedParticipants", "countries"),
    "reported.countries": number("reportedParticipants", "countries"),
    "reportedParticipants.byCountry": {
      path: ["reportedParticipants", "byCountry"],
      type: "counts",
    },
    "reported.byCountry": { path: ["reportedParticipants", "byCountry"], type: "counts" },
  },
} as const satisfies Record<string, Record<string, ColumnSpec>>

/** Per-country columns: `reported.byCountry.UA` or `reportedParticipants.byCountry.UA`. */
const BY_COUNTRY_COLUMN = /^(?:reported|reportedParticipants)\.byCountry\.(.+)$/

const SCHEMAS = {
  organisations: organisationSchema,
  participants: participantSchema,
  participations: participationSchema,
  programmes: programmeSchema,
} as const

/**
 * The record type `fromRows` returns for each collection it reads.
 *
 * @category Validate
 */
export type RowRecords = {
  organisations: Organisation
  participants: Participant
  participations: Participation
  programmes: Programme
}

/**
 * The kinds of record `fromRows` reads: a dataset collection name, or its singular.
 *
 * @category Validate
 */
export type RowKind =
  | "organisations"
  | "organisation"
  | "participants"
  | "participant"
  | "participations"
  | "participation"
  | "programmes"
  | "programme"

/**
 * The collection a {@link RowKind} names: `"programme"` and `"programmes"` both name `"programmes"`.
 *
 * @category Validate
 */
export type RowCollection<K extends RowKind> = K extends `${infer C}s`
  ? `${C}s` & keyof RowRecords
  : `${K}s` & keyof RowRecords

/**
 * Options of {@link fromRows}.
 *
 * @category Validate
 */
export type FromRowsOptions = {
  /** Separator of list cells (`"VN;KH"`). Default `";"`. */
  listSeparator?: string
  /**
   * The row number of `rows[0]` in messages. Default 2: the number a spreadsheet shows for
   * the first data row under one header row.
   */
  firstRowNumber?: number
}

/**
 * What {@link fromRows} returns: the records when no issue is an error, and every issue.
 *
 * @category Validate
 */
export type FromRowsResult<T> =
  | { ok: true; records: T[]; issues: ValidationIssue[] }
  | { ok: false; records?: undefined; issues: ValidationIssue[] }

type Built = {
  record: Record<string, unknown>
  /** Field path (dotted) → the column it came from. */
  columns: Map<string, string>
  /** Paths whose cell could not be read: already reported, so not reported again as missing. */
  failed: string[][]
}

/**
 * Reads tabular records — rows of strings as any CSV parser returns them — into typed
 * records, and validates them.
 *
 * - Cells are trimmed; an empty cell is absent.
 * - Numbers are plain digits (`2653`, `10.5`): `"2,653"` is refused rather than guessed.
 * - Booleans: `true`/`false`, `yes`/`no`, `1`/`0`.
 * - Lists are split on `;` (`listSeparator`): `countries` `"VN;KH"`.
 * - Nested fields by dotted columns (`period.start`, `reported.total`) or by the aliases
 *   `start`, `end`, `series`, `session`, `venue`, `city`, `budget`, `currency`.
 * - Pairs as `a:b`: programme `organisations` `"unafei:implementing;moj:funding"`, `goals`
 *   `"jp-unodc-2024:goal-1"`; per-country figures as `reported.byCountry` `"UA:4;VN:2"` or one
 *   column per country, `reported.byCountry.UA`.
 * - `extra.<name>` columns go into `extra`, kept as text.
 *
 * Every record is checked against its schema and the rules that need no other records
 * (periods in order, reported figures that add up, the same participant twice); references
 * to other records are checked when the records are put in a dataset and passed to
 * `validateDataset`. Issues name the row and the column: "row 14, column 'start': '2024-13'
 * is not a date …", and carry `row` and `column`. An unknown column is one issue, not one per
 * row. Organisations, participants, participations and programmes can be read from rows.
 *
 * @example
 * const rows = parse(csvText, { columns: true }) // csv-parse, papaparse, …
 * const result = fromRows("programmes", rows)
 * if (result.ok) dataset.programmes = result.records
 * else for (const issue of result.issues) console.error(issue.message)
 *
 * @example
 * fromRows("programmes", [{ id: "p1", title: "T", kind: "seminar", status: "planned",
 *   start: "2024-13" }]).issues[0].message
 * //=> "row 2, column 'start': '2024-13' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD …"
 *
 * @category Validate
 */
export function fromRows<K extends RowKind>(
  kind: K,
  rows: readonly Readonly<Record<string, string | null | undefined>>[],
  options: FromRowsOptions = {},
): FromRowsResult<RowRecords[RowCollection<K>]> {
  const collection = (kind.endsWith("s") ? kind : `${kind}s`) as keyof RowRecords
  const separator = options.listSeparator ?? ";"
  const first = options.firstRowNumber ?? 2
  if (!Object.hasOwn(COLUMNS, collection)) {
    throw new RangeError(
      `fromRows cannot read ${quote(kind)}: use 'organisations', 'participants', 'participations' or 'programmes'`,
    )
  }
  const specs: Readonly<Record<string, ColumnSpec>> = COLUMNS[collection]
  const known = Object.keys(specs)
  const issues: ValidationIssue[] = []
  const built: Built[] = []
  const reportedColumns = new Set<string>()

  const push = (
    code: IssueCode,
    index: number,
    column: string | undefined,
    path: (string | number)[],
    message: string,
  ) => {
    const severity = RULES[code].severity
    const row = index + first
    const at = column === undefined ? `row ${row}` : `row ${row}, column '${column}'`
    const issue: ValidationIssue = {
      code,
      severity,
      path: [index, ...path],
      message: `${at}: ${message}`,
      row,
    }
    if (column !== undefined) issue.column = column
    issues.push(issue)
  }

  rows.forEach((row, index) => {
    const record: Record<string, unknown> = {}
    const columns = new Map<string, string>()
    const failed: string[][] = []
    for (const column of Object.keys(row)) {
      const raw = row[column]
      const cell = typeof raw === "string" ? raw.trim() : raw
      const isExtra = column.startsWith("extra.") && column.length > 6
      const perCountry = collection === "programmes" ? BY_COUNTRY_COLUMN.exec(column) : null
      const spec: ColumnSpec | undefined = Object.hasOwn(specs, column)
        ? specs[column]
        : perCountry !== null
          ? { path: ["reportedParticipants", "byCountry", perCountry[1] as string], type: "number" }
          : undefined
      if (spec === undefined && !isExtra) {
        // A misspelt column is reported once, at the first row, even where its cells are empty.
        if (!reportedColumns.has(column)) {
          reportedColumns.add(column)
          const hint = messages.unknownField(column, known).replace(/^unknown field '[^']*' — /, "")
          push("unknown-field", index, column, [column], `unknown column — ${hint}`)
        }
        continue
      }
      if (cell === undefined || cell === null || cell === "") continue
      if (isExtra) {
        setAt(record, ["extra", column.slice(6)], cell)
        columns.set(`extra.${column.slice(6)}`, column)
        continue
      }
      if (spec === undefined) continue
      const value = readCell(String(cell), spec, separator)
      if (isProblem(value)) {
        push(value.code, index, column, [...spec.path], value.problem)
        failed.push([...spec.path])
        continue
      }
      setAt(record, spec.path, value)
      columns.set(spec.path.join("."), column)
    }
    built.push({ record, columns, failed })
  })

  const schema = SCHEMAS[collection] as z.ZodType
  const records: unknown[] = []
  built.forEach(({ record, columns, failed }, index) => {
    const parsed = schema.safeParse(record)
    if (parsed.success) {
      records.push(parsed.data)
      return
    }
    for (const zodIssue of parsed.error.issues) {
      for (const explained of explainZodIssue(zodIssue, record)) {
        if (failed.some((path) => path.every((key, i) => explained.path[i] === key))) continue
        const column = columnOf(explained.path, columns)
        // With a column, the column names the subject; without (a missing field), the field does.
        const message = explained.render(column === undefined ? describeField(explained.path) : "")
        push(explained.code, index, column, explained.path, message)
      }
    }
  })

  // Rules that need only these records (no references): periods, reported figures, duplicates.
  const place: Placement = (location, field) => {
    const row = location.index + first
    const column = columnOf(field, built[location.index]?.columns ?? new Map())
    return {
      prefix: column === undefined ? `row ${row}` : `row ${row}, column '${column}'`,
      path: [location.index, ...field],
      row,
      ...(column === undefined ? {} : { column }),
    }
  }
  const reporter = createReporter(place)
  const ctx = buildContext(
    { [collection]: built.map((b) => b.record) } as Record<Collection, unknown>,
    reporter,
    { references: false, nameRecord: (_collection, index) => `row ${index + first}` },
  )
  if (collection === "programmes") checkProgrammes(ctx)
  if (collection === "participations") checkParticipations(ctx)
  issues.push(...reporter.issues)

  const ok = !issues.some((issue) => issue.severity === "error")
  return ok
    ? { ok: true, records: records as RowRecords[RowCollection<K>][], issues }
    : { ok: false, issues }
}

type CellProblem = { problem: string; code: IssueCode }

const PROBLEM = Symbol("cell problem")

function problem(text: string, code: IssueCode): CellProblem {
  return { problem: text, code, [PROBLEM]: true } as CellProblem
}

function isProblem(value: unknown): value is CellProblem {
  return typeof value === "object" && value !== null && PROBLEM in value
}

function readCell(cell: string, spec: ColumnSpec, separator: string): unknown {
  switch (spec.type) {
    case "text":
      return cell
    case "number":
      return readNumber(cell)
    case "boolean": {
      const lower = cell.toLowerCase()
      if (["true", "yes", "1"].includes(lower)) return true
      if (["false", "no", "0"].includes(lower)) return false
      return problem(
        `${quote(cell)} is not true or false (write true, false, yes, no, 1 or 0)`,
        "field/wrong-type",
      )
    }
    case "list":
      return splitList(cell, separator)
    case "numbers": {
      const values = splitList(cell, separator).map(readNumber)
      const bad = values.find(isProblem)
      return bad ?? values
    }
    case "pairs": {
      const [a, b] = spec.pair ?? ["a", "b"]
      const pairs: Record<string, string>[] = []
      for (const item of splitList(cell, separator)) {
        const parts = item.split(":")
        if (parts.length !== 2 || parts[0] === "" || parts[1] === "") {
          return problem(
            `${quote(item)} is not a pair: write ${a}:${b}, such as 'unafei:implementing'`,
            "field/invalid-format",
          )
        }
        pairs.push({ [a]: (parts[0] as string).trim(), [b]: (parts[1] as string).trim() })
      }
      return pairs
    }
    case "counts": {
      const counts: Record<string, unknown> = {}
      for (const item of splitList(cell, separator)) {
        const match = /^([^:]+):(.+)$/.exec(item)
        const n = match ? readNumber((match[2] as string).trim()) : undefined
        if (match === null || typeof n !== "number") {
          return problem(
            `${quote(item)} is not a count: write country:number, such as 'UA:4;VN:2'`,
            "field/invalid-format",
          )
        }
        counts[(match[1] as string).trim()] = n
      }
      return counts
    }
  }
}

function readNumber(cell: string): number | CellProblem {
  if (/^-?\d+(?:\.\d+)?$/.test(cell)) return Number(cell)
  return problem(
    `${quote(cell)} is not a number: write digits only, with a dot for decimals (2653, 10.5)`,
    "field/wrong-type",
  )
}

function splitList(cell: string, separator: string): string[] {
  return cell
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== "")
}

/** Sets a nested value on a record built from one row (keys are known column paths). */
function setAt(record: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let target = record
  for (const key of path.slice(0, -1)) {
    if (typeof target[key] !== "object" || target[key] === null) {
      Object.defineProperty(target, key, {
        value: {},
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    target = target[key] as Record<string, unknown>
  }
  // defineProperty, so that a country column such as reported.byCountry.__proto__ stays data.
  Object.defineProperty(target, path[path.length - 1] as string, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
}

/** The column a field path came from: the longest recorded prefix of the path. */
function columnOf(
  path: readonly (string | number)[],
  columns: ReadonlyMap<string, string>,
): string | undefined {
  for (let n = path.length; n > 0; n--) {
    const column = columns.get(path.slice(0, n).join("."))
    if (column !== undefined) return column
  }
  return undefined
}
