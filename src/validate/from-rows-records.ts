// The second half of fromRows: each record built from a row is checked against its schema,
// then by the rules that need no other records (periods, reported figures, duplicates).
import type * as z from "zod"
import { organisationSchema } from "../schemas/organisation.js"
import { participantSchema } from "../schemas/participant.js"
import { participationSchema } from "../schemas/participation.js"
import { programmeSchema } from "../schemas/programme.js"
import { columnFor, type RowCollectionName, startsWith } from "./from-rows-columns.js"
import { rowMessages } from "./from-rows-messages.js"
import { at, columnOf, issue } from "./from-rows-values.js"
import type { Collection, ValidationIssue } from "./issue.js"
import { describeField } from "./issue.js"
import { createReporter, type Placement } from "./reporter.js"
import { buildContext } from "./rules/context.js"
import { runRules } from "./rules/run-rules.js"
import { explainZodIssue } from "./zod-issues.js"

const SCHEMAS = {
  organisations: organisationSchema,
  participants: participantSchema,
  participations: participationSchema,
  programmes: programmeSchema,
} as const satisfies Record<RowCollectionName, z.ZodType>

/** One row as read: the record built from its cells. */
export type Built = {
  /** The row's index in `rows`. */
  index: number
  record: Record<string, unknown>
  /**
   * Field path (dotted) → the column it came from. Shared, and never changed, by the rows
   * that gave the same fields from the same columns (a layout), unless `layout` is false.
   */
  columns: ReadonlyMap<string, string>
  /** False once the row keeps its own `columns` (past the limits of shared layouts). */
  layout?: false
  /** Paths whose cell could not be read: already reported, so not reported again. */
  failed?: (readonly string[])[]
}

/** What reading the rows left for the checks, and where the checks put their results. */
export type RowsRead = {
  collection: RowCollectionName
  /** The row number of `rows[0]`. */
  first: number
  built: readonly Built[]
  /** The field paths of known columns of the header. */
  headerPaths: readonly (readonly string[])[]
  /** The fields that unknown columns' suggestions would fill (`titel` → `title`). */
  guessed: readonly (readonly string[])[]
  /** Issues about the header, at row `first - 1`. */
  header: ValidationIssue[]
  /** The schema's and the rules' issues. */
  checks: ValidationIssue[]
  /** The records that passed their schema. */
  records: unknown[]
}

type Absent = Map<string, { path: (string | number)[]; rows: number }>

/** The schema of each record, then the rules that need no other records. */
export function reportRecordIssues(read: RowsRead): void {
  const schema: z.ZodType = SCHEMAS[read.collection]
  const inHeader = headerLookup(read)
  /** Required fields that no column of the header gives: the field (as JSON) → how many rows lack it. */
  const absent: Absent = new Map()
  for (const built of read.built) {
    const parsed = schema.safeParse(built.record)
    if (parsed.success) {
      read.records.push(parsed.data)
      continue
    }
    for (const zodIssue of parsed.error.issues) {
      for (const explained of explainZodIssue(zodIssue, built.record)) {
        // Reported already: a cell that could not be read, or (missing) a field inside it.
        if (
          built.failed?.some(
            (path) =>
              startsWith(explained.path, path) ||
              (explained.code === "field/missing" && startsWith(path, explained.path)),
          )
        )
          continue
        if (explained.code === "field/missing" && !inHeader(explained.path)) {
          const key = JSON.stringify(explained.path)
          const entry = absent.get(key) ?? { path: explained.path, rows: 0 }
          entry.rows++
          absent.set(key, entry)
          continue
        }
        const column = columnOf(explained.path, built.columns)
        // With a column, the column names the subject; without (a missing field), the field does.
        const message = explained.render(column === undefined ? describeField(explained.path) : "")
        const row = built.index + read.first
        read.checks.push(
          issue(
            explained.code,
            [built.index, ...explained.path],
            `${at(row, column)}: ${message}`,
            row,
            column,
          ),
        )
      }
    }
  }
  reportAbsentColumns(read, absent)
  reportRules(read)
}

/** Rules that need only these records (no references): periods, reported figures, duplicates. */
function reportRules(read: RowsRead): void {
  const { built, first } = read
  const place: Placement = (location, field) => {
    const entry = built[location.index]
    const index = entry?.index ?? location.index
    const row = index + first
    const column = columnOf(field, entry?.columns ?? new Map())
    return {
      prefix: at(row, column),
      path: [index, ...field],
      row,
      ...(column === undefined ? {} : { column }),
    }
  }
  const reporter = createReporter(place)
  const ctx = buildContext(
    { [read.collection]: built.map((b) => b.record) } as Record<Collection, unknown>,
    {
      references: false,
      nameRecord: (_collection, index) =>
        rowMessages.record((built[index]?.index ?? index) + first),
    },
  )
  runRules(ctx, reporter)
  read.checks.push(...reporter.issues)
}

/**
 * Whether a column of the header gives this field or a field inside it. Asked once all rows
 * are read, so the answer is kept per field: one scan of the header per field, not per row.
 */
function headerLookup(read: RowsRead): (path: readonly (string | number)[]) => boolean {
  const cache = new Map<string, boolean>()
  return (path) => {
    const key = JSON.stringify(path)
    let found = cache.get(key)
    if (found === undefined) {
      found = read.headerPaths.some((given) => startsWith(given, path))
      cache.set(key, found)
    }
    return found
  }
}

/**
 * A required field that no column gives is one issue at the header row, unless an unknown
 * column's suggestion already names it (`titel` — did you mean 'title'?).
 */
function reportAbsentColumns(read: RowsRead, absent: Absent): void {
  const row = read.first - 1
  const count = read.built.length
  for (const { path, rows } of absent.values()) {
    if (read.guessed.some((guess) => startsWith(guess, path))) continue
    const field = describeField(path)
    const column = columnFor(read.collection, path.map(String))
    read.header.push(
      issue(
        "field/missing",
        [...path],
        `${at(row)}: ${rowMessages.absentColumn(field, rows, count, column)}`,
        row,
      ),
    )
  }
}
