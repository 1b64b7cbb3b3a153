import { lastDayNumberOf } from "../../dates/partial-date.js"
import type { Participation } from "../../schemas/participation.js"
import { ADDED, DATE, invalidRecord } from "../errors.js"
import type { ProgrammeTable } from "./programme-table.js"

/**
 * The day a completion is dated: `completedOn` (its last day), else the end of its programme
 * (`i` in `programmes`); NaN when there is neither. A `completedOn` that is not a date is an
 * `aggregate/invalid-record`.
 */
export function completionDay(
  fn: string,
  record: Participation,
  programmes: ProgrammeTable,
  i: number,
): number {
  const completedOn: unknown = record.completedOn
  if (completedOn === undefined) return programmes.endDay[i] as number
  const day = lastDayNumberOf(completedOn)
  if (Number.isNaN(day)) throw invalidRecord(fn, ADDED, "completedOn", completedOn, DATE)
  return day
}
