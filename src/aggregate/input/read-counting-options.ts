import type { SeatCountry } from "../types.js"
import type { CheckedFilter } from "./read-filter.js"
import { COUNTING_OPTIONS, readFilter } from "./read-filter.js"
import { readOptions } from "./read-options.js"

/**
 * What every aggregation of participations reads of its options first: every name known (the
 * counting options and its `own`), then the programme filter and `seatCountry`, checked. `read`
 * is the copy its own options are read from.
 */
export function readCountingOptions(
  fn: string,
  options: unknown,
  own: readonly string[] = [],
  expected?: string,
): { read: Record<string, unknown>; filter: CheckedFilter; mode: SeatCountry } {
  const read = readOptions(fn, options, [...COUNTING_OPTIONS, ...own], expected)
  return { read, ...readFilter(fn, read) }
}
