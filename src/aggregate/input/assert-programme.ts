// What the aggregations read of a programme, checked: every aggregation the fields of
// `assertProgramme`, those that count reported figures also `assertReported`.
import type { Programme } from "../../schemas/programme.js"
import { COUNT, COUNTRY, invalidRecord, TEXT, TEXTS } from "../errors.js"
import { type Problem, periodProblem, recordWhere } from "./problem.js"
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
  const problem: Problem =
    typeof id !== "string"
      ? ["id", id, TEXT]
      : typeof status !== "string"
        ? ["status", status, "a status, such as 'completed'"]
        : (periodProblem(period) ??
          (series !== undefined && !(isRecord(series) && typeof series.id === "string")
            ? ["series", series, "{ id, session? }"]
            : themes !== undefined && !isTexts(themes)
              ? ["themes", themes, TEXTS]
              : undefined))
  if (problem !== undefined) throw invalidRecord(fn, recordWhere("programmes", i, id), ...problem)
}

/**
 * Checks a programme's `reportedParticipants`, for the aggregations that count reported
 * figures (passed to `readProgrammeTable`, so that the others do not carry it).
 */
export function assertReported(fn: string, programme: Programme, i: number): void {
  const problem = reportedProblem((programme as Record<string, unknown>).reportedParticipants)
  if (problem !== undefined)
    throw invalidRecord(fn, recordWhere("programmes", i, programme.id), ...problem)
}

function reportedProblem(reported: unknown): Problem {
  const field = "reportedParticipants"
  if (reported === undefined) return undefined
  if (!isRecord(reported)) return [field, reported, "{ total, byCountry? }"]
  const { total, byCountry } = reported
  if (!isCount(total)) return [`${field}.total`, total, COUNT]
  if (byCountry === undefined) return undefined
  if (!isRecord(byCountry)) return [`${field}.byCountry`, byCountry, "{ VN: 3, KH: 2 }"]
  for (const country of Object.keys(byCountry)) {
    // An own "__proto__" key (JSON.parse makes one) is a key like any other here: refused.
    if (!isCountryShape(country)) return [`a key of ${field}.byCountry`, country, COUNTRY]
    const count = byCountry[country]
    if (!isCount(count)) return [`${field}.byCountry.${country}`, count, COUNT]
  }
  return undefined
}
