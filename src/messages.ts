/**
 * Every message a person reads from a schema lives here, so that wording stays consistent
 * and the rule catalogue can show it. Messages say what is wrong and what would be right.
 */

import { tooManyDecimalsMessage } from "./money/errors.js"
import { nearest } from "./text/nearest.js"
import { quote } from "./text/quote.js"

/**
 * The message for a value that is not a partial date. A function of its own (also
 * `messages.partialDate`), so that code needing only it does not bundle every message.
 */
export function partialDateMessage(value: unknown): string {
  return `${quote(value)} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD with a real month and day, such as '2024', '2024-10' or '2024-10-15'`
}

export const messages = {
  unknownField(field: string, known: readonly string[]): string {
    const guess = nearest(field, known)
    const hint =
      guess !== undefined
        ? ` — did you mean '${guess}'?`
        : known.includes("extra")
          ? ` — known fields are ${known.map((k) => `'${k}'`).join(", ")}; put your own fields in 'extra'`
          : ` — known fields are ${known.map((k) => `'${k}'`).join(", ")}`
    return `unknown field ${quote(field)}${hint}`
  },
  countryCode(value: unknown): string {
    const upper =
      typeof value === "string" && value.length <= 8 ? value.trim().toUpperCase() : undefined
    const hint =
      upper !== undefined && upper !== value && /^[A-Z]{2}$/.test(upper)
        ? ` (did you mean '${upper}'?)`
        : ""
    return `${quote(value)} is not a country code${hint}: use an ISO 3166-1 alpha-2 code in upper case, such as 'VN' or 'UA', or 'XK' for Kosovo`
  },
  partialDate: partialDateMessage,
  currency(value: unknown): string {
    return `${quote(value)} is not an ISO 4217 currency code: use three upper-case letters, such as 'JPY', 'USD' or 'EUR'`
  },
  tooManyDecimals: tooManyDecimalsMessage,
  notPlainObject(value: unknown): string {
    return `must be a plain object, not ${quote(value)}`
  },
  countTooLarge(value: unknown): string {
    return `${quote(value)} is larger than ${Number.MAX_SAFE_INTEGER} (Number.MAX_SAFE_INTEGER), beyond which numbers cannot count in ones: check the figure`
  },
  id(value: unknown): string {
    if (typeof value !== "string") return `an id must be a string, not ${quote(value)}`
    if (value.length === 0) return "an id must not be empty"
    if (value.length > 200)
      return `an id must have at most 200 characters (this one has ${value.length})`
    return `id ${quote(value)} must not start or end with white space`
  },
} as const
