import { field, isObject } from "../../record-fields.js"

/**
 * A reported figure's `byCountry` as the `figure/…` rules compare it: how many countries it
 * names and what their finite figures add up to; undefined when it is not an object.
 */
export function figureByCountry(
  figure: Record<string, unknown>,
): { named: number; sum: number } | undefined {
  const counts = field(figure, "byCountry")
  if (!isObject(counts) || Array.isArray(counts)) return undefined
  let sum = 0
  let named = 0
  for (const key of Object.keys(counts)) {
    const n = counts[key]
    if (typeof n === "number" && Number.isFinite(n)) sum += n
    named++
  }
  return { named, sum }
}
