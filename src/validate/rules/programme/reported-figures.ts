import { field, isObject } from "../../record-fields.js"

/**
 * The reported figures of a programme as the `programme/reported-…` rules compare them:
 * `total` and `countries` as given, and of `byCountry` (when it is an object) how many
 * countries it names and what their finite figures add up to.
 */
export function reportedFigures(programme: Record<string, unknown>):
  | {
      total: unknown
      countries: unknown
      byCountry: { counts: Record<string, unknown>; named: number; sum: number } | undefined
    }
  | undefined {
  const reported = field(programme, "reportedParticipants")
  if (!isObject(reported)) return undefined
  const counts = field(reported, "byCountry")
  let byCountry: { counts: Record<string, unknown>; named: number; sum: number } | undefined
  if (isObject(counts) && !Array.isArray(counts)) {
    let sum = 0
    let named = 0
    for (const key of Object.keys(counts)) {
      const n = counts[key]
      if (typeof n === "number" && Number.isFinite(n)) sum += n
      named++
    }
    byCountry = { counts, named, sum }
  }
  return { total: field(reported, "total"), countries: field(reported, "countries"), byCountry }
}

/** `byCountry` and the figure it is compared with (`total` or `countries`), when both are given. */
export function byCountryAnd(
  programme: Record<string, unknown>,
  figure: "total" | "countries",
):
  | { byCountry: { counts: Record<string, unknown>; named: number; sum: number }; given: number }
  | undefined {
  const reported = reportedFigures(programme)
  const given = reported?.[figure]
  return reported?.byCountry !== undefined && typeof given === "number"
    ? { byCountry: reported.byCountry, given }
    : undefined
}
