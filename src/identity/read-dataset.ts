// How the identity functions read a dataset they are given unvalidated: the lists they need,
// each participant an object with a text id, each participation an object. A wrong shape is an
// `aggregate/invalid-record` AggregationError naming the record.
import { invalidRecord } from "../aggregate/errors.js"
import { recordWhere } from "../aggregate/input/problem.js"
import { isRecord } from "../aggregate/input/shapes.js"

/** The participants and participations of a dataset; a dataset or list of the wrong shape throws. */
export function readParticipantLists(
  fn: string,
  dataset: unknown,
): { participants: readonly unknown[]; participations: readonly unknown[] } {
  if (!isRecord(dataset))
    throw invalidRecord(
      fn,
      "the dataset",
      "",
      dataset,
      "a dataset { participants, participations }",
    )
  const { participants = [], participations = [] } = dataset
  if (!Array.isArray(participants))
    throw invalidRecord(fn, "the dataset", "participants", participants, "a list")
  if (!Array.isArray(participations))
    throw invalidRecord(fn, "the dataset", "participations", participations, "a list")
  return { participants, participations }
}

/** `participants[i]`, checked to be an object with a text `id`. */
export function participantAt(
  fn: string,
  participants: readonly unknown[],
  i: number,
): Record<string, unknown> & { id: string } {
  const record: unknown = participants[i]
  if (!isRecord(record))
    throw invalidRecord(fn, `participants[${i}]`, "", record, "a participant { id, country }")
  const id = record.id
  if (typeof id !== "string")
    throw invalidRecord(fn, recordWhere("participants", i, id), "id", id, "text")
  return record as Record<string, unknown> & { id: string }
}

/** `participations[k]`, checked to be an object. */
export function participationAt(
  fn: string,
  participations: readonly unknown[],
  k: number,
): Record<string, unknown> {
  const record: unknown = participations[k]
  if (!isRecord(record))
    throw invalidRecord(fn, `participations[${k}]`, "", record, "a participation")
  return record
}
