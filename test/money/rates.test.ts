import { describe, expect, it } from "vitest"
import {
  convertMoney,
  type ExchangeRateTable,
  findExchangeRate,
  MoneyError,
} from "../../src/money/index.js"

const rates: ExchangeRateTable = {
  source: "illustrative rates",
  rates: [
    { from: "USD", to: "JPY", on: "2018", rate: 110.42 },
    { from: "USD", to: "JPY", on: "2018-06", rate: "110.1" },
    { from: "USD", to: "JPY", on: "2018-06-15", rate: 110.6 },
    { from: "EUR", to: "USD", on: "2019", rate: 1.1195, source: "ECB" },
  ],
}

describe("findExchangeRate", () => {
  it("takes the most precise rate that covers the date", () => {
    expect(findExchangeRate(rates, "USD", "JPY", "2018-06-15")?.rate).toBe(110.6)
    expect(findExchangeRate(rates, "USD", "JPY", "2018-06-14")?.rate).toBe("110.1")
    expect(findExchangeRate(rates, "USD", "JPY", "2018-07-01")?.rate).toBe(110.42)
    expect(findExchangeRate(rates, "USD", "JPY", "2018")?.on).toBe("2018")
    expect(findExchangeRate(rates, "USD", "JPY", "2019")).toBeUndefined()
  })

  it("a day rate never stands for a month or a year", () => {
    const days: ExchangeRateTable = {
      source: "d",
      rates: [{ from: "USD", to: "JPY", on: "2018-06-15", rate: 1 }],
    }
    expect(findExchangeRate(days, "USD", "JPY", "2018-06")).toBeUndefined()
  })

  it("uses the reverse pair when the direct one is missing, and names the source", () => {
    expect(findExchangeRate(rates, "USD", "EUR", "2019-03")).toEqual({
      from: "EUR",
      to: "USD",
      on: "2019",
      rate: 1.1195,
      inverse: true,
      source: "ECB",
    })
  })

  it("rejects malformed and conflicting tables", () => {
    expect(() =>
      findExchangeRate(
        { source: "x", rates: [{ from: "USD", to: "JPY", on: "2018", rate: 0 }] },
        "USD",
        "JPY",
        "2018",
      ),
    ).toThrow(/rate table 'x', rates\[0\]: the rate 0 is not a positive finite decimal/)
    expect(() =>
      findExchangeRate(
        {
          source: "x",
          rates: [
            { from: "USD", to: "JPY", on: "2018", rate: 110 },
            { from: "USD", to: "JPY", on: "2018", rate: 111 },
          ],
        },
        "USD",
        "JPY",
        "2018",
      ),
    ).toThrow(/two different rates from USD to JPY on 2018 \(110 and 111\)/)
    expect(() =>
      findExchangeRate(
        { source: "x", rates: [{ from: "USD", to: "JPY", on: "18", rate: 1 }] },
        "USD",
        "JPY",
        "2018",
      ),
    ).toThrow(MoneyError)
  })
})

describe("convertMoney", () => {
  it("multiplies exactly and rounds once to the target's minor unit", () => {
    expect(convertMoney({ amount: 100, currency: "USD" }, "JPY", { rates, on: "2018-01" })).toEqual(
      {
        amount: 11042,
        currency: "JPY",
      },
    )
    // 0.01 USD × 110.42 = 1.1042 JPY → 1 JPY
    expect(
      convertMoney({ amount: 0.01, currency: "USD" }, "JPY", { rates, on: "2018" }).amount,
    ).toBe(1)
    // 0.05 USD × 110.1 = 5.505 JPY → 6 JPY (half away from zero)
    expect(
      convertMoney({ amount: 0.05, currency: "USD" }, "JPY", { rates, on: "2018-06" }).amount,
    ).toBe(6)
  })

  it("divides by the reverse pair's rate", () => {
    expect(convertMoney({ amount: 11042, currency: "JPY" }, "USD", { rates, on: "2018" })).toEqual({
      amount: 100,
      currency: "USD",
    })
    expect(convertMoney({ amount: 1, currency: "JPY" }, "USD", { rates, on: "2018" }).amount).toBe(
      0.01,
    )
  })

  it("keeps the same currency and the approximate flag", () => {
    expect(
      convertMoney({ amount: 5, currency: "JPY", approximate: true }, "JPY", { on: "2018" }),
    ).toEqual({
      amount: 5,
      currency: "JPY",
      approximate: true,
    })
  })

  it("a missing rate is an error naming the pair and the date", () => {
    let error: unknown
    try {
      convertMoney({ amount: 1, currency: "GBP" }, "JPY", { rates, on: "2018-06-15" })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(MoneyError)
    expect(error).toMatchObject({
      code: "money/missing-rate",
      from: "GBP",
      to: "JPY",
      on: "2018-06-15",
    })
    expect((error as Error).message).toBe(
      "no exchange rate from GBP to JPY for 2018-06-15 in the rate table 'illustrative rates': add a rate { from: 'GBP', to: 'JPY', on: '2018-06-15' or '2018-06' or '2018' } (or its inverse from JPY to GBP)",
    )
    expect(() => convertMoney({ amount: 1, currency: "GBP" }, "JPY", { on: "2018" })).toThrow(
      "no exchange rate from GBP to JPY for 2018: pass a rate table (rates) with a rate { from: 'GBP', to: 'JPY', on: '2018' }",
    )
  })
})
