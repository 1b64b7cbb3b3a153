import { COUNTRY, invalidRecord, TEXT } from "../errors.js"
import { type Problem, recordWhere } from "./problem.js"
import { isCountryShape, isRecord } from "./shapes.js"

/** Checks what the aggregations read of a participant: `id`, `country`, `gender`, `profession`. */
export function assertParticipant(fn: string, participant: unknown, i: number): void {
  if (!isRecord(participant))
    throw invalidRecord(fn, `participants[${i}]`, "", participant, "a participant { id, country }")
  const { id, country, gender, profession } = participant
  const problem: Problem =
    typeof id !== "string"
      ? ["id", id, TEXT]
      : !isCountryShape(country)
        ? ["country", country, COUNTRY]
        : gender !== undefined && typeof gender !== "string"
          ? ["gender", gender, TEXT]
          : profession !== undefined && typeof profession !== "string"
            ? ["profession", profession, TEXT]
            : undefined
  if (problem !== undefined) throw invalidRecord(fn, recordWhere("participants", i, id), ...problem)
}
