// The shapes an aggregation reads a value as. Each is a few comparisons and builds nothing, so
// that the checks of streamed records stay cheap.
import { lastDayNumberOf } from "../../dates/partial-date.js"

/** A country code's shape: two letters A–Z (whether it exists is validation's check). */
export function isCountryShape(value: unknown): value is string {
  if (typeof value !== "string" || value.length !== 2) return false
  const a = value.charCodeAt(0)
  const b = value.charCodeAt(1)
  return a >= 65 && a <= 90 && b >= 65 && b <= 90
}

/** A non-null object that is not a list. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

/** A partial date (`"2024"`, `"2024-10"`, `"2024-10-15"`, a real calendar date). */
export function isDate(value: unknown): value is string {
  return !Number.isNaN(lastDayNumberOf(value))
}

/** A whole number of at least 0. */
export function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0
}

/** A list of strings (nothing copied). */
export function isTexts(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== "string") return false
  return true
}
