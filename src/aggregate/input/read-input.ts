import type { Grouping } from "../../schemas/grouping.js"
import type { Participant } from "../../schemas/participant.js"
import type { Participation } from "../../schemas/participation.js"
import type { Programme } from "../../schemas/programme.js"
import { invalidRecord } from "../errors.js"
import type { AggregationContext, AggregationInput } from "../types.js"
import { guard } from "./guard.js"
import type { Problem } from "./problem.js"
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
    const problem: Problem = !isList(programmes)
      ? ["programmes", programmes, LIST]
      : !isList(participants)
        ? ["participants", participants, LIST]
        : !isList(groups)
          ? ["groups", groups, LIST]
          : participations !== undefined &&
              typeof (participations as Partial<Iterable<unknown>>)?.[Symbol.iterator] !==
                "function"
            ? ["participations", participations, "a list or another iterable"]
            : undefined
    if (problem !== undefined) throw invalidRecord(fn, what, ...problem)
    return { programmes, participants, participations, groups }
  })
}

const LIST = "a list"

function isList(value: unknown): boolean {
  return value === undefined || Array.isArray(value)
}
