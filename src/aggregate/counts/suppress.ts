// Small-cell suppression of a cross-tab (disaggregate's `minCount`): primary, then
// complementary, so that no suppressed cell can be recovered from a total by subtraction.
import { compareCodeUnits } from "../../text/compare.js"

/**
 * Which cells to suppress. Primary: every cell counting fewer than `minCount`. Complementary:
 * a line of the table — the cells that share every value but one dimension's — whose total can
 * be known (from the other rows, or a coarser table) gives away a cell that is the only one
 * suppressed in it; so in each line with exactly one suppressed cell and some unsuppressed
 * ones, the unsuppressed cell with the smallest count (then the smallest values, in code-unit
 * order) is suppressed too. Lines are taken one dimension after another, in the order of the
 * dimensions, and again until no line changes: the result does not depend on the order of the
 * cells. With one dimension the line is the whole table (its total is the grand total). A line
 * of a single cell cannot be protected here: its total is the cell itself.
 *
 * @returns One flag per cell, in the order of `cells`.
 */
export function suppressedCells(
  cells: readonly { readonly values: readonly string[]; readonly count: number }[],
  minCount: number,
): boolean[] {
  const suppressed = cells.map((cell) => cell.count < minCount)
  if (!suppressed.some(Boolean)) return suppressed
  const dimensions = cells[0]?.values.length ?? 0
  // The lines of each dimension: the cells with the same values in every other dimension.
  const lines: number[][][] = []
  for (let k = 0; k < dimensions; k++) {
    const byKey = new Map<string, number[]>()
    cells.forEach((cell, i) => {
      let key = ""
      for (let j = 0; j < dimensions; j++) {
        if (j === k) continue
        const value = cell.values[j] as string
        key += `${value.length}:${value}`
      }
      const line = byKey.get(key)
      if (line === undefined) byKey.set(key, [i])
      else line.push(i)
    })
    lines.push([...byKey.values()])
  }
  let changed = true
  while (changed) {
    changed = false
    for (const linesOfDimension of lines) {
      for (const line of linesOfDimension) {
        let hidden = 0
        let pick = -1
        for (const i of line) {
          if (suppressed[i]) {
            hidden++
            continue
          }
          if (pick === -1 || smaller(cells[i], cells[pick])) pick = i
        }
        if (hidden === 1 && pick !== -1) {
          suppressed[pick] = true
          changed = true
        }
      }
    }
  }
  return suppressed
}

type Cell = { readonly values: readonly string[]; readonly count: number } | undefined

/** The smaller count, then the smaller values in code-unit order. */
function smaller(a: Cell, b: Cell): boolean {
  if (a === undefined || b === undefined) return false
  if (a.count !== b.count) return a.count < b.count
  for (let k = 0; k < a.values.length; k++) {
    const c = compareCodeUnits(a.values[k] as string, b.values[k] as string)
    if (c !== 0) return c < 0
  }
  return false
}
