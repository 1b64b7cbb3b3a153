import type { Programme } from "../../schemas/programme.js"
import { guard } from "../input/guard.js"
import type { CheckedFilter } from "../input/read-filter.js"
import { type CheckedInput, readInput } from "../input/read-input.js"
import type { AggregationContext } from "../types.js"
import { type ParticipantTable, readParticipantTable } from "./participant-table.js"
import { type ProgrammeTable, readProgrammeTable } from "./programme-table.js"

/**
 * Reads the context of an aggregation of participations: its lists, then its programmes
 * (checked, `assert` for what only some aggregations read) and its participants into tables.
 */
export function readContext(
  fn: string,
  context: AggregationContext | undefined,
  filter: CheckedFilter,
  assert?: (fn: string, programme: Programme, i: number) => void,
): { input: CheckedInput; programmes: ProgrammeTable; participants: ParticipantTable } {
  const input = readInput(fn, context)
  return guard(fn, "data", () => ({
    input,
    programmes: readProgrammeTable(fn, input.programmes, filter, assert),
    participants: readParticipantTable(fn, input.participants),
  }))
}
