// "Did you mean": the nearest known name to a misspelt one, with bounded work. A leaf module
// (no imports), so that any entry point can use it without carrying other messages.

/** Names longer than this get no "did you mean": no known name is near them. */
const MAX_SUGGESTED_LENGTH = 64

/**
 * The edit distance between two short strings, counting a swap of two neighbouring letters
 * as one edit ("titel" → "title"): the optimal string alignment distance. With `max`, the
 * work stops as soon as the distance is known to exceed it and `max + 1` is returned; only
 * the cells within `max` of the diagonal are computed, in three rows (linear memory).
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0
  const over = max + 1
  if (Math.abs(a.length - b.length) > max) return over
  const width = b.length + 1
  let before = new Float64Array(width) // row i − 2
  let previous = new Float64Array(width) // row i − 1
  let current = new Float64Array(width) // row i
  for (let j = 0; j < width; j++) previous[j] = Math.min(j, over)
  for (let i = 1; i <= a.length; i++) {
    // Only the band within `max` of the diagonal is computed; its two neighbours are "over",
    // which is all the next row reads outside it (a write past the row's end is dropped).
    const from = Math.max(1, i - max)
    const to = Math.min(b.length, i + max)
    current[from - 1] = from === 1 ? Math.min(i, over) : over
    let rowMin = current[from - 1] as number
    current[to + 1] = over
    for (let j = from; j <= to; j++) {
      // A swap of neighbours needs i, j > 1: before that, a[i − 2] or b[j − 2] is undefined.
      const best = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
        a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] ? (before[j - 2] as number) + 1 : over,
        over,
      )
      current[j] = best
      if (best < rowMin) rowMin = best
    }
    if (rowMin > max) return over
    const spare = before
    before = previous
    previous = current
    current = spare
  }
  return previous[b.length] as number
}

/**
 * The known name closest to `name`, if it is close enough to be a likely typo (at most one
 * edit in three letters, and three at most). Names longer than 64 characters get none, so
 * the work is bounded whatever the input.
 */
export function nearest(name: string, known: readonly string[]): string | undefined {
  if (name.length > MAX_SUGGESTED_LENGTH) return undefined
  const lower = name.toLowerCase()
  const limit = Math.max(1, Math.min(3, Math.floor(name.length / 3)))
  let best: string | undefined
  let bestDistance = limit + 1
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase(), bestDistance - 1)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}
