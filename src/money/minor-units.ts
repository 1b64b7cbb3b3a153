/**
 * Exact amounts: a `Money` amount is a decimal in major units (`0.29` USD); here it becomes an
 * integer number of minor units (`29n` cents) read from the number's shortest decimal form, so
 * that binary floating point never gets in the way (`0.29 * 100` is `28.999999999999996`).
 */
import { currencyDigits } from "./currencies.js"
import {
  invalidAmountMessage,
  MoneyError,
  tooManyDecimalsMessage,
  unknownCurrencyMessage,
} from "./errors.js"

/** A non-negative or negative decimal as an integer and a scale: value = units / 10^scale. */
export type Decimal = { readonly units: bigint; readonly scale: number }

const POWERS: bigint[] = []
/** 10^n as a bigint (cached). */
export function pow10(n: number): bigint {
  let p = POWERS[n]
  if (p === undefined) {
    p = 10n ** BigInt(n)
    POWERS[n] = p
  }
  return p
}

/** Reads a decimal string such as `"110.4312"`, `"-3"` or `"1.5e-7"`; `undefined` if it is not one. */
export function parseDecimal(text: string): Decimal | undefined {
  const match = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text)
  if (match === null) return undefined
  const [, sign, whole = "", fraction = "", exponentText] = match
  const exponent = exponentText === undefined ? 0 : Number(exponentText)
  let units = BigInt(whole + fraction)
  let scale = fraction.length - exponent
  if (scale < 0) {
    units *= pow10(-scale)
    scale = 0
  }
  // Drop trailing zeros so that equal values have one representation.
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n
    scale--
  }
  return { units: sign === "-" ? -units : units, scale }
}

/** The exact decimal a finite number stands for (its shortest round-trip form). */
export function decimalOfNumber(value: number): Decimal | undefined {
  if (!Number.isFinite(value)) return undefined
  return parseDecimal(String(value))
}

/** The minor-unit digits of a currency, or a `money/unknown-currency` error. */
export function digitsOf(currency: string): number {
  const digits = currencyDigits(currency)
  if (digits === undefined)
    throw new MoneyError("money/unknown-currency", unknownCurrencyMessage(currency))
  return digits
}

/**
 * An amount of money as an exact integer number of minor units of its currency (yen for JPY,
 * cents for USD, fils for KWD).
 *
 * Throws a {@link MoneyError}: `money/unknown-currency`, `money/invalid-amount` (not finite),
 * `money/too-many-decimals` (`10.5` JPY).
 *
 * @example
 * toMinorUnits({ amount: 0.29, currency: "USD" })            //=> 29n
 * toMinorUnits({ amount: 45_000_000_000, currency: "JPY" })  //=> 45000000000n
 * toMinorUnits({ amount: 1.234, currency: "KWD" })           //=> 1234n
 *
 * @category Money
 */
export function toMinorUnits(money: {
  readonly amount: number
  readonly currency: string
}): bigint {
  const digits = digitsOf(money.currency)
  const decimal = decimalOfNumber(money.amount)
  if (decimal === undefined)
    throw new MoneyError("money/invalid-amount", invalidAmountMessage(money.amount, money.currency))
  if (decimal.scale > digits) {
    throw new MoneyError(
      "money/too-many-decimals",
      tooManyDecimalsMessage(money.amount, money.currency, digits),
    )
  }
  return decimal.units * pow10(digits - decimal.scale)
}

/**
 * The amount in major units of an integer number of minor units, as the nearest `number`
 * (exact up to 2^53 minor units; beyond that, the closest double to the exact decimal).
 *
 * @example
 * amountOfMinorUnits(29n, "USD")          //=> 0.29
 * amountOfMinorUnits(80000000000n, "JPY") //=> 80000000000
 *
 * @category Money
 */
export function amountOfMinorUnits(minor: bigint, currency: string): number {
  return decimalToNumber({ units: minor, scale: digitsOf(currency) })
}

/**
 * Divides two bigints and rounds half away from zero ("commercial rounding"): 2.5 → 3,
 * −2.5 → −3.
 */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator < 0n) return divideRounded(-numerator, -denominator)
  const negative = numerator < 0n
  const n = negative ? -numerator : numerator
  const q = (2n * n + denominator) / (2n * denominator)
  return negative ? -q : q
}

/** The sum of two decimals, exact. */
export function addDecimal(a: Decimal, b: Decimal): Decimal {
  if (a.scale === b.scale) return { units: a.units + b.units, scale: a.scale }
  return a.scale > b.scale
    ? { units: a.units + b.units * pow10(a.scale - b.scale), scale: a.scale }
    : { units: a.units * pow10(b.scale - a.scale) + b.units, scale: b.scale }
}

/** Compares two decimals exactly: −1, 0 or 1. */
export function compareDecimal(a: Decimal, b: Decimal): number {
  const x = a.scale >= b.scale ? a.units : a.units * pow10(b.scale - a.scale)
  const y = b.scale >= a.scale ? b.units : b.units * pow10(a.scale - b.scale)
  return x < y ? -1 : x > y ? 1 : 0
}

/** The nearest number to a decimal. */
export function decimalToNumber(value: Decimal): number {
  if (value.scale === 0) return Number(value.units)
  const negative = value.units < 0n
  const text = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, "0")
  const n = Number(`${text.slice(0, -value.scale)}.${text.slice(-value.scale)}`)
  return negative ? -n : n
}

/**
 * The ratio of two decimals as the nearest number (exact inputs, one rounding when both fit in
 * 2^53). Integers too large for a number lose the same number of digits first, so that two huge
 * amounts still have a ratio (`Infinity` only when the ratio itself is beyond a number).
 */
export function decimalRatio(a: Decimal, b: Decimal): number {
  let x = a.scale >= b.scale ? a.units : a.units * pow10(b.scale - a.scale)
  let y = b.scale >= a.scale ? b.units : b.units * pow10(a.scale - b.scale)
  if (Number.isFinite(Number(x)) && Number.isFinite(Number(y))) return Number(x) / Number(y)
  const drop = Math.max(digitCount(x), digitCount(y)) - 300
  x /= pow10(drop)
  y /= pow10(drop)
  return Number(x) / Number(y)
}

function digitCount(n: bigint): number {
  return (n < 0n ? -n : n).toString().length
}
