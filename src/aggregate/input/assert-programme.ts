// What the aggregations read of a programme, checked: every aggregation the fields of
// `assertProgramme`, those that count reported figures also `assertReported`.
import type { Programme } from "../../schemas/programme.js"
import { COUNT, COUNTRY, invalidRecord, TEXT, TEXTS } from "../errors.js"
import { assertField, assertPeriod, recordWhere } from "./assert-field.js"
import { isCount, isCountryShape, isRecord, isTexts } from "./shapes.js"

/** Checks what every aggregation reads of a programme: `id`, `status`, `period`, `series`, `themes`. */
export function assertProgramme(fn: string, programme: unknown, i: number): void {
  if (!isRecord(programme))
    throw invalidRecord(
      fn,
      `programmes[${i}]`,
      "",
      programme,
      "a programme { id, title, kind, status, period }",
    )
  const { id, status, period, series, themes } = programme
  const where = () => recordWhere("programmes", i, id)
  assertField(typeof id === "string", fn, where, "id", id, TEXT)
  assertField(
    typeof status === "string",
    fn,
    where,
    "status",
    status,
    "a status, such as 'completed'",
  )
  assertPeriod(fn, where, period)
  assertField(
    series === undefined || (isRecord(series) && typeof series.id === "string"),
    fn,
    where,
    "series",
    series,
    "{ id, session? }",
  )
  assertField(themes === undefined || isTexts(themes), fn, where, "themes", themes, TEXTS)
}

/**
 * Checks a programme's `reportedParticipants`, for the aggregations that count reported
 * figures (passed to `readProgrammeTable`, so that the others do not carry it).
 */
export function assertReported(fn: string, programme: Programme, i: number): void {
  const reported = (programme as Record<string, unknown>).reportedParticipants
  if (reported === undefined) return
  const where = () => recordWhere("programmes", i, programme.id)
  const field = "reportedParticipants"
  assertField(isRecord(reported), fn, where, field, reported, "{ total, byCountry? }")
  const { total, byCountry } = reported as Record<string, unknown>
  assertField(isCount(total), fn, where, `${field}.total`, total, COUNT)
  if (byCountry === undefined) return
  assertField(isRecord(byCountry), fn, where, `${field}.byCountry`, byCountry, "{ VN: 3, KH: 2 }")
  const counts = byCountry as Record<string, unknown>
  for (const country of Object.keys(counts)) {
    // An own "__proto__" key (JSON.parse makes one) is a key like any other here: refused.
    assertField(isCountryShape(country), fn, where, `a key of ${field}.byCountry`, country, COUNTRY)
    const count = counts[country]
    assertField(isCount(count), fn, where, `${field}.byCountry.${country}`, count, COUNT)
  }
}
