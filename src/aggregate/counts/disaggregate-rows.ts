import { compareCodeUnits } from "../../text/compare.js"
import type { Dimension } from "../types.js"
import type { Cell, CellTable } from "./cell-table.js"
import { sortByCount } from "./count-rows.js"
import { suppressedCells } from "./suppress.js"

/**
 * The rows of `disaggregate` from its cells: the counts above zero, the cells below `minCount`
 * suppressed (with enough others that none can be worked out), in count or dimension order.
 */
export function disaggregateRows<R>(
  cells: CellTable,
  by: readonly Dimension[],
  minCount: number,
  order: "count" | "dimensions",
): R[] {
  const rows: { values: readonly string[]; count: number; suppressed: boolean }[] = []
  for (const cell of cells.cells()) {
    const count = countOf(cell)
    if (count > 0) rows.push({ values: cell.values, count, suppressed: false })
  }
  if (minCount > 0) {
    const flags = suppressedCells(rows, minCount)
    rows.forEach((row, i) => {
      row.suppressed = flags[i] === true
    })
  }
  const sorted =
    order === "dimensions"
      ? rows.sort((a, b) => compareValues(a.values, b.values))
      : // Count descending, a suppressed cell (count unknown) after every counted one.
        sortByCount(
          rows.map((row) => ({
            ...row,
            count: row.suppressed ? -1 : row.count,
            real: row.count,
          })),
          (row) => row.values,
        ).map(({ values, real, suppressed }) => ({ values, count: real, suppressed }))
  return sorted.map(({ values, count, suppressed }) => {
    const row: Record<string, unknown> = {}
    by.forEach((dimension, k) => {
      row[dimension] = values[k]
    })
    row.count = suppressed ? null : count
    if (suppressed) row.suppressed = true
    return row as R
  })
}

/** Values in the order of the dimensions, each in code-unit order. */
function compareValues(a: readonly string[], b: readonly string[]): number {
  for (let k = 0; k < a.length; k++) {
    const c = compareCodeUnits(a[k] as string, b[k] as string)
    if (c !== 0) return c
  }
  return 0
}

/** A cell's count: of records, or of distinct persons. */
function countOf(cell: Cell): number {
  return cell.persons === undefined ? cell.count : cell.persons.size
}
