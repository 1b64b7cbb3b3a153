// The words and numbers of chart labels: the same text on every machine (no locale).
import { findCountry } from "../reference/countries.js"

/** English short name of a country code, else the code itself. */
export function countryName(code: string): string {
  return findCountry(code)?.name ?? code
}

/** 1234 → "1,234" (no locale: the same text on every machine). */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n)
  const sign = n < 0 ? "-" : ""
  const [whole, fraction] = Math.abs(n).toString().split(".") as [string, string | undefined]
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  return `${sign}${grouped}${fraction === undefined ? "" : `.${fraction}`}`
}

/** 0.4567 → "46%". */
export function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`
}

/** "1 seat", "2 seats". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`
}
