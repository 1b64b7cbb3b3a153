import { firstDayNumber, lastDayNumberOf } from "../../dates/partial-date.js"
import type { Programme } from "../../schemas/programme.js"
import { whereThrew } from "../errors.js"
import type { CheckedFilter } from "../input/read-filter.js"

/**
 * The programme filter as one predicate over a programme and its first and last day (NaN: open
 * end), every criterion combined with "and"; the caller's `where` is asked last, and what it
 * throws is an `aggregate/invalid-option` with it as the cause. Whether the programme was held
 * is not its question (`isHeld`). The filter's dates are valid (`readFilter` checked them).
 */
export function programmeSelector(
  fn: string,
  { where, series, kinds, themes, during, asOf }: CheckedFilter = {},
): (programme: Programme, start: number, end: number) => boolean {
  const inSeries = series && new Set(series)
  const ofKinds = kinds && new Set<string>(kinds)
  const ofThemes = themes && new Set(themes)
  const from = during?.start === undefined ? Number.NEGATIVE_INFINITY : firstDayNumber(during.start)
  // Neither after the end of `during` nor after `asOf`.
  const until = Math.min(
    during?.end === undefined ? Number.POSITIVE_INFINITY : lastDayNumberOf(during.end),
    asOf === undefined ? Number.POSITIVE_INFINITY : lastDayNumberOf(asOf),
  )
  return (programme, start, end) => {
    // An open end (NaN) is never before `from`.
    if (
      (inSeries && !inSeries.has(programme.series?.id as string)) ||
      (ofKinds && !ofKinds.has(programme.kind)) ||
      (ofThemes && !programme.themes?.some((t) => ofThemes.has(t))) ||
      start > until ||
      end < from
    )
      return false
    try {
      return where === undefined || Boolean(where(programme))
    } catch (error) {
      throw whereThrew(fn, programme.id, error)
    }
  }
}
