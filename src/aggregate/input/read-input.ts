import type { Grouping } from "../../schemas/grouping.js"
import type { Participant } from "../../schemas/participant.js"
import type { Participation } from "../../schemas/participation.js"
import type { Programme } from "../../schemas/programme.js"
import { invalidRecord } from "../errors.js"
import type { AggregationContext, AggregationInput } from "../types.js"
import { guard } from "./guard.js"
import { isRecord } from "./shapes.js"

/** The input of an aggregation, its lists read once and checked to be lists. */
export type CheckedInput = {
  readonly programmes: readonly Programme[] | undefined
  readonly participants: readonly Participant[] | undefined
  readonly participations: Iterable<Participation> | undefined
  readonly groups: readonly Grouping[] | undefined
}

/**
 * Reads a dataset (or context) once: `programmes`, `participants` and `groups` must be lists,
 * `participations` a list or another iterable; anything else is an `aggregate/invalid-record`.
 */
export function readInput(
  fn: string,
  input: AggregationInput | AggregationContext | undefined,
  what = "the dataset",
): CheckedInput {
  if (!isRecord(input))
    throw invalidRecord(fn, what, "", input, "a dataset { programmes, participants, … }")
  return guard(fn, "data", () => {
    const { programmes, participants, groups, participations } = input as AggregationInput
    for (const [field, value] of [
      ["programmes", programmes],
      ["participants", participants],
      ["groups", groups],
    ] as const)
      if (value !== undefined && !Array.isArray(value))
        throw invalidRecord(fn, what, field, value, "a list")
    if (
      participations !== undefined &&
      typeof (participations as Partial<Iterable<unknown>>)?.[Symbol.iterator] !== "function"
    )
      throw invalidRecord(fn, what, "participations", participations, "a list or another iterable")
    return { programmes, participants, participations, groups }
  })
}
