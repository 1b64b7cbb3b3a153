// The first half of fromRows: rows and cells read into records, column by column, with every
// problem of the rows, the header and the cells reported. from-rows-records.ts checks the records.
import { messages } from "../messages.js"
import { isCountryCode } from "../reference/countries.js"
import type { IssueCode } from "./catalogue.js"
import { type CellSettings, readCell } from "./from-rows-cells.js"
import {
  type ColumnSpec,
  columnList,
  columnMeaning,
  ROW_COLUMNS,
  type RowCollectionName,
} from "./from-rows-columns.js"
import { ChangeLog, Layouts } from "./from-rows-compact.js"
import { rowMessages } from "./from-rows-messages.js"
import { readKind, readOptions } from "./from-rows-options.js"
import type { RowsOrigin } from "./from-rows-origin.js"
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
  readonly changes = new ChangeLog()

  private profile: Profile = {}
  private readonly settings: CellSettings = { separator: ";", cache: new Map() }
  separator = ";"
  first = 2
  collection: RowCollectionName = "programmes"
  /** What each header means, with the parts of its field path worked out once. */
  private readonly meanings = new Map<string, Placed | "skip">()
  /** The columns rows placed their fields from, shared by rows that placed the same ones. */
  private readonly layouts = new Layouts()
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
    // Rows of one layout give the same columns: each layout is read once.
    const seen = new Set<ReadonlyMap<string, string>>()
    for (const built of this.built) {
      if (seen.has(built.columns)) continue
      seen.add(built.columns)
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
      from = typeof raw === "string" ? raw : raw instanceof Date ? raw.toISOString() : String(raw)
    } catch {
      from = "an unreadable value"
    }
    this.changes.add(row, column, from, to)
  }

  /** Reads everything; false when the rows could not be read at all. */
  read(kind: unknown, rows: unknown, options: unknown): boolean {
    const { separator, first, profile } = readOptions(options, this.general)
    this.separator = separator
    this.first = first
    this.profile = profile
    this.changes.file = profile.file
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
      this.general.push(issue("rows/not-a-list", [], rowMessages.notAList(describeValue(rows))))
      return false
    }
    const length: unknown = rows.length
    if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 0) {
      this.general.push(issue("rows/unreadable", [], rowMessages.noLength()))
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
        this.rowIssue("rows/unreadable", index, rowMessages.rowUnreadable(reasonOf(error)))
        index++
        continue
      }
      if (hole) {
        present ??= presentIndices(rows, length)
        const next = firstAbove(present, index, length)
        const message =
          next - index === 1
            ? rowMessages.hole(index + this.first)
            : rowMessages.holes(index + this.first, next - 1 + this.first)
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
        this.rowIssue("rows/not-a-row", index, rowMessages.notARow(shape.what, shape.plain))
        return
      }
      columns = Object.keys(row as object)
    } catch (error) {
      this.rowIssue("rows/unreadable", index, rowMessages.rowUnreadable(reasonOf(error)))
      return
    }
    if (isBlank(row as Record<string, unknown>, columns)) return
    const built: Built = { index, record: {}, columns: this.layouts.root }
    const settings = this.settings
    for (const column of columns) {
      const placed = this.meaningOf(column)
      if (placed === "skip") continue
      const spec = placed.spec
      let raw: unknown
      try {
        raw = (row as Record<string, unknown>)[column]
      } catch (error) {
        this.cellIssue(
          "rows/unreadable",
          built,
          column,
          spec.path,
          rowMessages.cellUnreadable(reasonOf(error)),
        )
        failedAt(built, spec.path)
        continue
      }
      // Text as written (the most common cell): no cell to build, nothing changed.
      if (typeof raw === "string" && placed.plain) {
        const cell = raw.trim()
        if (cell !== "" && placed.values?.get(cell) === undefined) {
          this.place(built, objectAt(built.record, placed.parent), placed, cell, column)
          continue
        }
      }
      const cell = readCell(raw, spec, settings, placed.values)
      for (const problem of cell.problems) {
        const path = problem.at === undefined ? spec.path : [...spec.path, problem.at]
        this.cellIssue(problem.code, built, column, path, problem.text, problem.suggestion)
        failedAt(built, path)
      }
      if (cell.value === undefined) continue
      if (cell.to !== undefined) this.change(index + this.first, column, raw, cell.to)
      if (spec.type === "counts") {
        const counts = cell.value as Record<string, unknown>
        const target = objectAt(built.record, spec.path)
        if (!built.columns.has(placed.dotted)) this.setColumn(built, placed.dotted, column)
        for (const country of Object.keys(counts)) {
          const path = [...spec.path, country]
          this.place(built, target, { path, dotted: path.join(".") }, counts[country], column)
        }
      } else {
        this.place(built, objectAt(built.record, placed.parent), placed, cell.value, column)
      }
    }
    this.built.push(built)
  }

  /** Notes that a field came from a column: a shared layout while there is one, else the row's own. */
  private setColumn(built: Built, dotted: string, column: string): void {
    if (built.layout !== false) {
      const next = this.layouts.next(built.columns, dotted, column)
      if (next !== undefined) {
        built.columns = next
        return
      }
      built.layout = false
      built.columns = new Map(built.columns)
    }
    ;(built.columns as Map<string, string>).set(dotted, column)
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
    field: { path: readonly string[]; dotted: string },
    value: unknown,
    column: string,
  ): void {
    const { path, dotted } = field
    const key = path[path.length - 1] as string
    if (Object.hasOwn(target, key)) {
      const before = target[key]
      if (!sameValue(before, value)) {
        this.cellIssue(
          "rows/conflicting-columns",
          built,
          column,
          path,
          rowMessages.conflictingColumns(
            value,
            before,
            built.columns.get(dotted) ?? "",
            describeField(path),
          ),
        )
        failedAt(built, path)
      }
      return
    }
    defineField(target, key, value)
    this.setColumn(built, dotted, column)
  }

  /** What a header means, worked out once per header, with its problem reported once. */
  private meaningOf(column: string): Placed | "skip" {
    const known = this.meanings.get(column)
    if (known !== undefined) return known
    const meaning = columnMeaning(this.collection, column, this.profile.columns)
    const row = this.first - 1
    let result: Placed | "skip" = "skip"
    if (meaning.kind === "skip") {
      result = "skip"
    } else if (meaning.kind === "unknown") {
      const specs: Readonly<Record<string, ColumnSpec>> = ROW_COLUMNS[this.collection]
      const guess = guessName(column, Object.keys(specs))
      if (guess !== undefined) this.guessed.push((specs[guess] as ColumnSpec).path)
      const found = issue(
        "unknown-field",
        [column],
        `${at(row, column)}: ${rowMessages.unknownColumn(this.collection, columnList(this.collection), guess)}`,
        row,
        column,
      )
      if (guess !== undefined) found.suggestion = guess
      this.header.push(found)
      result = "skip"
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
      result = placedOf(meaning.spec, this.settings.values)
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

/**
 * A column's field, worked out once per header: its spec, its path dotted and the path of the
 * object that holds it, its entries of the `values` option, and whether a text cell is the
 * value as written (`plain`: a text column).
 */
type Placed = {
  spec: ColumnSpec
  path: readonly string[]
  dotted: string
  parent: readonly string[]
  values: ReadonlyMap<string, string> | undefined
  plain: boolean
}

function placedOf(
  spec: ColumnSpec,
  values: ReadonlyMap<string, ReadonlyMap<string, string>> | undefined,
): Placed {
  const dotted = spec.path.join(".")
  return {
    spec,
    path: spec.path,
    dotted,
    parent: spec.path.slice(0, -1),
    values: values?.get(dotted),
    plain: spec.type === "text" || spec.type === "kept",
  }
}

/** Notes a field whose cell could not be read (the list made at the row's first). */
function failedAt(built: Built, path: readonly string[]): void {
  if (built.failed === undefined) built.failed = [path]
  else built.failed.push(path)
}
