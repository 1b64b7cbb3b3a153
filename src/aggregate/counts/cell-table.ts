import { PersonSet } from "./person-set.js"

/** One cell of a cross-tab: its values (one per dimension), and its count or its persons. */
export type Cell = {
  readonly values: readonly string[]
  count: number
  persons: PersonSet | undefined
}

/** A cell as structured-cloneable data. */
export type SavedCell = { values: string[]; count: number; persons: number[] | null }

/** Place values of the numeric cell keys: value ids below 1024, up to three dimensions. */
const RADIX = [1, 1024, 1024 * 1024] as const

/** A key of a list of values that no other list shares (each value prefixed by its length). */
function cellKey(values: readonly string[]): string {
  let key = ""
  for (const v of values) key += `${v.length}:${v}`
  return key
}

/**
 * The cells of a cross-tab, counting records — or distinct persons, given the number of
 * participants. Cells of up to three dimensions whose values have small ids are kept under a
 * numeric key, so that counting a record builds no string; the others under `cellKey`.
 */
export class CellTable {
  /** Per dimension: each value seen, as a small id. */
  private readonly valueIds: Map<string, number>[]
  private readonly numbered = new Map<number, Cell>()
  private readonly keyed = new Map<string, Cell>()
  private readonly persons: number | undefined

  /** `persons`: the number of participants when a cell counts distinct persons. */
  constructor(dimensions: number, persons: number | undefined) {
    this.valueIds = Array.from({ length: dimensions }, () => new Map())
    this.persons = persons
  }

  /** Counts a record (of participant `person`) in the cell of `values`. */
  count(values: readonly string[], person: number): void {
    if (!this.countNumbered(values, person)) this.countKeyed(cellKey(values), values, person)
  }

  /**
   * Counts a record in every cell of the combinations of `values`, where a dimension may have
   * several values (a programme with several themes counts under each).
   */
  countEach(values: readonly (string | readonly string[])[], person: number): void {
    const combination: string[] = []
    const visit = (k: number): void => {
      if (k === values.length) {
        this.count(combination, person)
        return
      }
      const value = values[k] as string | readonly string[]
      for (const v of typeof value === "string" ? [value] : value) {
        combination.push(v)
        visit(k + 1)
        combination.pop()
      }
    }
    visit(0)
  }

  /** Counts a record in the cell of `values`, whose `cellKey` is `key`. */
  private countKeyed(key: string, values: readonly string[], person: number): void {
    let cell = this.keyed.get(key)
    if (cell === undefined) {
      cell = this.newCell(values.slice())
      this.keyed.set(key, cell)
    }
    if (cell.persons !== undefined) cell.persons.add(person)
    else cell.count++
  }

  /** A cell's count: of records, or of distinct persons. */
  static countOf(cell: Cell): number {
    return cell.persons === undefined ? cell.count : cell.persons.size
  }

  /** Every cell once (numbered and keyed cells combined). */
  cells(): Iterable<Cell> {
    if (this.numbered.size === 0) return this.keyed.values()
    const all = new Map<string, Cell>()
    for (const cells of [this.numbered.values(), this.keyed.values()])
      for (const cell of cells) this.combineInto(all, cell)
    return all.values()
  }

  /** Adds the cells of another table of the same dimensions. */
  absorb(other: CellTable): void {
    for (const cell of other.cells()) this.combineInto(this.keyed, cell)
  }

  save(): SavedCell[] {
    return [...this.cells()].map((cell) => ({
      values: cell.values.slice(),
      count: cell.count,
      persons: cell.persons === undefined ? null : [...cell.persons],
    }))
  }

  load(saved: readonly SavedCell[]): void {
    for (const { values, count, persons } of saved) {
      const cell = this.newCell(values.slice())
      cell.count = count
      if (cell.persons !== undefined) for (const p of persons ?? []) cell.persons.add(p)
      this.keyed.set(cellKey(values), cell)
    }
  }

  /** Counts a cell under a numeric key when it has one; `false` when it has not. */
  private countNumbered(values: readonly string[], person: number): boolean {
    if (values.length > 3) return false
    let key = 0
    for (let k = 0; k < values.length; k++) {
      const ids = this.valueIds[k] as Map<string, number>
      const value = values[k] as string
      let id = ids.get(value)
      if (id === undefined) {
        id = ids.size
        ids.set(value, id)
      }
      if (id >= 1024) return false
      key += id * (RADIX[k] as number)
    }
    let cell = this.numbered.get(key)
    if (cell === undefined) {
      cell = this.newCell(values.slice())
      this.numbered.set(key, cell)
    }
    if (cell.persons !== undefined) cell.persons.add(person)
    else cell.count++
    return true
  }

  private newCell(values: readonly string[]): Cell {
    const persons = this.persons === undefined ? undefined : new PersonSet(this.persons)
    return { values, count: 0, persons }
  }

  /** Adds a cell's count (or persons) into the cell of the same values in `cells`. */
  private combineInto(cells: Map<string, Cell>, cell: Cell): void {
    const key = cellKey(cell.values)
    let target = cells.get(key)
    if (target === undefined) {
      target = this.newCell(cell.values)
      cells.set(key, target)
    }
    target.count += cell.count
    if (target.persons !== undefined) for (const p of cell.persons ?? []) target.persons.add(p)
  }
}
