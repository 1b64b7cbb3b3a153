import { firstDayNumber, lastDayNumberOf } from "../../dates/partial-date.js"
import type { Programme } from "../../schemas/programme.js"
import { whereThrew } from "../errors.js"
import type { ProgrammeFilter } from "../types.js"

/**
 * The programme filter as one predicate over a programme and its first and last day (NaN: open
 * end), every criterion combined with "and"; the caller's `where` is asked last, and what it
 * throws is an `aggregate/invalid-option` with it as the cause. Whether the programme was held
 * is not its question (`isHeld`).
 */
export function programmeSelector(
  fn: string,
  filter: ProgrammeFilter | undefined,
): (programme: Programme, start: number, end: number) => boolean {
  if (filter === undefined) return () => true
  const series =
    filter.series === undefined
      ? undefined
      : new Set(typeof filter.series === "string" ? [filter.series] : filter.series)
  const kinds = filter.kinds === undefined ? undefined : new Set<string>(filter.kinds)
  const themes = filter.themes === undefined ? undefined : new Set(filter.themes)
  const from =
    filter.during?.start === undefined
      ? Number.NEGATIVE_INFINITY
      : firstDayNumber(filter.during.start)
  const until =
    filter.during?.end === undefined ? Number.POSITIVE_INFINITY : lastDayNumberOf(filter.during.end)
  const asOf = filter.asOf === undefined ? Number.POSITIVE_INFINITY : lastDayNumberOf(filter.asOf)
  const where = filter.where
  return (programme, start, end) => {
    if (
      series !== undefined &&
      (programme.series === undefined || !series.has(programme.series.id))
    )
      return false
    if (kinds !== undefined && !kinds.has(programme.kind)) return false
    if (themes !== undefined && !(programme.themes ?? []).some((t) => themes.has(t))) return false
    if (start > until || (!Number.isNaN(end) && end < from)) return false
    if (start > asOf) return false
    if (where === undefined) return true
    try {
      return Boolean(where(programme))
    } catch (error) {
      throw whereThrew(fn, programme.id, error)
    }
  }
}
