/**
 * Currency conversion through a rate table the caller supplies — never a network call. A rate
 * is given for a currency pair and a date: a year (a yearly average), a month (a monthly
 * average) or a day.
 */
import { isPartialDate } from "../dates/partial-date.js"
import { isCurrencyCode } from "./currencies.js"
import { MoneyError, moneyMessages } from "./errors.js"
import {
  amountOfMinorUnits,
  type Decimal,
  decimalOfNumber,
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
 * `rate` may be a decimal string (`"110.4312"`) to keep every digit the source gives.
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

function indexOf(table: ExchangeRateTable): Map<string, IndexedRate> {
  const cached = indexes.get(table.rates)
  if (cached !== undefined && cached.length === table.rates.length) return cached.map
  const map = new Map<string, IndexedRate>()
  table.rates.forEach((entry, i) => {
    const where = `rate table '${table.source}', rates[${i}]`
    if (!isCurrencyCode(entry.from) || !isCurrencyCode(entry.to)) {
      throw new MoneyError(
        "money/invalid-rate",
        moneyMessages.invalidRate(
          `${JSON.stringify(entry.from)} → ${JSON.stringify(entry.to)} is not a pair of ISO 4217 currency codes`,
          where,
        ),
      )
    }
    if (!isPartialDate(entry.on)) {
      throw new MoneyError(
        "money/invalid-rate",
        moneyMessages.invalidRate(
          `on ${JSON.stringify(entry.on)} is not a date: use YYYY (a yearly rate), YYYY-MM or YYYY-MM-DD`,
          where,
        ),
      )
    }
    const decimal =
      typeof entry.rate === "number" ? decimalOfNumber(entry.rate) : parseDecimal(entry.rate)
    if (decimal === undefined || decimal.units <= 0n) {
      throw new MoneyError(
        "money/invalid-rate",
        moneyMessages.invalidRate(
          `the rate ${JSON.stringify(entry.rate)} is not a positive finite decimal`,
          where,
        ),
      )
    }
    const text = String(entry.rate)
    const key = rateKey(entry.from, entry.to, entry.on)
    const previous = map.get(key)
    if (previous !== undefined) {
      if (previous.decimal.units !== decimal.units || previous.decimal.scale !== decimal.scale) {
        throw new MoneyError(
          "money/conflicting-rates",
          moneyMessages.conflictingRates(
            entry.from,
            entry.to,
            entry.on,
            previous.text,
            text,
            table.source,
          ),
        )
      }
      return
    }
    map.set(key, { entry, decimal, text })
  })
  indexes.set(table.rates, { length: table.rates.length, map })
  return map
}

function lookUp(
  table: ExchangeRateTable,
  from: string,
  to: string,
  on: string,
): { rate: IndexedRate; inverse: boolean } | undefined {
  const map = indexOf(table)
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
 * itself is malformed.
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
      moneyMessages.missingRate(money.currency, to, on, rates?.source),
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
