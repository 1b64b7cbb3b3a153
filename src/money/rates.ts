/**
 * Currency conversion through a rate table the caller supplies — never a network call. A rate
 * is given for a currency pair and a date: a year (a yearly average), a month (a monthly
 * average) or a day.
 */
import { isPartialDate } from "../dates/partial-date.js"
import { describeThrown } from "../text/describe-thrown.js"
import { quote } from "../text/quote.js"
import { isCurrencyCode } from "./currencies.js"
import {
  conflictingRatesMessage,
  invalidRateMessage,
  invalidRateTableMessage,
  MoneyError,
  missingRateMessage,
  notACurrencyPairMessage,
  notARateMessage,
  rateDateMessage,
  rateNotANumberMessage,
  rateNotPositiveMessage,
  rateOutOfRangeMessage,
} from "./errors.js"
import {
  amountOfMinorUnits,
  type Decimal,
  digitsOf,
  divideRounded,
  parseDecimal,
  pow10,
  toMinorUnits,
} from "./minor-units.js"
import type { MoneyAmount, MoneyValue } from "./sum.js"

/**
 * One exchange rate: how many units of `to` one unit of `from` buys, for a date.
 *
 * - `on: "2018"` — a yearly average, used for records dated 2018, 2018-06 or 2018-06-15 when
 *   no finer rate is given;
 * - `on: "2018-06"` — a monthly average; `on: "2018-06-15"` — the rate of that day.
 *
 * `rate` may be a decimal string (`"110.4312"`) to keep every digit the source gives. It must
 * be a positive decimal from 1e-30 to 1e+30 with at most 30 significant digits (text of at most
 * 100 characters); anything else is a `MoneyError` `money/invalid-rate`.
 *
 * @example
 * const rate: ExchangeRate = { from: "USD", to: "JPY", on: "2018", rate: "110.42" }
 *
 * @category Money
 */
export type ExchangeRate = {
  readonly from: string
  readonly to: string
  readonly on: string
  readonly rate: number | string
  /** Where this rate comes from, when it differs from the table's `source`. */
  readonly source?: string
}

/**
 * A rate table: the rates and where they come from ("IMF IFS yearly averages, retrieved
 * 2025-01-10"). The source is part of the table so that a report can cite it.
 *
 * @example
 * const rates: ExchangeRateTable = {
 *   source: "OECD yearly averages (illustrative)",
 *   rates: [{ from: "USD", to: "JPY", on: "2018", rate: 110.42 }],
 * }
 *
 * @category Money
 */
export type ExchangeRateTable = {
  readonly source: string
  readonly rates: readonly ExchangeRate[]
}

/**
 * A rate found for a conversion.
 *
 * @example
 * findExchangeRate(rates, "USD", "JPY", "2018-06-15") //=> { from: "USD", to: "JPY", on: "2018", rate: 110.42, inverse: false, source: "…" }
 *
 * @category Money
 */
export type FoundRate = {
  /** The pair and date of the table entry that was used. */
  from: string
  to: string
  on: string
  /** The rate as written in the table. */
  rate: number | string
  /** `true` when the entry is for the reverse pair and was divided by. */
  inverse: boolean
  source: string
}

type IndexedRate = { entry: ExchangeRate; decimal: Decimal; text: string }
const indexes = new WeakMap<
  readonly ExchangeRate[],
  { length: number; map: Map<string, IndexedRate> }
>()

function rateKey(from: string, to: string, on: string): string {
  return `${from}>${to}@${on}`
}

/**
 * The bounds of a rate. Any rate between currencies of ISO 4217 fits with room to spare (the
 * widest today are around 10^5 and its inverse; even the forint replaced the pengő in 1946 at
 * 4 × 10^29 pengő to the forint), and the exact arithmetic on a rate stays small and fast:
 * nothing is computed on a rate outside them (`"1e+1000000000"` would be a billion-digit
 * integer).
 */
const MAX_RATE_DIGITS = 30
const MAX_RATE_EXPONENT = 30
/** Longer text cannot be a rate within the bounds worth writing; it is refused unread. */
const MAX_RATE_TEXT = 100
const RATE_PATTERN = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/

/** A rate as an exact decimal, or what is wrong with it. The work is bounded by the bounds. */
function readRate(rate: unknown): Decimal | string {
  let text: string
  if (typeof rate === "number") {
    if (!Number.isFinite(rate) || rate <= 0) return rateNotPositiveMessage(rate)
    text = String(rate)
  } else if (typeof rate === "string") {
    text = rate
  } else {
    return rateNotANumberMessage(rate)
  }
  const outOfRange = rateOutOfRangeMessage(rate, MAX_RATE_DIGITS, MAX_RATE_EXPONENT)
  if (text.length > MAX_RATE_TEXT) return outOfRange
  const match = RATE_PATTERN.exec(text)
  const digits = match === null ? "" : `${match[2]}${match[3] ?? ""}`.replace(/^0+/, "")
  if (match === null || match[1] === "-" || digits === "") return rateNotPositiveMessage(rate)
  // value = digits × 10^(exponent − fraction length); its leading digit is at `magnitude`.
  const exponent = match[4] === undefined ? 0 : Number(match[4])
  const magnitude = digits.length - 1 - (match[3]?.length ?? 0) + exponent
  const significant = digits.replace(/0+$/, "").length
  if (
    significant > MAX_RATE_DIGITS ||
    magnitude > MAX_RATE_EXPONENT ||
    magnitude < -MAX_RATE_EXPONENT
  )
    return outOfRange
  return parseDecimal(text) ?? outOfRange
}

function invalidRate(what: string, where: string): MoneyError {
  return new MoneyError("money/invalid-rate", invalidRateMessage(what, where))
}

function invalidTable(what: string, cause?: unknown): MoneyError {
  return new MoneyError("money/invalid-rate", invalidRateTableMessage(what), { cause })
}

/**
 * The rate table, checked whole and indexed by pair and date (cached per `rates` array): a
 * malformed table is a `money/invalid-rate` however it is malformed, and never a raw error.
 */
export function indexRateTable(table: ExchangeRateTable): Map<string, IndexedRate> {
  if (typeof table !== "object" || table === null || Array.isArray(table))
    throw invalidTable(`is ${quote(table)}`)
  try {
    return indexEntries(table)
  } catch (error) {
    if (error instanceof MoneyError) throw error
    // A getter or a Proxy of the caller's that throws while the table is read.
    throw invalidTable(`could not be read (${describeThrown(error)})`, error)
  }
}

function indexEntries(table: ExchangeRateTable): Map<string, IndexedRate> {
  const { source, rates } = table
  if (typeof source !== "string") throw invalidTable(`has the source ${quote(source)}`)
  if (!Array.isArray(rates))
    throw invalidTable(`${quote(source)} has the rates ${quote(rates)}, not a list`)
  const cached = indexes.get(rates)
  if (cached !== undefined && cached.length === rates.length) return cached.map
  const map = new Map<string, IndexedRate>()
  for (let i = 0; i < rates.length; i++) {
    const entry = rates[i] as ExchangeRate
    const where = `rate table ${quote(source)}, rates[${i}]`
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      throw invalidRate(notARateMessage(entry), where)
    }
    const { from, to, on, rate } = entry
    if (!isCurrencyCode(from) || !isCurrencyCode(to)) {
      throw invalidRate(notACurrencyPairMessage(from, to), where)
    }
    if (!isPartialDate(on)) {
      throw invalidRate(rateDateMessage(on), where)
    }
    const decimal = readRate(rate)
    if (typeof decimal === "string") throw invalidRate(decimal, where)
    const text = String(rate)
    const key = rateKey(from, to, on)
    const previous = map.get(key)
    if (previous !== undefined) {
      if (previous.decimal.units !== decimal.units || previous.decimal.scale !== decimal.scale) {
        throw new MoneyError(
          "money/conflicting-rates",
          conflictingRatesMessage(from, to, on, previous.text, text, source),
        )
      }
      continue
    }
    map.set(key, { entry, decimal, text })
  }
  indexes.set(rates, { length: rates.length, map })
  return map
}

function lookUp(
  table: ExchangeRateTable,
  from: string,
  to: string,
  on: string,
): { rate: IndexedRate; inverse: boolean } | undefined {
  const map = indexRateTable(table)
  // The most precise entry that covers the whole date: a day rate for a day, else the month's,
  // else the year's. A day rate never stands for a whole month or year.
  const candidates =
    on.length === 10
      ? [on, on.slice(0, 7), on.slice(0, 4)]
      : on.length === 7
        ? [on, on.slice(0, 4)]
        : [on]
  for (const date of candidates) {
    const direct = map.get(rateKey(from, to, date))
    if (direct !== undefined) return { rate: direct, inverse: false }
    const reverse = map.get(rateKey(to, from, date))
    if (reverse !== undefined) return { rate: reverse, inverse: true }
  }
  return undefined
}

/**
 * The rate a conversion from one currency to another on a date would use, or `undefined`.
 *
 * Looks for the most precise entry covering the date — for `"2018-06-15"`: the day, then the
 * month `"2018-06"`, then the year `"2018"`; for `"2018"`: the year only — taking at each level
 * the direct pair first, then the reverse pair (used by dividing).
 *
 * Throws a {@link MoneyError} `money/invalid-rate` or `money/conflicting-rates` when the table
 * itself is malformed (checked whole, with bounded work, however it is malformed: never a raw
 * `TypeError`).
 *
 * @example
 * findExchangeRate(rates, "USD", "JPY", "2018-06-15")?.on //=> "2018"
 *
 * @category Money
 */
export function findExchangeRate(
  table: ExchangeRateTable,
  from: string,
  to: string,
  on: string,
): FoundRate | undefined {
  const found = lookUp(table, from, to, on)
  if (found === undefined) return undefined
  const { entry } = found.rate
  return {
    from: entry.from,
    to: entry.to,
    on: entry.on,
    rate: entry.rate,
    inverse: found.inverse,
    source: entry.source ?? table.source,
  }
}

/**
 * Converts an amount to another currency exactly, with a rate from the caller's table for the
 * date of the record, rounded once to the target currency's minor unit, half away from zero.
 * The same currency is returned as is (no table needed).
 *
 * A missing rate throws a {@link MoneyError} `money/missing-rate` naming the pair and the date
 * (and carrying them as `from`, `to`, `on`).
 *
 * @param money - The amount; not modified.
 * @param to - The currency to convert to.
 * @param options - `rates`: the table; `on`: the date of the amount (a partial date).
 *
 * @example
 * const rates = { source: "illustrative", rates: [{ from: "USD", to: "JPY", on: "2018", rate: 110.42 }] }
 * convertMoney({ amount: 100, currency: "USD" }, "JPY", { rates, on: "2018-06" })
 * //=> { amount: 11042, currency: "JPY" }
 * convertMoney({ amount: 11042, currency: "JPY" }, "USD", { rates, on: "2018" })
 * //=> { amount: 100, currency: "USD" }
 *
 * @category Money
 */
export function convertMoney(
  money: MoneyAmount,
  to: string,
  options: { readonly rates?: ExchangeRateTable | undefined; readonly on: string },
): MoneyValue {
  const minor = convertToMinorUnits(money, to, options.rates, options.on)
  const value: MoneyValue = { amount: amountOfMinorUnits(minor, to), currency: to }
  if (money.approximate === true) value.approximate = true
  return value
}

/** {@link convertMoney} to an exact integer of the target's minor units. */
export function convertToMinorUnits(
  money: MoneyAmount,
  to: string,
  rates: ExchangeRateTable | undefined,
  on: string,
): bigint {
  const minor = toMinorUnits(money)
  if (money.currency === to) return minor
  const toDigits = digitsOf(to)
  const found = rates === undefined ? undefined : lookUp(rates, money.currency, to, on)
  if (found === undefined) {
    throw new MoneyError(
      "money/missing-rate",
      missingRateMessage(money.currency, to, on, rates?.source),
      { from: money.currency, to, on },
    )
  }
  const fromDigits = digitsOf(money.currency)
  const { units, scale } = found.rate.decimal
  // value in `to` minor units = minor / 10^fromDigits × rate × 10^toDigits, rate = units / 10^scale
  return found.inverse
    ? divideRounded(minor * pow10(scale) * pow10(toDigits), pow10(fromDigits) * units)
    : divideRounded(minor * units * pow10(toDigits), pow10(fromDigits + scale))
}
