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

describe("hostile rate tables are money/invalid-rate, fast, with a one-line message", () => {
  const usd = { amount: 100, currency: "USD" }
  /** The code of what a call throws (a raw error shows its name and message instead). */
  function thrown(call: () => unknown): string {
    try {
      call()
      return "no error"
    } catch (error) {
      if (error instanceof MoneyError) {
        expect(error.message).not.toMatch(/[\n\r]/)
        expect(error.message.length).toBeLessThan(400)
        return error.code
      }
      return `${(error as Error)?.name}: ${(error as Error)?.message}`
    }
  }
  const withRate = (rate: unknown) =>
    ({
      source: "x",
      rates: [{ from: "USD", to: "JPY", on: "2018", rate }],
    }) as unknown as ExchangeRateTable
  const convert = (rates: unknown) => () =>
    convertMoney(usd, "JPY", { rates: rates as ExchangeRateTable, on: "2018" })

  it.each([
    ["1e+100000", "1e+100000"],
    ["1e+1000000000", "1e+1000000000"],
    ["1e-1000000000", "1e-1000000000"],
    ["1e-100000", "1e-100000"],
    ["1e+31 (above 10^30)", "1e+31"],
    ["1e-31 (below 10^-30)", "1e-31"],
    ["100,000 nines", "9".repeat(100_000)],
    ["31 significant digits", `1.${"1".repeat(30)}`],
    ["an exponent of 400 digits", `1e${"0".repeat(399)}1`],
    ["zero with an exponent", "0e5"],
    ["negative", "-1"],
    ["white space", " 1"],
    ["hexadecimal", "0x10"],
    ["NaN", "NaN"],
    ["Infinity as text", "Infinity"],
    ["the number 1e300", 1e300],
    ["the number 1e-300", 1e-300],
    ["the smallest number", Number.MIN_VALUE],
    ["the number NaN", Number.NaN],
    ["the number Infinity", Number.POSITIVE_INFINITY],
    ["a BigInt", 110n],
    ["an object", { valueOf: (): number => 110 }],
    ["nothing", undefined],
  ])("rate %s", (_label, rate) => {
    expect(thrown(convert(withRate(rate)))).toBe("money/invalid-rate")
    expect(thrown(() => findExchangeRate(withRate(rate), "USD", "JPY", "2018"))).toBe(
      "money/invalid-rate",
    )
  })

  it("rates within the bounds convert exactly", () => {
    // 30 significant digits, and the bounds 10^30 and 10^-30 themselves.
    const thirty = "123456789012345678901234567890"
    expect(
      convertMoney({ amount: 1, currency: "JPY" }, "USD", {
        rates: withRate("1e-30"),
        on: "2018",
      }),
    ).toEqual({ amount: 1e30, currency: "USD" })
    expect(
      convertMoney({ amount: 0.01, currency: "USD" }, "JPY", {
        rates: withRate(thirty),
        on: "2018",
      }),
    ).toEqual({ amount: Number("1234567890123456789012345679"), currency: "JPY" })
    expect(
      convertMoney({ amount: 1, currency: "USD" }, "JPY", {
        rates: withRate("1e+30"),
        on: "2018",
      }).amount,
    ).toBe(1e30)
    expect(
      convertMoney({ amount: 100, currency: "USD" }, "JPY", {
        // Leading zeros are not significant digits: 1.1042e-22 × 10^24.
        rates: withRate(`0.${"0".repeat(21)}11042e+24`),
        on: "2018",
      }).amount,
    ).toBe(11042)
  })

  it.each([
    ["null", null],
    ["a string", "rates"],
    ["a list", [{ from: "USD", to: "JPY", on: "2018", rate: 110 }]],
    ["rates: [null]", { source: "x", rates: [null] }],
    ["rates: a string", { source: "x", rates: "abc" }],
    ["rates: an object", { source: "x", rates: { length: 1, 0: null } }],
    ["rates missing", { source: "x" }],
    ["no source", { rates: [] }],
    ["a source that is not text", { source: 5, rates: [] }],
    ["an entry that is a number", { source: "x", rates: [5] }],
    ["from as a BigInt", { source: "x", rates: [{ from: 5n, to: "JPY", on: "2018", rate: 1 }] }],
    ["on as an object", { source: "x", rates: [{ from: "USD", to: "JPY", on: {}, rate: 1 }] }],
    [
      "a 1 MB currency",
      { source: "x", rates: [{ from: "U".repeat(2 ** 20), to: "JPY", on: "2018", rate: 1 }] },
    ],
    [
      "a 1 MB source",
      { source: "s\n".repeat(2 ** 19), rates: [{ from: "USD", to: "JPY", on: "2018", rate: -1 }] },
    ],
  ])("a table that is %s", (_label, table) => {
    expect(thrown(convert(table))).toBe("money/invalid-rate")
    expect(thrown(() => findExchangeRate(table as ExchangeRateTable, "USD", "JPY", "2018"))).toBe(
      "money/invalid-rate",
    )
  })

  it("the message says what would be right", () => {
    expect(() => convert(withRate("1e+100000"))()).toThrow(
      "rate table 'x', rates[0]: the rate '1e+100000' is out of range: use a positive decimal from 1e-30 to 1e+30 with at most 30 significant digits, such as 110.42 or '110.4312'",
    )
    expect(() => convert({ source: "x", rates: [null] })()).toThrow(
      "rate table 'x', rates[0]: null is not a rate: use an object { from, to, on, rate }, such as { from: 'USD', to: 'JPY', on: '2018', rate: 110.42 }",
    )
    expect(() => convert([])()).toThrow(
      "the rate table is a list: pass { source, rates: [{ from, to, on, rate }] }, with the source of the rates as text",
    )
  })
})
