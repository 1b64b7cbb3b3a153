import type { Organisation } from "../schemas/organisation.js"
import type { Participant } from "../schemas/participant.js"
import type { Participation } from "../schemas/participation.js"
import type { Programme } from "../schemas/programme.js"
import { Reading } from "./from-rows-reading.js"
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
}

/**
 * What {@link fromRows} returns: the records when no issue is an error, and every issue.
 *
 * @category Validate
 */
export type FromRowsResult<T> =
  | { ok: true; records: T[]; issues: ValidationIssue[] }
  | { ok: false; records?: undefined; issues: ValidationIssue[] }

/**
 * Reads tabular records — rows as any CSV or spreadsheet reader returns them, one object per
 * row keyed by column header — into typed records, and validates them.
 *
 * It never throws, whatever it is given — an unknown kind, rows that are not a list, a row
 * that is `null`, a getter or a Proxy that throws, options that are not an object: every
 * problem is an issue with a code from {@link RULES} (`rows/…` for what is not a row), a
 * `row` and `column` where there is one, and a one-line message that says what would be
 * right. Nothing is dropped or changed silently.
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
 *   (`2024` for a year); `true`/`false` in a true-or-false column. Anything else is an issue,
 *   never stringified: an object or a list, a `Date` (its day depends on a time zone), a
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
 * participations and programmes can be read from rows.
 *
 * @param kind - `"programmes"`, `"participants"`, `"participations"` or `"organisations"`
 * (or the singular).
 * @param rows - One object per row, keyed by column header (csv-parse with `columns: true`).
 * It is not modified.
 * @param options - `listSeparator` and `firstRowNumber`.
 * @returns `{ ok, records?, issues }`: the records when no issue is an error.
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
 * @category Validate
 */
export function fromRows<K extends RowKind>(
  kind: K,
  rows: readonly Readonly<Record<string, unknown>>[],
  options?: FromRowsOptions,
): FromRowsResult<RowRecords[RowCollection<K>]> {
  const reading = new Reading()
  try {
    const ok = reading.read(kind, rows, options)
    const issues = reading.issues()
    return ok && !issues.some((issue) => issue.severity === "error")
      ? { ok: true, records: reading.records as RowRecords[RowCollection<K>][], issues }
      : { ok: false, issues }
  } catch (error) {
    // A last resort for rows that cannot be read (a Proxy of a list whose traps throw).
    reading.general.push(
      issue("rows/unreadable", [], `the rows could not be read: ${reasonOf(error)}`),
    )
    return { ok: false, issues: reading.issues() }
  }
}
