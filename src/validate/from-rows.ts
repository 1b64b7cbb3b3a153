import type { Organisation } from "../schemas/organisation.js"
import type { Participant } from "../schemas/participant.js"
import type { Participation } from "../schemas/participation.js"
import type { Programme } from "../schemas/programme.js"
import type { DateOrder } from "./from-rows-dates.js"
import { rowMessages } from "./from-rows-messages.js"
import type { RowChange, RowsOrigin } from "./from-rows-origin.js"
import { type ChangeLog, Reading } from "./from-rows-reading.js"
import { issue, reasonOf } from "./from-rows-values.js"
import type { ValidationIssue } from "./issue.js"

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
 * What {@link fromRows} returns: the records when no issue is an error, and every issue.
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
 * Reads tabular records — rows as any CSV or spreadsheet reader returns them, one object per
 * row keyed by column header — into typed records, and validates them.
 *
 * It never throws, whatever it is given — an unknown kind, rows that are not a list, a row
 * that is `null`, a getter or a Proxy that throws, options that are not an object: every
 * problem is an issue with a code from {@link RULES} (`rows/…` for what is not a row), a
 * `row` and `column` where there is one, and a one-line message that says what would be
 * right, with `suggestion` where a value was probably meant. Nothing is dropped or changed
 * silently: every value read as something other than the cell as written is in `changes`.
 *
 * It reads what offices write (docs/importing-csv.md):
 * - Headers in any case and spacing (`Birth Year` → `birthYear`) and by common labels (`Sex`,
 *   `Nationality`, `Start Date`); others through the `columns` option (`"Course No."` →
 *   `"programme"`, `"-"` to skip).
 * - Enum cells in any case or spacing, with common synonyms and a trailing qualifier in
 *   brackets set aside: `F`, `Completed`, `Attended (partial)`, `Police officer`, `Training
 *   course`; your own words through `values`. A word it does not know: the nearest value.
 * - Countries as alpha-2, alpha-3 or numeric codes in any case, or names (`Viet Nam`, `Lao
 *   PDR`, `Côte d'Ivoire`, `Türkiye`, `Republic of Korea`); a near name is suggested.
 * - Dates as `2024`, `2024-10`, `2024-10-15`, `2024-10-15 00:00:00`, `Oct 2024`, `15 May
 *   2022`; day and month as numbers (`15/05/2022`) only with `dateOrder`, never guessed.
 * - A row whose every cell is empty is no record; row numbers count it (as a spreadsheet does).
 *
 * - Cells are trimmed; an empty cell (`""`, `null`, `undefined`) is absent.
 * - Numbers are plain digits (`2653`, `10.5`): `"2,653"` is refused rather than guessed, and so
 *   is a number with more digits than a number holds exactly.
 * - Booleans: `true`/`false`, `yes`/`no`, `1`/`0`.
 * - Lists are split on `;` (`listSeparator`): `countries` `"VN;KH"`.
 * - Nested fields by dotted columns (`period.start`, `reported.total`) or by the aliases
 *   `start`, `end`, `series`, `session`, `venue`, `city`, `budget`, `currency`.
 * - Pairs as `a:b`: programme `organisations` `"unafei:implementing;moj:funding"`, `goals`
 *   `"japan-unodc-2024-2026:rule-of-law"`; per-country figures as `reported.byCountry`
 *   `"UA:4;VN:2"` or one column per country, `reported.byCountry.UA`.
 * - `extra.<name>` columns go into `extra`, as text (or a number or true/false, as given).
 * - Cells that are not text, as spreadsheet readers return them: a number is read as its
 *   value in a number column, and as its digits in a text column when it is a whole number
 *   (`2024` for a year); `true`/`false` in a true-or-false column; a `Date` at midnight UTC
 *   (as .xlsx readers give date cells) in a date column. Anything else is an issue, never
 *   stringified: an object or a list, another `Date` (its day depends on a time zone), a
 *   fraction in a text column (`16.10` may have become `16.1`), `NaN`.
 * - Two columns for one field (`start` and `period.start`) that give different values are an
 *   issue, never the last one kept.
 *
 * Every record is checked against its schema and the rules that need no other records
 * (periods in order, reported figures that add up, the same participant twice); references
 * to other records are checked when the records are put in a dataset and passed to
 * `validateDataset`. Issues name the row and the column: "row 14, column 'start': '2024-13'
 * is not a date …", and carry `row` and `column`. A problem of the header — an unknown
 * column, a per-country column that is not a country, a required column that is absent — is
 * one issue at the header row (`firstRowNumber - 1`, row 1 by default), with a `path`
 * without a row index, and is not repeated in every row. Organisations, participants,
 * participations and programmes can be read from rows. With `file`, every issue and change
 * names the file. `origin` (when `ok`) gives each record's row and each field's header: pass
 * it to {@link locateIssues} to trace issues of `validateDataset` back to the file.
 *
 * @param kind - `"programmes"`, `"participants"`, `"participations"` or `"organisations"`
 * (or the singular).
 * @param rows - One object per row, keyed by column header (csv-parse with `columns: true`).
 * It is not modified.
 * @param options - `columns`, `values`, `dateOrder`, `file`, `listSeparator` and `firstRowNumber`.
 * @returns `{ ok, records?, issues, changes, origin? }`: the records (and their origin) when
 * no issue is an error; `changes` in every case (kept compact, and made into a list when first
 * read: then a plain data property).
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
 * @example
 * fromRows("participants", [null]).issues[0].code //=> "rows/not-a-row"
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
