import type * as z from "zod"
import { messages } from "../messages.js"
import { isCountryCode } from "../reference/countries.js"
import type { Organisation } from "../schemas/organisation.js"
import { organisationSchema } from "../schemas/organisation.js"
import type { Participant } from "../schemas/participant.js"
import { participantSchema } from "../schemas/participant.js"
import type { Participation } from "../schemas/participation.js"
import { participationSchema } from "../schemas/participation.js"
import type { Programme } from "../schemas/programme.js"
import { programmeSchema } from "../schemas/programme.js"
import { nearest } from "../text/nearest.js"
import { quote } from "../text/quote.js"
import { type IssueCode, RULES } from "./catalogue.js"
import { type CellSettings, readCell } from "./from-rows-cells.js"
import {
  type ColumnMeaning,
  type ColumnSpec,
  columnFor,
  columnList,
  columnMeaning,
  ROW_COLUMNS,
  type RowCollectionName,
  startsWith,
} from "./from-rows-columns.js"
import type { DateOrder } from "./from-rows-dates.js"
import type { RowChange, RowsOrigin } from "./from-rows-origin.js"
import {
  checkProfile,
  PROFILE_OPTIONS,
  type Profile,
  readProfileOption,
} from "./from-rows-profile.js"
import type { Collection, ValidationIssue } from "./issue.js"
import { describeField } from "./issue.js"
import { createReporter, type Placement } from "./report.js"
import { buildContext } from "./rules/context.js"
import { checkParticipations } from "./rules/participations.js"
import { checkProgrammes } from "./rules/programmes.js"
import { explainZodIssue } from "./zod-issues.js"

const SCHEMAS = {
  organisations: organisationSchema,
  participants: participantSchema,
  participations: participationSchema,
  programmes: programmeSchema,
} as const satisfies Record<RowCollectionName, z.ZodType>

const COLLECTION_NAMES = /* @__PURE__ */ Object.keys(ROW_COLUMNS) as RowCollectionName[]

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
      ? {
          ok: true,
          records: reading.records as RowRecords[RowCollection<K>][],
          issues,
          changes: reading.changes,
          origin: reading.origin(),
        }
      : { ok: false, issues, changes: reading.changes }
  } catch (error) {
    // A last resort for rows that cannot be read (a Proxy of a list whose traps throw).
    reading.general.push(
      issue("rows/unreadable", [], `the rows could not be read: ${reasonOf(error)}`),
    )
    return { ok: false, issues: reading.issues(), changes: reading.changes }
  }
}

/** How the rows were read: the state of one call of {@link fromRows}. */
type Built = {
  /** The row's index in `rows`. */
  index: number
  record: Record<string, unknown>
  /** Field path (dotted) → the column it came from. */
  columns: Map<string, string>
  /** Paths whose cell could not be read: already reported, so not reported again. */
  failed: (readonly string[])[]
}

const PLURAL_KINDS = ["organisations", "participants", "participations", "programmes"]
const KIND_LIST = "'organisations', 'participants', 'participations' or 'programmes'"
/** No suggestion for a name longer than this: it is further than 3 edits from every known name. */
const GUESS_LIMIT = 3

class Reading {
  /** Issues about the call: options, kind, the list of rows. */
  general: ValidationIssue[] = []
  /** Issues about the header, at row `first - 1`. */
  header: ValidationIssue[] = []
  /** Issues about rows and cells, in row order; then the schema's and the rules'. */
  cells: ValidationIssue[] = []
  checks: ValidationIssue[] = []
  records: unknown[] = []
  changes: RowChange[] = []

  private readonly profile: Profile = {}
  private readonly settings: CellSettings = { separator: ";", cache: new Map() }
  private separator = ";"
  private first = 2
  private collection: RowCollectionName = "programmes"
  private readonly meanings = new Map<string, ColumnMeaning | "skip">()
  /** The field paths of known columns of the header. */
  private readonly headerPaths: (readonly string[])[] = []
  /** The fields that unknown columns' suggestions would fill (`titel` → `title`). */
  private readonly guessed: (readonly string[])[] = []
  private readonly built: Built[] = []
  private readonly inHeaderCache = new Map<string, boolean>()

  issues(): ValidationIssue[] {
    const all = [...this.general, ...this.header, ...this.cells, ...this.checks]
    const file = this.profile.file
    if (file === undefined) return all
    for (const issue of all) {
      issue.file = file
      issue.message = `${file}${issue.row === undefined ? ":" : ""} ${issue.message}`
    }
    return all
  }

  /** Where each record came from: its row, and the header of each field. */
  origin(): RowsOrigin {
    const columns: Record<string, string> = Object.create(null)
    for (const built of this.built) {
      for (const [path, column] of built.columns) if (!(path in columns)) columns[path] = column
    }
    const origin: RowsOrigin = { rows: this.built.map((b) => b.index + this.first), columns }
    if (this.profile.file !== undefined) origin.file = this.profile.file
    return origin
  }

  /** Records a change of a value; `from` is the cell as written. */
  private change(row: number, column: string, raw: unknown, to: string): void {
    let from: string
    try {
      from = raw instanceof Date ? raw.toISOString() : typeof raw === "string" ? raw : String(raw)
    } catch {
      from = "an unreadable value"
    }
    const file = this.profile.file
    this.changes.push(
      file === undefined ? { row, column, from, to } : { file, row, column, from, to },
    )
  }

  /** Reads everything; false when the rows could not be read at all. */
  read(kind: unknown, rows: unknown, options: unknown): boolean {
    this.readOptions(options)
    const collection = this.collectionOf(kind)
    if (collection === undefined) return false
    this.collection = collection
    checkProfile(this.profile, collection, (message) =>
      this.general.push(issue("rows/invalid-option", [], message)),
    )
    this.settings.separator = this.separator
    this.settings.dateOrder = this.profile.dateOrder
    this.settings.values = this.profile.values
    if (!Array.isArray(rows)) {
      this.general.push(
        issue(
          "rows/not-a-list",
          [],
          `rows must be a list of objects keyed by column header, such as csv-parse returns with { columns: true }, not ${describeValue(rows)}`,
        ),
      )
      return false
    }
    const length: unknown = rows.length
    if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 0) {
      this.general.push(
        issue("rows/unreadable", [], "the rows could not be read: the list has no length"),
      )
      return false
    }
    this.readRows(rows, length)
    this.check()
    return true
  }

  private readOptions(options: unknown): void {
    if (options === undefined) return
    const fail = (message: string) => this.general.push(issue("rows/invalid-option", [], message))
    if (!isPlain(options)) {
      fail(
        `options must be an object such as { listSeparator: '|' }, or left out, not ${describeValue(options)}`,
      )
      return
    }
    let names: string[]
    try {
      names = Object.keys(options)
    } catch (error) {
      fail(`options could not be read: ${reasonOf(error)}`)
      return
    }
    const known = ["listSeparator", "firstRowNumber", ...PROFILE_OPTIONS]
    for (const name of names) {
      if (!known.includes(name)) {
        const guess = guessName(name, known)
        fail(
          `unknown option ${quote(name)}${guess === undefined ? `: the options are ${known.map((k) => `'${k}'`).join(", ")}` : ` — did you mean '${guess}'?`}`,
        )
        continue
      }
      let given: unknown
      try {
        given = (options as Record<string, unknown>)[name]
      } catch (error) {
        fail(`option ${name} could not be read: ${reasonOf(error)}`)
        continue
      }
      if (given === undefined) continue
      if ((PROFILE_OPTIONS as readonly string[]).includes(name)) {
        try {
          readProfileOption(this.profile, name as (typeof PROFILE_OPTIONS)[number], given, fail)
        } catch (error) {
          fail(`option ${name} could not be read: ${reasonOf(error)}`)
        }
      } else if (name === "listSeparator") {
        if (typeof given === "string" && given !== "") this.separator = given
        else {
          fail(
            `option listSeparator must be a text of at least one character, such as ';' or '|', not ${describeValue(given)}`,
          )
        }
      } else if (typeof given === "number" && Number.isSafeInteger(given) && given >= 1) {
        this.first = given
      } else {
        fail(
          `option firstRowNumber must be a whole number of at least 1 (the row number of rows[0]), not ${describeValue(given)}`,
        )
      }
    }
  }

  private collectionOf(kind: unknown): RowCollectionName | undefined {
    if (typeof kind === "string") {
      const plural = kind.endsWith("s") ? kind : `${kind}s`
      if ((COLLECTION_NAMES as string[]).includes(plural)) return plural as RowCollectionName
    }
    const guess = typeof kind === "string" ? guessName(kind, PLURAL_KINDS) : undefined
    this.general.push(
      issue(
        "rows/unknown-kind",
        [],
        `fromRows cannot read ${describeValue(kind)}${guess === undefined ? "" : ` — did you mean '${guess}'?`}: use ${KIND_LIST} (pledges, frameworks and groupings are kept in JSON)`,
      ),
    )
    return undefined
  }

  private readRows(rows: readonly unknown[], length: number): void {
    /** The indices that hold a row, read once, at the first hole. */
    let present: number[] | undefined
    for (let index = 0; index < length; ) {
      let row: unknown
      let hole = false
      try {
        row = rows[index]
        hole = row === undefined && !(index in rows)
      } catch (error) {
        this.rowIssue("rows/unreadable", index, `the row could not be read: ${reasonOf(error)}`)
        index++
        continue
      }
      if (hole) {
        present ??= presentIndices(rows, length)
        const next = firstAbove(present, index, length)
        const message =
          next - index === 1
            ? `row ${index + this.first}: there is no row here (a hole in the list)`
            : `rows ${index + this.first}–${next - 1 + this.first}: there are no rows here (holes in the list)`
        this.cells.push(issue("rows/not-a-row", [index], message, index + this.first))
        index = next
        continue
      }
      this.readRow(row, index)
      index++
    }
  }

  private rowIssue(code: IssueCode, index: number, text: string, column?: string): void {
    const row = index + this.first
    this.cells.push(issue(code, [index], `${at(row, column)}: ${text}`, row, column))
  }

  private readRow(row: unknown, index: number): void {
    let columns: string[]
    try {
      const shape = shapeOf(row)
      if (shape !== undefined) {
        this.rowIssue(
          "rows/not-a-row",
          index,
          `the row is ${shape.what}: give ${shape.plain ? "a plain" : "an"} object keyed by column header, such as csv-parse returns with { columns: true }`,
        )
        return
      }
      columns = Object.keys(row as object)
    } catch (error) {
      this.rowIssue("rows/unreadable", index, `the row could not be read: ${reasonOf(error)}`)
      return
    }
    if (isBlank(row as Record<string, unknown>, columns)) return
    const built: Built = { index, record: {}, columns: new Map(), failed: [] }
    for (const column of columns) {
      const meaning = this.meaningOf(column)
      if (meaning === "skip" || meaning.kind === "unknown" || meaning.kind === "skip") continue
      const spec = meaning.spec
      let raw: unknown
      try {
        raw = (row as Record<string, unknown>)[column]
      } catch (error) {
        this.cellIssue(
          "rows/unreadable",
          built,
          column,
          spec.path,
          `the cell could not be read: ${reasonOf(error)}`,
        )
        built.failed.push(spec.path)
        continue
      }
      const cell = readCell(raw, spec, this.settings)
      for (const problem of cell.problems) {
        const path = problem.at === undefined ? spec.path : [...spec.path, problem.at]
        this.cellIssue(problem.code, built, column, path, problem.text, problem.suggestion)
        built.failed.push(path)
      }
      if (cell.value === undefined) continue
      if (cell.to !== undefined) this.change(index + this.first, column, raw, cell.to)
      if (spec.type === "counts") {
        const counts = cell.value as Record<string, unknown>
        const target = objectAt(built.record, spec.path)
        if (!built.columns.has(spec.path.join("."))) built.columns.set(spec.path.join("."), column)
        for (const country of Object.keys(counts)) {
          this.place(built, target, [...spec.path, country], counts[country], column)
        }
      } else {
        this.place(
          built,
          objectAt(built.record, spec.path.slice(0, -1)),
          spec.path,
          cell.value,
          column,
        )
      }
    }
    this.built.push(built)
  }

  private cellIssue(
    code: IssueCode,
    built: Built,
    column: string,
    path: readonly string[],
    text: string,
    suggestion?: string,
  ): void {
    const row = built.index + this.first
    const found = issue(code, [built.index, ...path], `${at(row, column)}: ${text}`, row, column)
    if (suggestion !== undefined) found.suggestion = suggestion
    this.cells.push(found)
  }

  /**
   * Sets a field of a record from a column, as an own property even for a key such as
   * `"__proto__"`. A field another column already gave is kept; a different value is an issue.
   */
  private place(
    built: Built,
    target: Record<string, unknown>,
    path: readonly string[],
    value: unknown,
    column: string,
  ): void {
    const key = path[path.length - 1] as string
    const dotted = path.join(".")
    if (Object.hasOwn(target, key)) {
      const before = target[key]
      if (!sameValue(before, value)) {
        this.cellIssue(
          "rows/conflicting-columns",
          built,
          column,
          path,
          `${quote(value)} differs from ${quote(before)} in column ${quote(built.columns.get(dotted) ?? "")}, which gives ${describeField(path)} too: keep one of the two columns`,
        )
        built.failed.push(path)
      }
      return
    }
    defineField(target, key, value)
    built.columns.set(dotted, column)
  }

  /** What a header means, worked out once per header, with its problem reported once. */
  private meaningOf(column: string): ColumnMeaning | "skip" {
    const known = this.meanings.get(column)
    if (known !== undefined) return known
    const meaning = columnMeaning(this.collection, column, this.profile.columns)
    const row = this.first - 1
    let result: ColumnMeaning | "skip" = meaning
    if (meaning.kind === "skip") {
      result = "skip"
    } else if (meaning.kind === "unknown") {
      const specs: Readonly<Record<string, ColumnSpec>> = ROW_COLUMNS[this.collection]
      const guess = guessName(column, Object.keys(specs))
      if (guess !== undefined) this.guessed.push((specs[guess] as ColumnSpec).path)
      const hint =
        guess === undefined
          ? `: the columns of ${this.collection} are ${columnList(this.collection)}; map it with the option columns, or '-' to skip it`
          : ` — did you mean '${guess}'?`
      const found = issue(
        "unknown-field",
        [column],
        `${at(row, column)}: unknown column${hint}`,
        row,
        column,
      )
      if (guess !== undefined) found.suggestion = guess
      this.header.push(found)
    } else if (meaning.kind === "country" && !isCountryCode(meaning.country)) {
      // The country is in the header: one issue for the column, not one per cell.
      this.header.push(
        issue(
          "country/invalid",
          [...meaning.spec.path],
          `${at(row, column)}: ${messages.countryCode(meaning.country)}`,
          row,
          column,
        ),
      )
      result = "skip"
    } else {
      this.headerPaths.push(meaning.spec.path)
      if (meaning.as !== undefined) this.change(row, column, column, meaning.as)
    }
    this.meanings.set(column, result)
    return result
  }

  /** The schema of each record, then the rules that need no other records. */
  private check(): void {
    const schema: z.ZodType = SCHEMAS[this.collection]
    /** Required fields that no column of the header gives: the field (as JSON) → how many rows lack it. */
    const absent = new Map<string, { path: (string | number)[]; rows: number }>()
    for (const built of this.built) {
      const parsed = schema.safeParse(built.record)
      if (parsed.success) {
        this.records.push(parsed.data)
        continue
      }
      for (const zodIssue of parsed.error.issues) {
        for (const explained of explainZodIssue(zodIssue, built.record)) {
          // Reported already: a cell that could not be read, or (missing) a field inside it.
          if (
            built.failed.some(
              (path) =>
                startsWith(explained.path, path) ||
                (explained.code === "field/missing" && startsWith(path, explained.path)),
            )
          )
            continue
          if (explained.code === "field/missing" && !this.inHeader(explained.path)) {
            const key = JSON.stringify(explained.path)
            const entry = absent.get(key) ?? { path: explained.path, rows: 0 }
            entry.rows++
            absent.set(key, entry)
            continue
          }
          const column = columnOf(explained.path, built.columns)
          // With a column, the column names the subject; without (a missing field), the field does.
          const message = explained.render(
            column === undefined ? describeField(explained.path) : "",
          )
          const row = built.index + this.first
          this.checks.push(
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
    this.reportAbsentColumns(absent)

    // Rules that need only these records (no references): periods, reported figures, duplicates.
    const built = this.built
    const first = this.first
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
      { [this.collection]: built.map((b) => b.record) } as Record<Collection, unknown>,
      reporter,
      {
        references: false,
        nameRecord: (_collection, index) => `row ${(built[index]?.index ?? index) + first}`,
      },
    )
    if (this.collection === "programmes") checkProgrammes(ctx)
    if (this.collection === "participations") checkParticipations(ctx)
    this.checks.push(...reporter.issues)
  }

  /**
   * Whether a column of the header gives this field or a field inside it. Asked once all rows
   * are read, so the answer is kept per field: one scan of the header per field, not per row.
   */
  private inHeader(path: readonly (string | number)[]): boolean {
    const key = JSON.stringify(path)
    let found = this.inHeaderCache.get(key)
    if (found === undefined) {
      found = this.headerPaths.some((given) => startsWith(given, path))
      this.inHeaderCache.set(key, found)
    }
    return found
  }

  /**
   * A required field that no column gives is one issue at the header row, unless an unknown
   * column's suggestion already names it (`titel` — did you mean 'title'?).
   */
  private reportAbsentColumns(
    absent: ReadonlyMap<string, { path: (string | number)[]; rows: number }>,
  ): void {
    const row = this.first - 1
    for (const { path, rows } of absent.values()) {
      if (this.guessed.some((guess) => startsWith(guess, path))) continue
      const field = describeField(path)
      const column = columnFor(this.collection, path.map(String))
      const who =
        rows === this.built.length ? "every row needs" : `${rows} of ${this.built.length} rows need`
      this.header.push(
        issue(
          "field/missing",
          [...path],
          `${at(row)}: no column gives ${field}, which ${who}: ${column === undefined ? "add a column for it" : `add a column '${column}'`}`,
          row,
        ),
      )
    }
  }
}

function issue(
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
function at(row: number, column?: string): string {
  return column === undefined ? `row ${row}` : `row ${row}, column ${quote(column)}`
}

/** The nearest known name, with no work at all on a name too long to be a typo of any. */
function guessName(name: string, known: readonly string[]): string | undefined {
  const longest = Math.max(...known.map((k) => k.length))
  return name.length <= longest + GUESS_LIMIT ? nearest(name, known) : undefined
}

/** A row whose every cell is empty: a blank line of the file, not a record (its number still counts). */
function isBlank(row: Record<string, unknown>, columns: readonly string[]): boolean {
  try {
    for (const column of columns) {
      const cell = row[column]
      if (cell === undefined || cell === null) continue
      if (typeof cell === "string" && cell.trim() === "") continue
      return false
    }
    return true
  } catch {
    // A getter that throws: not blank; reading the cell reports it.
    return false
  }
}

/** Why a row is not one: `undefined` for a plain object (of any realm, or without prototype). */
function shapeOf(row: unknown): { what: string; plain?: boolean } | undefined {
  if (typeof row !== "object" || row === null) return { what: describeValue(row) }
  if (Array.isArray(row)) return { what: "a list of cells" }
  return isPlain(row) ? undefined : { what: describeValue(row), plain: true }
}

/** A plain object: its prototype is `Object.prototype` (of any realm) or `null`. May throw (a Proxy). */
function isPlain(value: unknown): value is object {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value)
  return proto === null || Object.getPrototypeOf(proto) === null
}

/** A value named for a message, without calling anything it defines. */
function describeValue(value: unknown): string {
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
function reasonOf(error: unknown): string {
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
function presentIndices(rows: readonly unknown[], length: number): number[] {
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
function firstAbove(present: readonly number[], index: number, length: number): number {
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
function objectAt(
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
function defineField(target: Record<string, unknown>, key: string, value: unknown): void {
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

function sameValue(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b)
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
