/** Exact sums and comparisons of money in one currency. */
import { currencyMismatchMessage, MoneyError } from "./errors.js"
import { amountOfMinorUnits, digitsOf, toMinorUnits } from "./minor-units.js"

/**
 * An amount of money: `{ amount, currency, approximate? }`, amount in major units.
 *
 * @example
 * const amount: MoneyAmount = { amount: 45_000_000_000, currency: "JPY", approximate: true }
 *
 * @category Money
 */
export type MoneyAmount = {
  readonly amount: number
  readonly currency: string
  readonly approximate?: boolean | undefined
}

/**
 * The plain result of a money operation.
 *
 * @example
 * sumMoney([{ amount: 0.1, currency: "USD" }], "USD") //=> { amount: 0.1, currency: "USD" } (a MoneyValue)
 *
 * @category Money
 */
export type MoneyValue = { amount: number; currency: string; approximate?: true }

function result(minor: bigint, currency: string, approximate: boolean): MoneyValue {
  const value: MoneyValue = { amount: amountOfMinorUnits(minor, currency), currency }
  if (approximate) value.approximate = true
  return value
}

/**
 * The exact sum of amounts in one currency, added as integer minor units (BigInt), so that
 * `0.1 + 0.2` USD is `0.3` and sums beyond 2^53 stay exact until the final `number`.
 *
 * Amounts in another currency are never added silently: they throw a {@link MoneyError}
 * `money/currency-mismatch` naming the position (convert them first with `convertMoney`).
 * The sum is `approximate` when any amount is. An empty list sums to zero.
 *
 * @param amounts - Any iterable of money amounts; not modified.
 * @param currency - The currency every amount must be in (and of the result).
 *
 * @example
 * sumMoney([{ amount: 0.1, currency: "USD" }, { amount: 0.2, currency: "USD" }], "USD")
 * //=> { amount: 0.3, currency: "USD" }
 * sumMoney([], "JPY") //=> { amount: 0, currency: "JPY" }
 *
 * @category Money
 */
export function sumMoney(amounts: Iterable<MoneyAmount>, currency: string): MoneyValue {
  digitsOf(currency)
  let total = 0n
  let approximate = false
  let index = 0
  for (const money of amounts) {
    if (money.currency !== currency) {
      throw new MoneyError(
        "money/currency-mismatch",
        currencyMismatchMessage(currency, money.currency, `amount [${index}]`),
      )
    }
    total += toMinorUnits(money)
    if (money.approximate === true) approximate = true
    index++
  }
  return result(total, currency, approximate)
}

/**
 * Adds two amounts of the same currency exactly. Different currencies throw a
 * {@link MoneyError} `money/currency-mismatch`.
 *
 * @example
 * addMoney({ amount: 0.29, currency: "USD" }, { amount: 0.01, currency: "USD" })
 * //=> { amount: 0.3, currency: "USD" }
 *
 * @category Money
 */
export function addMoney(a: MoneyAmount, b: MoneyAmount): MoneyValue {
  if (a.currency !== b.currency) {
    throw new MoneyError(
      "money/currency-mismatch",
      currencyMismatchMessage(a.currency, b.currency, "addMoney"),
    )
  }
  return result(
    toMinorUnits(a) + toMinorUnits(b),
    a.currency,
    a.approximate === true || b.approximate === true,
  )
}

/**
 * Compares two amounts of the same currency exactly: negative, zero or positive, as a sort
 * comparator. Different currencies throw a {@link MoneyError} `money/currency-mismatch`.
 *
 * @example
 * compareMoney({ amount: 80e9, currency: "JPY" }, { amount: 45e9, currency: "JPY" }) //=> 1
 *
 * @category Money
 */
export function compareMoney(a: MoneyAmount, b: MoneyAmount): number {
  if (a.currency !== b.currency) {
    throw new MoneyError(
      "money/currency-mismatch",
      currencyMismatchMessage(a.currency, b.currency, "compareMoney"),
    )
  }
  const x = toMinorUnits(a)
  const y = toMinorUnits(b)
  return x < y ? -1 : x > y ? 1 : 0
}
