import { describe, expect, it } from "vitest"
import {
  countryCodeSchema,
  currencyCodeSchema,
  idSchema,
  moneySchema,
  partialDateSchema,
  periodSchema,
} from "../../src/schemas/index.js"

function issuesOf(
  schema: { safeParse(v: unknown): { success: boolean; error?: { issues: unknown[] } } },
  value: unknown,
) {
  const result = schema.safeParse(value)
  return result.success ? [] : (result.error?.issues ?? [])
}

describe("partialDateSchema", () => {
  it.each([
    "2024",
    "2024-10",
    "2024-10-15",
    "2024-02-29",
    "2000-02-29",
    "1600-02-29",
    "2023-12-31",
    "0001-01-01",
  ])("accepts %s", (date) => {
    expect(partialDateSchema.parse(date)).toBe(date)
  })

  it.each([
    "2023-02-29",
    "1900-02-29",
    "2100-02-29",
    "2024-13",
    "2024-00",
    "2024-04-31",
    "2024-06-31",
    "2024-1",
    "2024-10-1",
    "24",
    "2024-10-15T00:00:00Z",
    " 2024",
    "2024/10/15",
    "",
  ])("rejects %s with a message that shows the valid forms", (date) => {
    expect(issuesOf(partialDateSchema, date)).toEqual([
      {
        code: "custom",
        path: [],
        params: { code: "date/invalid" },
        message: `'${date}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD with a real month and day, such as '2024', '2024-10' or '2024-10-15'`,
      },
    ])
  })

  it("rejects non-strings, including Date objects", () => {
    expect(partialDateSchema.safeParse(new Date(Date.UTC(2024, 0, 1))).success).toBe(false)
    expect(partialDateSchema.safeParse(2024).success).toBe(false)
    expect(partialDateSchema.safeParse(null).success).toBe(false)
  })

  it("accepts every day of every month of a leap and a common year, and no other", () => {
    const lengths = {
      2023: [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
      2024: [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
    }
    for (const [year, months] of Object.entries(lengths)) {
      months.forEach((length, i) => {
        const month = String(i + 1).padStart(2, "0")
        for (let day = 1; day <= 32; day++) {
          const date = `${year}-${month}-${String(day).padStart(2, "0")}`
          expect(partialDateSchema.safeParse(date).success, date).toBe(day <= length)
        }
      })
    }
  })
})

describe("countryCodeSchema", () => {
  it.each(["VN", "UA", "JP", "XK", "TW", "HK", "MO", "PS", "TL"])("accepts %s", (code) => {
    expect(countryCodeSchema.parse(code)).toBe(code)
  })

  it("rejects an unknown code and says what a valid one looks like", () => {
    expect(issuesOf(countryCodeSchema, "ZZ")).toEqual([
      {
        code: "custom",
        path: [],
        params: { code: "country/invalid" },
        message:
          "'ZZ' is not a country code: use an ISO 3166-1 alpha-2 code in upper case, such as 'VN' or 'UA', or 'XK' for Kosovo",
      },
    ])
  })

  it("suggests the upper-case form of a lower-case code", () => {
    const [issue] = issuesOf(countryCodeSchema, "vn") as { message: string }[]
    expect(issue?.message).toContain("(did you mean 'VN'?)")
  })

  it.each([
    "__proto__",
    "constructor",
    "toString",
    "VNM",
    "704",
    "Viet Nam",
    "",
    42,
    null,
    undefined,
  ])("rejects %j", (value) => {
    expect(countryCodeSchema.safeParse(value).success).toBe(false)
  })
})

describe("moneySchema", () => {
  it.each([
    [{ amount: 45_000_000_000, currency: "JPY", approximate: true }],
    [{ amount: 10.25, currency: "USD" }],
    [{ amount: 0.29, currency: "USD" }],
    [{ amount: 1.234, currency: "KWD" }],
    [{ amount: 0, currency: "EUR" }],
  ])("accepts %j", (money) => {
    expect(moneySchema.parse(money)).toEqual(money)
  })

  it.each([
    [{ amount: 10.5, currency: "JPY" }, "10.5 JPY has more decimals than JPY allows (none)"],
    [{ amount: 1.005, currency: "USD" }, "1.005 USD has more decimals than USD allows (at most 2)"],
    [
      { amount: 1.2345, currency: "KWD" },
      "1.2345 KWD has more decimals than KWD allows (at most 3)",
    ],
    [{ amount: 1e-7, currency: "USD" }, "1e-7 USD has more decimals than USD allows (at most 2)"],
  ])("rejects %j: too many decimals", (money, message) => {
    expect(issuesOf(moneySchema, money)).toEqual([
      { code: "custom", path: ["amount"], params: { code: "money/too-many-decimals" }, message },
    ])
  })

  it.each([
    [{ amount: -1, currency: "USD" }],
    [{ amount: Number.POSITIVE_INFINITY, currency: "USD" }],
    [{ amount: Number.NaN, currency: "USD" }],
    [{ amount: "10", currency: "USD" }],
    [{ amount: 10, currency: "usd" }],
    [{ amount: 10, currency: "XXX" }],
    [{ amount: 10 }],
    [{ amount: 10, currency: "USD", approx: true }],
  ])("rejects %j", (money) => {
    expect(moneySchema.safeParse(money).success).toBe(false)
  })

  it("names the currency rule in its message", () => {
    const [issue] = issuesOf(moneySchema, { amount: 1, currency: "usd" }) as {
      message: string
      path: unknown[]
    }[]
    expect(issue).toMatchObject({
      path: ["currency"],
      message:
        "'usd' is not an ISO 4217 currency code: use three upper-case letters, such as 'JPY', 'USD' or 'EUR'",
    })
  })
})

describe("idSchema", () => {
  it.each(["p1", "unafei-itc-184", "__proto__", "constructor", "a b", "x".repeat(200)])(
    "accepts %j",
    (id) => {
      expect(idSchema.parse(id)).toBe(id)
    },
  )

  it.each([
    ["", "an id must not be empty"],
    ["x".repeat(201), "an id must have at most 200 characters (this one has 201)"],
    [" p1", "id ' p1' must not start or end with white space"],
    ["p1\n", "id 'p1\\n' must not start or end with white space"],
    [42, "an id must be a string, not 42"],
  ])("rejects %j", (id, message) => {
    expect(issuesOf(idSchema, id)).toEqual([
      { code: "custom", path: [], params: { code: "id/invalid" }, message },
    ])
  })

  it("has the same type on the currency code schema for completeness", () => {
    expect(currencyCodeSchema.safeParse("JPY").success).toBe(true)
  })
})

describe("periodSchema", () => {
  it("accepts an open-ended period and refuses unknown keys", () => {
    expect(periodSchema.parse({ start: "2015" })).toEqual({ start: "2015" })
    expect(periodSchema.safeParse({ start: "2015", finish: "2016" }).success).toBe(false)
  })
})
