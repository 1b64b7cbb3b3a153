import { field, isObject } from "../../record-fields.js"
import { type CountryCounts, countryCounts } from "../country-counts.js"

/**
 * The reported figures of a programme as the `programme/reported-…` rules compare them:
 * `total` and `countries` as given, and of `byCountry` (when it is an object) how many
 * countries it names and what their finite figures add up to.
 */
export function reportedFigures(programme: Record<string, unknown>):
  | {
      total: unknown
      countries: unknown
      byCountry: CountryCounts | undefined
    }
  | undefined {
  const reported = field(programme, "reportedParticipants")
  if (!isObject(reported)) return undefined
  return {
    total: field(reported, "total"),
    countries: field(reported, "countries"),
    byCountry: countryCounts(field(reported, "byCountry")),
  }
}

/** `byCountry` and the figure it is compared with (`total` or `countries`), when both are given. */
export function byCountryAnd(
  programme: Record<string, unknown>,
  figure: "total" | "countries",
): { byCountry: CountryCounts; given: number } | undefined {
  const reported = reportedFigures(programme)
  const given = reported?.[figure]
  return reported?.byCountry !== undefined && typeof given === "number"
    ? { byCountry: reported.byCountry, given }
    : undefined
}
