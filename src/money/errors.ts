/**
 * The errors of money arithmetic and conversion, and every message of the money module: one
 * function a message, so that a bundle carries only those it uses (the validation entry point
 * uses {@link tooManyDecimalsMessage} alone). Every message is written for the person who
 * supplied the data: what is wrong, where, and what would be right. Codes are stable.
 */
import { quote } from "../text/quote.js"

/**
 * The stable codes of {@link MoneyError}.
 *
 * @example
 * const code: MoneyErrorCode = "money/missing-rate"
 *
 * @category Money
 */
export type MoneyErrorCode =
  | "money/unknown-currency"
  | "money/invalid-amount"
  | "money/too-many-decimals"
  | "money/currency-mismatch"
  | "money/invalid-rate"
  | "money/conflicting-rates"
  | "money/missing-rate"

/**
 * An error of money arithmetic or conversion, with a stable `code` (the table in
 * [counting rules](../../docs/counting-rules.md#error-codes)). A `money/missing-rate` also
 * carries the pair and the date as `from`, `to` and `on`.
 *
 * @example
 * try { sumMoney([{ amount: 1, currency: "USD" }], "JPY") } catch (e) { e.code } //=> "money/currency-mismatch"
 *
 * @category Money
 */
export class MoneyError extends Error {
  override readonly name = "MoneyError"
  /** The stable code. */
  readonly code: MoneyErrorCode
  /** For `money/missing-rate`: the currency converted from. */
  readonly from?: string
  /** For `money/missing-rate`: the currency converted to. */
  readonly to?: string
  /** For `money/missing-rate`: the date a rate was needed for. */
  readonly on?: string

  constructor(
    code: MoneyErrorCode,
    message: string,
    details?: { from?: string; to?: string; on?: string; cause?: unknown },
  ) {
    super(message, details?.cause === undefined ? undefined : { cause: details.cause })
    this.code = code
    if (details?.from !== undefined) this.from = details.from
    if (details?.to !== undefined) this.to = details.to
    if (details?.on !== undefined) this.on = details.on
  }
}

/** How a rate may be written, for the messages that ask for one. */
const RATE_HINT = "such as 110.42 or '110.4312'"

/** Not an ISO 4217 code with a minor unit. */
export function unknownCurrencyMessage(currency: unknown): string {
  return `${quote(currency)} is not an ISO 4217 currency code with a minor unit: use three upper-case letters such as 'JPY', 'USD' or 'EUR'`
}

/** An amount that is not a finite number. */
export function invalidAmountMessage(amount: unknown, currency: string): string {
  return `the amount ${quote(amount)} ${currency} is not a finite number`
}

/**
 * More decimals than a currency allows: the one message for it, shared with the schemas'
 * `money` field (`messages.tooManyDecimals`).
 */
export function tooManyDecimalsMessage(
  amount: number | string,
  currency: string,
  digits: number,
): string {
  return `${amount} ${currency} has more decimals than ${currency} allows (${digits === 0 ? "none" : `at most ${digits}`})`
}

/** Two currencies that would have been added or compared. */
export function currencyMismatchMessage(expected: string, found: string, where: string): string {
  return `cannot add ${found} to ${expected} (${where}): amounts in different currencies are never added silently — convert them first with convertMoney and a rate table`
}

/** A malformed entry of a rate table, at `where`. */
export function invalidRateMessage(what: string, where: string): string {
  return `${where}: ${what}`
}

/** A rate table that is malformed as a whole (`what` says how). */
export function invalidRateTableMessage(what: string): string {
  return `the rate table ${what}: pass { source, rates: [{ from, to, on, rate }] }, with the source of the rates as text`
}

/** A rate that is not a positive finite decimal. */
export function rateNotPositiveMessage(rate: unknown): string {
  return `the rate ${quote(rate)} is not a positive finite decimal: use a number or a decimal string, ${RATE_HINT}`
}

/** A rate of another type than a number or text. */
export function rateNotANumberMessage(rate: unknown): string {
  return `the rate ${quote(rate)} is not a number or a decimal string: use one, ${RATE_HINT}`
}

/** A rate beyond the bounds a rate may have. */
export function rateOutOfRangeMessage(rate: unknown, digits: number, exponent: number): string {
  return `the rate ${quote(rate)} is out of range: use a positive decimal from 1e-${exponent} to 1e+${exponent} with at most ${digits} significant digits, ${RATE_HINT}`
}

/** An entry of a rate table that is not an object. */
export function notARateMessage(entry: unknown): string {
  return `${quote(entry)} is not a rate: use an object { from, to, on, rate }, such as { from: 'USD', to: 'JPY', on: '2018', rate: 110.42 }`
}

/** An entry whose `from` or `to` is not a currency code. */
export function notACurrencyPairMessage(from: unknown, to: unknown): string {
  return `${quote(from)} → ${quote(to)} is not a pair of ISO 4217 currency codes: use codes such as 'USD' and 'JPY'`
}

/** An entry whose `on` is not a partial date. */
export function rateDateMessage(on: unknown): string {
  return `on ${quote(on)} is not a date: use YYYY (a yearly rate), YYYY-MM or YYYY-MM-DD`
}

/** Two different rates for one pair and date. */
export function conflictingRatesMessage(
  from: string,
  to: string,
  on: string,
  a: string,
  b: string,
  source: string,
): string {
  return `the rate table ${quote(source)} has two different rates from ${from} to ${to} on ${on} (${a} and ${b}): keep one`
}

/** No rate for a pair on a date: names the entries that would do. */
export function missingRateMessage(
  from: string,
  to: string,
  on: string,
  source: string | undefined,
): string {
  const wanted = [on.slice(0, 4), on.slice(0, 7), on]
    .filter((d, i, all) => all.indexOf(d) === i && d.length <= on.length)
    .reverse()
    .map((d) => `'${d}'`)
    .join(" or ")
  return source === undefined
    ? `no exchange rate from ${from} to ${to} for ${on}: pass a rate table (rates) with a rate { from: '${from}', to: '${to}', on: ${wanted} }`
    : `no exchange rate from ${from} to ${to} for ${on} in the rate table ${quote(source)}: add a rate { from: '${from}', to: '${to}', on: ${wanted} } (or its inverse from ${to} to ${from})`
}
