// The rows of a cross-tab from its cells (disaggregate's, and the SQL engines'): small cells
// suppressed with their complements, then in the order asked for.
import { compareCodeUnits } from "../../text/compare.js"
import { sortByCount } from "./count-rows.js"
import { suppressedCells } from "./suppress.js"

/**
 * The rows of a cross-tab: one per cell counting above 0, `{ [dimension]: value, count }`, a
 * suppressed cell (`minCount`, and complementary suppression) as `count: null, suppressed:
 * true`. Order `"count"`: count descending, a suppressed cell after every counted one, then the
 * values; `"dimensions"`: by the values in the order of `by` (code-unit order).
 */
export function crossTabRows(
  by: readonly string[],
  cells: Iterable<{ readonly values: readonly string[]; readonly count: number }>,
  minCount: number,
  order: "count" | "dimensions",
): Record<string, string | number | boolean | null>[] {
  const rows: { values: readonly string[]; count: number; suppressed: boolean }[] = []
  for (const { values, count } of cells)
    if (count > 0) rows.push({ values, count, suppressed: false })
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
    const row: Record<string, string | number | boolean | null> = {}
    by.forEach((dimension, k) => {
      row[dimension] = values[k] as string
    })
    row.count = suppressed ? null : count
    if (suppressed) row.suppressed = true
    return row
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
