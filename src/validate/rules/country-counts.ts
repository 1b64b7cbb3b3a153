import { isObject } from "../record-fields.js"

/** Per-country figures as the rules compare them with a total or a count of countries. */
export type CountryCounts = { counts: Record<string, unknown>; named: number; sum: number }

/**
 * A `byCountry` object (of a programme's reported figures, or of a reported figure): how many
 * countries it names and what their finite figures add up to; undefined when it is not an
 * object (the schema's to report).
 */
export function countryCounts(counts: unknown): CountryCounts | undefined {
  if (!isObject(counts) || Array.isArray(counts)) return undefined
  let sum = 0
  let named = 0
  for (const key of Object.keys(counts)) {
    const n = counts[key]
    if (typeof n === "number" && Number.isFinite(n)) sum += n
    named++
  }
  return { counts, named, sum }
}
