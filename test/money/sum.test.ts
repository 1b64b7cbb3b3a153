import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  addMoney,
  amountOfMinorUnits,
  compareMoney,
  MoneyError,
  sumMoney,
  toMinorUnits,
} from "../../src/money/index.js"

describe("toMinorUnits / amountOfMinorUnits", () => {
  it("reads the decimal a person wrote, not the binary approximation", () => {
    expect(toMinorUnits({ amount: 0.29, currency: "USD" })).toBe(29n)
    expect(toMinorUnits({ amount: 1.005, currency: "KWD" })).toBe(1005n)
    expect(toMinorUnits({ amount: 45_000_000_000, currency: "JPY" })).toBe(45_000_000_000n)
    expect(toMinorUnits({ amount: 1e21, currency: "JPY" })).toBe(10n ** 21n)
    expect(amountOfMinorUnits(29n, "USD")).toBe(0.29)
    expect(amountOfMinorUnits(5n, "KWD")).toBe(0.005)
    expect(amountOfMinorUnits(80_000_000_000n, "JPY")).toBe(80_000_000_000)
  })

  it("rejects too many decimals, unknown currencies and non-finite amounts with codes", () => {
    const codeOf = (f: () => unknown) => {
      try {
        f()
      } catch (error) {
        return error instanceof MoneyError ? error.code : "other"
      }
      return "none"
    }
    expect(codeOf(() => toMinorUnits({ amount: 10.5, currency: "JPY" }))).toBe(
      "money/too-many-decimals",
    )
    expect(codeOf(() => toMinorUnits({ amount: 1, currency: "XYZ" }))).toBe(
      "money/unknown-currency",
    )
    expect(codeOf(() => toMinorUnits({ amount: Number.NaN, currency: "USD" }))).toBe(
      "money/invalid-amount",
    )
    expect(() => toMinorUnits({ amount: 10.5, currency: "JPY" })).toThrow(
      "10.5 JPY has more decimals than JPY allows (none)",
    )
  })

  it("round-trips every amount of up to 15 significant digits (what a double holds)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }),
        fc.constantFrom("JPY", "USD", "KWD", "CLF"),
        (minor, currency) => {
          const amount = amountOfMinorUnits(minor, currency)
          expect(toMinorUnits({ amount, currency })).toBe(minor)
        },
      ),
      { seed: 11, numRuns: 1000 },
    )
  })
})

describe("sumMoney", () => {
  it("is exact where floating point is not", () => {
    expect(0.1 + 0.2).not.toBe(0.3)
    expect(
      sumMoney(
        [
          { amount: 0.1, currency: "USD" },
          { amount: 0.2, currency: "USD" },
        ],
        "USD",
      ),
    ).toEqual({
      amount: 0.3,
      currency: "USD",
    })
  })

  it("an empty sum is zero; approximate is kept", () => {
    expect(sumMoney([], "JPY")).toEqual({ amount: 0, currency: "JPY" })
    expect(
      sumMoney(
        [
          { amount: 45_000_000_000, currency: "JPY", approximate: true },
          { amount: 1, currency: "JPY" },
        ],
        "JPY",
      ),
    ).toEqual({ amount: 45_000_000_001, currency: "JPY", approximate: true })
  })

  it("never adds two currencies silently", () => {
    expect(() =>
      sumMoney(
        [
          { amount: 1, currency: "JPY" },
          { amount: 1, currency: "USD" },
        ],
        "JPY",
      ),
    ).toThrow(/cannot add USD to JPY \(amount \[1\]\)/)
    expect(() => addMoney({ amount: 1, currency: "JPY" }, { amount: 1, currency: "USD" })).toThrow(
      MoneyError,
    )
    expect(() =>
      compareMoney({ amount: 1, currency: "JPY" }, { amount: 1, currency: "USD" }),
    ).toThrow(MoneyError)
  })

  it("equals the exact integer sum of minor units, in any order (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 13n }), { maxLength: 50 }),
        fc.constantFrom("JPY", "USD", "KWD"),
        (minors, currency) => {
          const amounts = minors.map((m) => ({ amount: amountOfMinorUnits(m, currency), currency }))
          const exact = minors.reduce((a, b) => a + b, 0n)
          const sum = sumMoney(amounts, currency)
          expect(toMinorUnits(sum)).toBe(exact)
          expect(sumMoney([...amounts].reverse(), currency)).toEqual(sum)
        },
      ),
      { seed: 5, numRuns: 300 },
    )
  })

  it("stays exact beyond 2^53 minor units until the final number", () => {
    const big = { amount: 9_007_199_254_740_991, currency: "JPY" }
    const sum = sumMoney([big, big, { amount: 2, currency: "JPY" }], "JPY")
    expect(BigInt(sum.amount)).toBe(18_014_398_509_481_984n)
  })

  it("compareMoney and addMoney", () => {
    expect(compareMoney({ amount: 80e9, currency: "JPY" }, { amount: 45e9, currency: "JPY" })).toBe(
      1,
    )
    expect(compareMoney({ amount: 0.3, currency: "USD" }, { amount: 0.3, currency: "USD" })).toBe(0)
    expect(addMoney({ amount: 0.29, currency: "USD" }, { amount: 0.01, currency: "USD" })).toEqual({
      amount: 0.3,
      currency: "USD",
    })
  })

  it("does not modify its input", () => {
    const amounts = Object.freeze([Object.freeze({ amount: 1, currency: "USD" })])
    sumMoney(amounts, "USD")
    expect(amounts).toEqual([{ amount: 1, currency: "USD" }])
  })
})
