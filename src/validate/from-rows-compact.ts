// The compact structures of one fromRows call over many rows: the column layouts rows share,
// and the log of changes kept as typed lists (made into RowChange objects only when read).
import type { RowChange } from "./from-rows-origin.js"

/** No more layouts than this are shared, nor more fields in one: past them a row keeps its own. */
const LAYOUT_LIMIT = 4096
const LAYOUT_FIELDS = 64

/**
 * The columns rows gave their fields from, as shared maps: the rows of a register give the
 * same fields from the same columns, so a million rows share a few maps instead of a million.
 * A layout is never changed once made; a row that gives one more field moves to the next one.
 */
export class Layouts {
  readonly root: ReadonlyMap<string, string> = new Map()
  private readonly children = new Map<
    ReadonlyMap<string, string>,
    Map<string, Map<string, ReadonlyMap<string, string>>>
  >()
  private count = 0

  /** The layout `from` with `dotted` given by `column`; undefined past the limits. */
  next(
    from: ReadonlyMap<string, string>,
    dotted: string,
    column: string,
  ): ReadonlyMap<string, string> | undefined {
    let byField = this.children.get(from)
    const known = byField?.get(dotted)?.get(column)
    if (known !== undefined) return known
    if (this.count >= LAYOUT_LIMIT || from.size >= LAYOUT_FIELDS) return undefined
    if (byField === undefined) {
      byField = new Map()
      this.children.set(from, byField)
    }
    let byColumn = byField.get(dotted)
    if (byColumn === undefined) {
      byColumn = new Map()
      byField.set(dotted, byColumn)
    }
    const layout = new Map(from).set(dotted, column)
    byColumn.set(column, layout)
    this.count++
    return layout
  }
}

/**
 * The changes of one call, kept compact: a million rows of office values make a million
 * changes but a few dozen distinct ones (column, cell as written, value read). Each change is
 * its row and the number of its distinct change, in two typed lists; made into `RowChange`s
 * only when read.
 */
export class ChangeLog {
  file: string | undefined
  length = 0
  private rows = new Float64Array(64)
  private kinds = new Int32Array(64)
  /** Column → cell as written → the number of the distinct change. */
  private readonly known = new Map<string, Map<string, number>>()
  private readonly distinct: { column: string; from: string; to: string }[] = []

  add(row: number, column: string, from: string, to: string): void {
    let byFrom = this.known.get(column)
    if (byFrom === undefined) {
      byFrom = new Map()
      this.known.set(column, byFrom)
    }
    let kind = byFrom.get(from)
    // A cell as written is read the same way in every row of its column: `to` is the same.
    if (kind === undefined || (this.distinct[kind] as { to: string }).to !== to) {
      kind = this.distinct.length
      this.distinct.push({ column, from, to })
      byFrom.set(from, kind)
    }
    if (this.length === this.rows.length) {
      const rows = new Float64Array(this.length * 2)
      rows.set(this.rows)
      this.rows = rows
      const kinds = new Int32Array(this.length * 2)
      kinds.set(this.kinds)
      this.kinds = kinds
    }
    this.rows[this.length] = row
    this.kinds[this.length] = kind
    this.length++
  }

  /** The changes as `RowChange`s, in the order they were made. */
  list(): RowChange[] {
    const { file, rows, kinds, distinct } = this
    const list: RowChange[] = new Array(this.length)
    for (let i = 0; i < this.length; i++) {
      const row = rows[i] as number
      const { column, from, to } = distinct[kinds[i] as number] as RowChange
      list[i] = file === undefined ? { row, column, from, to } : { file, row, column, from, to }
    }
    return list
  }
}
