import { CURRENCY_DIGITS } from "./currencies-data.js"

/**
 * Tells whether a string is an ISO 4217 currency code with a defined minor unit.
 *
 * @example
 * isCurrencyCode("JPY") //=> true
 * isCurrencyCode("jpy") //=> false
 *
 * @category Money
 */
export function isCurrencyCode(value: unknown): value is string {
  return typeof value === "string" && Object.hasOwn(CURRENCY_DIGITS, value)
}

/**
 * The number of decimals a currency allows (its ISO 4217 minor unit), or `undefined` for an
 * unknown code.
 *
 * @example
 * currencyDigits("JPY") //=> 0
 * currencyDigits("USD") //=> 2
 * currencyDigits("KWD") //=> 3
 *
 * @category Money
 */
export function currencyDigits(currency: string): number | undefined {
  return Object.hasOwn(CURRENCY_DIGITS, currency) ? CURRENCY_DIGITS[currency] : undefined
}

/**
 * The number of decimals in the shortest decimal form of a finite number — what a person
 * wrote: 0.29 → 2, 1e-7 → 7, 80000000000 → 0. Computed from the round-trip string, so
 * binary floating point does not get in the way (0.29 * 100 is 28.999999999999996).
 */
export function decimalPlaces(value: number): number {
  const text = Math.abs(value).toString()
  const e = text.indexOf("e")
  const mantissa = e === -1 ? text : text.slice(0, e)
  const exponent = e === -1 ? 0 : Number(text.slice(e + 1))
  const dot = mantissa.indexOf(".")
  const fraction = dot === -1 ? 0 : mantissa.length - dot - 1
  return Math.max(0, fraction - exponent)
}
