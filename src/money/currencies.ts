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
