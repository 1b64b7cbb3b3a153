import { COUNTRY, invalidRecord, TEXT } from "../errors.js"
import { assertField, recordWhere } from "./assert-field.js"
import { isCountryShape, isRecord } from "./shapes.js"

/** Checks what the aggregations read of a participant: `id`, `country`, `gender`, `profession`. */
export function assertParticipant(fn: string, participant: unknown, i: number): void {
  if (!isRecord(participant))
    throw invalidRecord(fn, `participants[${i}]`, "", participant, "a participant { id, country }")
  const { id, country, gender, profession } = participant
  // The common case first: a few comparisons, and nothing built.
  if (
    typeof id === "string" &&
    isCountryShape(country) &&
    (gender === undefined || typeof gender === "string") &&
    (profession === undefined || typeof profession === "string")
  )
    return
  const where = () => recordWhere("participants", i, id)
  assertField(typeof id === "string", fn, where, "id", id, TEXT)
  assertField(isCountryShape(country), fn, where, "country", country, COUNTRY)
  assertField(gender === undefined || typeof gender === "string", fn, where, "gender", gender, TEXT)
  throw invalidRecord(fn, where, "profession", profession, TEXT)
}
