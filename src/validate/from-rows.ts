import type { Organisation } from "../schemas/organisation.js"
import type { Participant } from "../schemas/participant.js"
import type { Participation } from "../schemas/participation.js"
import type { Programme } from "../schemas/programme.js"
import type { ChangeLog } from "./from-rows-compact.js"
import type { DateOrder } from "./from-rows-dates.js"
import { rowMessages } from "./from-rows-messages.js"
import type { RowChange, RowsOrigin } from "./from-rows-origin.js"
import { Reading } from "./from-rows-reading.js"
import { issue, reasonOf } from "./from-rows-values.js"
import type { ValidationIssue } from "./issue.js"

/**
 * The record type `fromRows` returns for each collection it reads ([columns](../../docs/importing-csv.md#columns)).
 *
 * @example
 * const person: RowRecords["participants"] = { id: "P-1", country: "VN" }
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
 * The kinds of record `fromRows` reads: a dataset collection name, or its singular
 * ([columns](../../docs/importing-csv.md#columns)).
 *
 * @example
 * const kind: RowKind = "participant"
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
 * The collection a {@link RowKind} names: `"programme"` and `"programmes"` both name `"programmes"`
 * ([columns](../../docs/importing-csv.md#columns)).
 *
 * @example
 * const collection: RowCollection<"programme"> = "programmes"
 *
 * @category Validate
 */
export type RowCollection<K extends RowKind> = K extends `${infer C}s`
  ? `${C}s` & keyof RowRecords
  : `${K}s` & keyof RowRecords

/**
 * Options of {@link fromRows} ([the profile](../../docs/importing-csv.md#the-profile-only-what-no-default-could-guess)).
 *
 * @example
 * const options: FromRowsOptions = { columns: { "Course No.": "programme" }, dateOrder: "day-first", file: "participations.csv" }
 *
 * @category Validate
 */
export type FromRowsOptions = {
  /** Separator of list cells (`"VN;KH"`). Default `";"`. */
  listSeparator?: string
  /**
   * The row number of `rows[0]` in messages, a whole number of at least 1. Default 2: the
   * number a spreadsheet shows for the first data row under one header row. Problems of the
   * header (an unknown column) are reported at the row before, `firstRowNumber - 1`.
   */
  firstRowNumber?: number
  /**
   * Header as written → the field it holds: a column name (`"programme"`), a field path
   * (`"period.start"`, `"reportedParticipants.byCountry.UA"`, `"extra.remarks"`), or `"-"` to
   * skip the column. Only for headers that no common label gives (`"Course No."`); a header
   * is matched as written, then in any case and spacing.
   */
  columns?: Record<string, string>
  /**
   * Field path (or column name) → { cell as written: value }: `{ status: { Passed:
   * "completed" } }`. Applied before the usual reading; every use is in `changes`.
   */
  values?: Record<string, Record<string, string>>
  /** Needed to read dates with the day and month as numbers: `15/05/2022` is `"day-first"`. */
  dateOrder?: DateOrder
  /** The file the rows come from: named in every issue (`file`, and its message) and change. */
  file?: string
}

/**
 * What {@link fromRows} returns: the records when no issue is an error, and every issue
 * ([problems, by row and column](../../docs/importing-csv.md#problems-by-row-and-column)).
 *
 * @example
 * const result: FromRowsResult<Participant> = fromRows("participants", rows)
 *
 * @category Validate
 */
export type FromRowsResult<T> =
  | { ok: true; records: T[]; issues: ValidationIssue[]; changes: RowChange[]; origin: RowsOrigin }
  | {
      ok: false
      records?: undefined
      issues: ValidationIssue[]
      changes: RowChange[]
      origin?: undefined
    }

/**
 * Reads rows as a CSV or spreadsheet reader returns them (one object per row, keyed by header)
 * into typed records, and checks each record ([what it reads](../../docs/importing-csv.md#what-fromrows-reads-without-options)).
 *
 * It never throws: every problem is an issue with `row` and `column`, and every value read as
 * something other than the cell as written is in `changes`. References between records are
 * checked later by {@link validateDataset}; `origin` traces its issues back with
 * {@link locateIssues} ([problems, by row and column](../../docs/importing-csv.md#problems-by-row-and-column)).
 *
 * @example
 * const rows = [{ "Participant ID": "P-1", Nationality: "Viet Nam", Sex: "F" }]
 * fromRows("participants", rows).records[0] //=> { id: "P-1", country: "VN", gender: "female" }
 *
 * @category Validate
 */
export function fromRows<K extends RowKind>(
  kind: K,
  rows: readonly Readonly<Record<string, unknown>>[],
  options?: FromRowsOptions,
): FromRowsResult<RowRecords[RowCollection<K>]> {
  return readRows(kind, rows, options)
}

/**
 * The body of {@link fromRows}; `adjust` (the CLI's chunks, from-rows-chunks.ts) sees the
 * reading before its issues are put together.
 */
export function readRows<K extends RowKind>(
  kind: K,
  rows: readonly Readonly<Record<string, unknown>>[],
  options: FromRowsOptions | undefined,
  adjust?: (reading: Reading) => void,
): FromRowsResult<RowRecords[RowCollection<K>]> {
  const reading = new Reading()
  try {
    const ok = reading.read(kind, rows, options)
    if (ok) adjust?.(reading)
    const issues = reading.issues()
    return ok && !issues.some((issue) => issue.severity === "error")
      ? withChanges(
          {
            ok: true,
            records: reading.records as RowRecords[RowCollection<K>][],
            issues,
            changes: NOT_YET,
            origin: reading.origin(),
          },
          reading.changes,
        )
      : withChanges({ ok: false, issues, changes: NOT_YET }, reading.changes)
  } catch (error) {
    // A last resort for rows that cannot be read (a Proxy of a list whose traps throw).
    reading.general.push(issue("rows/unreadable", [], rowMessages.rowsUnreadable(reasonOf(error))))
    return withChanges({ ok: false, issues: reading.issues(), changes: NOT_YET }, reading.changes)
  }
}

/** The place of `changes` in a result, until withChanges defines it. */
const NOT_YET: RowChange[] = []

/**
 * Defines a result's `changes` to be made from the compact log when first read (then a plain
 * data property, in its place among the keys): a caller that does not read the changes of a
 * million rows does not pay for a million objects.
 */
function withChanges<T extends { changes: RowChange[] }>(result: T, log: ChangeLog): T {
  const settle = (value: RowChange[]): RowChange[] => {
    Object.defineProperty(result, "changes", {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
    return value
  }
  Object.defineProperty(result, "changes", {
    enumerable: true,
    configurable: true,
    get: () => settle(log.list()),
    set: settle,
  })
  return result
}
