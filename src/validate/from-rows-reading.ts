// The first half of fromRows: rows and cells read into records, column by column, with every
// problem of the rows, the header and the cells reported. from-rows-records.ts checks the records.
import { messages } from "../messages.js"
import { isCountryCode } from "../reference/countries.js"
import { quote } from "../text/quote.js"
import type { IssueCode } from "./catalogue.js"
import { readCell } from "./from-rows-cells.js"
import {
  type ColumnMeaning,
  type ColumnSpec,
  columnList,
  columnMeaning,
  ROW_COLUMNS,
  type RowCollectionName,
} from "./from-rows-columns.js"
import { readKind, readOptions } from "./from-rows-options.js"
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
    return [...this.general, ...this.header, ...this.cells, ...this.checks]
  }

  /** Reads everything; false when the rows could not be read at all. */
  read(kind: unknown, rows: unknown, options: unknown): boolean {
    const { separator, first } = readOptions(options, this.general)
    this.separator = separator
    this.first = first
    const collection = readKind(kind, this.general)
    if (collection === undefined) return false
    this.collection = collection
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
    const built: Built = { index, record: {}, columns: new Map(), failed: [] }
    for (const column of columns) {
      const meaning = this.meaningOf(column)
      if (meaning === "skip" || meaning.kind === "unknown") continue
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
      const cell = readCell(raw, spec, this.separator)
      for (const problem of cell.problems) {
        const path = problem.at === undefined ? spec.path : [...spec.path, problem.at]
        this.cellIssue(problem.code, built, column, path, problem.text)
        built.failed.push(path)
      }
      if (cell.value === undefined) continue
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
  ): void {
    const row = built.index + this.first
    this.cells.push(issue(code, [built.index, ...path], `${at(row, column)}: ${text}`, row, column))
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
    const meaning = columnMeaning(this.collection, column)
    const row = this.first - 1
    let result: ColumnMeaning | "skip" = meaning
    if (meaning.kind === "unknown") {
      const specs: Readonly<Record<string, ColumnSpec>> = ROW_COLUMNS[this.collection]
      const guess = guessName(column, Object.keys(specs))
      if (guess !== undefined) this.guessed.push((specs[guess] as ColumnSpec).path)
      const hint =
        guess === undefined
          ? `: the columns of ${this.collection} are ${columnList(this.collection)}`
          : ` — did you mean '${guess}'?`
      this.header.push(
        issue("unknown-field", [column], `${at(row, column)}: unknown column${hint}`, row, column),
      )
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
    }
    this.meanings.set(column, result)
    return result
  }
}
