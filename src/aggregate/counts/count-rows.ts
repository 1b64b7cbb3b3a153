// The one order of every result's rows: count descending, then the keys in code-unit order
// (docs/counting-rules.md, "Ordering").
import { compareCodeUnits } from "../../text/compare.js"

/** Adds `n` to the count of `key` in a Map. */
export function addCount<K>(counts: Map<K, number>, key: K, n: number): void {
  counts.set(key, (counts.get(key) ?? 0) + n)
}

/**
 * Sorts rows in place and returns them: count descending, then their keys (one, or several in
 * order) by UTF-16 code unit.
 */
export function sortByCount<T extends { readonly count: number }>(
  rows: T[],
  keys: (row: T) => string | readonly string[],
): T[] {
  return rows.sort((a, b) => {
    if (a.count !== b.count) return b.count - a.count
    const x = keys(a)
    const y = keys(b)
    if (typeof x === "string") return compareCodeUnits(x, y as string)
    for (let k = 0; k < x.length; k++) {
      const c = compareCodeUnits(x[k] as string, y[k] as string)
      if (c !== 0) return c
    }
    return 0
  })
}

/** Country rows `{ country, count }` from counts: counts above zero, in the order of the rows. */
export function countryRows(
  counts: Iterable<readonly [string, number]>,
): { country: string; count: number }[] {
  const rows: { country: string; count: number }[] = []
  for (const [country, count] of counts) if (count > 0) rows.push({ country, count })
  return sortByCount(rows, (row) => row.country)
}
