/**
 * The errors of money arithmetic and conversion. Every message is written for the person who
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
 * An error of money arithmetic or conversion, with a stable `code`:
 *
 * - `money/unknown-currency` — not an ISO 4217 code with a minor unit;
 * - `money/invalid-amount` — not a finite number (or not a decimal string), or a result beyond
 *   the range of a number (a sum of about 1.8e308 and more);
 * - `money/too-many-decimals` — more decimals than the currency allows;
 * - `money/currency-mismatch` — two currencies would have been added or compared;
 * - `money/invalid-rate` — a rate table that is not `{ source, rates: [...] }`, an entry that is
 *   malformed, or a rate that is not a positive decimal from 1e-30 to 1e+30 with at most 30
 *   significant digits;
 * - `money/conflicting-rates` — two different rates for the same pair and date;
 * - `money/missing-rate` — no rate for a pair on a date (`from`, `to` and `on` say which).
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

/**
 * Shows any value in a one-line message: text quoted, escaped and shortened (a 10 MB value
 * stays short), a BigInt as `5n`, anything else by its kind. Never throws.
 */
export function showValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return quote(value)
    case "bigint":
      return `${value}n`.length > 40 ? "a BigInt" : `${value}n`
    case "symbol":
      return "a symbol"
    case "function":
      return "a function"
    case "object":
      if (value === null) return "null"
      return Array.isArray(value) ? "a list" : "an object"
    default:
      return quote(value)
  }
}

/**
 * What an error thrown by the caller's own data says, for a message (a getter or a Proxy that
 * throws): its message when it is an `Error`, else its kind. Never throws.
 */
export function describeThrown(error: unknown): string {
  try {
    if (error instanceof Error) {
      const message = error.message
      if (typeof message === "string") return showValue(message)
    }
  } catch {
    // A message getter that throws: fall through to the kind.
  }
  return showValue(error)
}

/** Every message of the money module, in one place. */
export const moneyMessages = {
  unknownCurrency: (currency: unknown) =>
    `${JSON.stringify(currency)} is not an ISO 4217 currency code with a minor unit: use three upper-case letters such as 'JPY', 'USD' or 'EUR'`,
  invalidAmount: (amount: unknown, currency: string) =>
    `the amount ${String(amount)} ${currency} is not a finite number`,
  tooManyDecimals: (amount: string, currency: string, digits: number) =>
    `${amount} ${currency} has more decimals than ${currency} allows (${digits === 0 ? "none" : `at most ${digits}`})`,
  currencyMismatch: (expected: string, found: string, where: string) =>
    `cannot add ${found} to ${expected} (${where}): amounts in different currencies are never added silently — convert them first with convertMoney and a rate table`,
  invalidRate: (what: string, where: string) => `${where}: ${what}`,
  invalidRateTable: (what: string) =>
    `the rate table ${what}: pass { source, rates: [{ from, to, on, rate }] }, with the source of the rates as text`,
  conflictingRates: (from: string, to: string, on: string, a: string, b: string, source: string) =>
    `the rate table ${showValue(source)} has two different rates from ${from} to ${to} on ${on} (${a} and ${b}): keep one`,
  missingRate: (from: string, to: string, on: string, source: string | undefined) => {
    const wanted = [on.slice(0, 4), on.slice(0, 7), on]
      .filter((d, i, all) => all.indexOf(d) === i && d.length <= on.length)
      .reverse()
      .map((d) => `'${d}'`)
      .join(" or ")
    return source === undefined
      ? `no exchange rate from ${from} to ${to} for ${on}: pass a rate table (rates) with a rate { from: '${from}', to: '${to}', on: ${wanted} }`
      : `no exchange rate from ${from} to ${to} for ${on} in the rate table ${showValue(source)}: add a rate { from: '${from}', to: '${to}', on: ${wanted} } (or its inverse from ${to} to ${from})`
  },
} as const
