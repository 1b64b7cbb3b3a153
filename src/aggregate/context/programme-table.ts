import { firstDayNumber, lastDayNumberOf } from "../../dates/partial-date.js"
import { isHeld } from "../../domain/counting.js"
import type { Programme } from "../../schemas/programme.js"
import { assertProgramme } from "../input/assert-programme.js"
import type { CheckedFilter } from "../input/read-filter.js"
import { firstById } from "./first-by-id.js"
import { programmeSelector } from "./programme-selector.js"

/** The programmes of the input, indexed, with what every aggregation asks of them. */
export type ProgrammeTable = {
  /** Programmes in input order; of two with the same id, the first is kept. */
  readonly list: readonly Programme[]
  readonly index: ReadonlyMap<string, number>
  /** 1 when the programme counts: held (not cancelled or postponed) and selected by the filter. */
  readonly selected: Uint8Array
  /** First day of the start. */
  readonly startDay: Float64Array
  /** Last day of the end; NaN when open-ended. */
  readonly endDay: Float64Array
}

/**
 * Reads the programmes into a table: every one checked first (`assertProgramme`, and `assert`
 * for what only some aggregations read, such as `assertReported`), then the held ones asked the
 * filter (`where` included) in order.
 */
export function readProgrammeTable(
  fn: string,
  programmes: readonly Programme[] | undefined,
  filter: CheckedFilter | undefined,
  assert?: (fn: string, programme: Programme, i: number) => void,
): ProgrammeTable {
  const { list, index } = firstById(programmes, (programme, i) => {
    assertProgramme(fn, programme, i)
    assert?.(fn, programme, i)
  })
  const selected = new Uint8Array(list.length)
  const startDay = new Float64Array(list.length)
  const endDay = new Float64Array(list.length)
  const select = programmeSelector(fn, filter)
  for (let i = 0; i < list.length; i++) {
    const { status, period } = list[i] as Programme
    const start = firstDayNumber(period.start)
    const end = period.end === undefined ? Number.NaN : lastDayNumberOf(period.end)
    startDay[i] = start
    endDay[i] = end
    if (isHeld(status) && select(list[i] as Programme, start, end)) selected[i] = 1
  }
  return { list, index, selected, startDay, endDay }
}

/** What a key is hashed from for a programme table: ids in order, selection, days. */
export function programmeIdentity(table: ProgrammeTable) {
  return [table.index, table.selected, table.startDay, table.endDay] as const
}
