// The first half of fromRows: rows and cells read into records, column by column, with every
// problem of the rows, the header and the cells reported. from-rows-records.ts checks the records.
import { messages } from "../messages.js"
import { isCountryCode } from "../reference/countries.js"
import { quote } from "../text/quote.js"
import type { IssueCode } from "./catalogue.js"
import { type CellSettings, readCell } from "./from-rows-cells.js"
import {
  type ColumnMeaning,
  type ColumnSpec,
  columnList,
  columnMeaning,
  ROW_COLUMNS,
  type RowCollectionName,
} from "./from-rows-columns.js"
import { readKind, readOptions } from "./from-rows-options.js"
import type { RowChange, RowsOrigin } from "./from-rows-origin.js"
import { checkProfile, type Profile } from "./from-rows-profile.js"
import { type Built, type RowsRead, reportRecordIssues } from "./from-rows-records.js"
import {
  at,
  defineField,
  describeValue,
  firstAbove,
  guessName,
  issue,
  objectAt,
  presentIndices,
  reasonOf,
  sameValue,
  shapeOf,
} from "./from-rows-values.js"
import type { ValidationIssue } from "./issue.js"
import { describeField } from "./issue.js"

/** How the rows were read: the state of one call of fromRows. */
export class Reading implements RowsRead {
  /** Issues about the call: options, kind, the list of rows. */
  general: ValidationIssue[] = []
  /** Issues about the header, at row `first - 1`. */
  header: ValidationIssue[] = []
  /** Issues about rows and cells, in row order; then the schema's and the rules'. */
  cells: ValidationIssue[] = []
  checks: ValidationIssue[] = []
  records: unknown[] = []
  /** Every value read as something other than the cell as written, and headers read as columns. */
  changes: RowChange[] = []

  private profile: Profile = {}
  private readonly settings: CellSettings = { separator: ";", cache: new Map() }
  separator = ";"
  first = 2
  collection: RowCollectionName = "programmes"
  private readonly meanings = new Map<string, ColumnMeaning | "skip">()
  /** The field paths of known columns of the header. */
  readonly headerPaths: (readonly string[])[] = []
  /** The fields that unknown columns' suggestions would fill (`titel` → `title`). */
  readonly guessed: (readonly string[])[] = []
  readonly built: Built[] = []

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
    const { separator, first, profile } = readOptions(options, this.general)
    this.separator = separator
    this.first = first
    this.profile = profile
    const collection = readKind(kind, this.general)
    if (collection === undefined) return false
    this.collection = collection
    checkProfile(profile, collection, (message) =>
      this.general.push(issue("rows/invalid-option", [], message)),
    )
    this.settings.separator = separator
    this.settings.dateOrder = profile.dateOrder
    this.settings.values = profile.values
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
    reportRecordIssues(this)
    return true
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
