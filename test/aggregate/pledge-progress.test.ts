import { describe, expect, it } from "vitest"
import { createPledgeProgressAccumulator, pledgeProgress } from "../../src/aggregate/index.js"
import type { Pledge } from "../../src/index.js"
import { MoneyError } from "../../src/money/index.js"
import { counterTerrorismPledge } from "../fixtures/aggregate/seed.js"
import { small } from "../fixtures/aggregate/small.js"

const rates = { source: "illustrative", rates: [{ from: "USD", to: "JPY", on: "2024", rate: 150 }] }

/** Named by itc-184 of the small dataset; 2024 is a leap year (2024-01-01 – 2024-12-31 is 365 days). */
const pledge: Pledge = {
  id: "pl",
  pledger: "gov-japan",
  announcedOn: "2023-12",
  period: { start: "2024", end: "2024" },
  targets: [
    { id: "people", kind: "quantity", metric: "people-trained", value: 10 },
    { id: "money", kind: "money", money: { amount: 1_000_000, currency: "JPY" } },
  ],
  fulfilments: [
    { target: "people", on: "2024-06", value: 3 },
    // Replaced by the cumulative record of June (so it is never converted).
    { target: "money", on: "2024-03", money: { amount: 1000, currency: "GBP" } },
    {
      target: "money",
      on: "2024-06",
      kind: "cumulative",
      money: { amount: 500_000, currency: "JPY" },
    },
    { target: "money", on: "2024-07-10", money: { amount: 1000, currency: "USD" } },
    { target: "money", on: "2024-09", money: { amount: 100_000, currency: "JPY" } },
    { target: "money", on: "2025", money: { amount: 1, currency: "JPY" } },
    { target: "nobody", on: "2024", value: 99 },
  ],
}

describe("pledgeProgress", () => {
  it("the counter-terrorism pledge is exceeded: ¥80bn of ¥45bn, 2,653 of 2,000", () => {
    expect(pledgeProgress(counterTerrorismPledge, { asOf: "2018-12-31" })).toEqual({
      pledge: "japan-asean-ct-2016",
      asOf: "2018-12-31",
      elapsed: 1,
      status: "exceeded",
      targets: [
        {
          target: "assistance",
          kind: "money",
          goal: 45_000_000_000,
          achieved: 80_000_000_000,
          ratio: 80 / 45,
          status: "exceeded",
        },
        {
          target: "personnel",
          kind: "quantity",
          goal: 2000,
          achieved: 2653,
          ratio: 1.3265,
          status: "exceeded",
        },
      ],
    })
    expect(pledgeProgress(counterTerrorismPledge, { asOf: "2018" }).status).toBe("exceeded")
  })

  it("records dated '2018' are known on 2018-12-31 only", () => {
    const midway = pledgeProgress(counterTerrorismPledge, { asOf: "2018-06-30" })
    expect(midway.targets.map((t) => [t.achieved, t.status])).toEqual([
      [0, "behind"],
      [0, "behind"],
    ])
    expect(midway.status).toBe("behind")
    expect(pledgeProgress(counterTerrorismPledge, { asOf: "2015-12-31" }).status).toBe(
      "not-started",
    )
    expect(pledgeProgress(counterTerrorismPledge, { asOf: "2016-01-01" }).elapsed).toBe(0)
  })

  it("adds increments, replaces with cumulative records, converts with the rate table", () => {
    // As of 2024-09-30: elapsed 273/365. people: 3 of 10 (itc-184's completions are dated
    // 2024-11-15) → behind. money: 500,000 (cumulative, June) + 150,000 (USD 1,000 × 150, July)
    // + 100,000 (September) = 750,000 of 1,000,000, ratio 0.75 ≥ 0.748 → on-track.
    const result = pledgeProgress(pledge, { asOf: "2024-09-30", dataset: small, rates })
    expect(result).toEqual({
      pledge: "pl",
      asOf: "2024-09-30",
      elapsed: 273 / 365,
      status: "behind",
      targets: [
        { target: "people", kind: "quantity", goal: 10, achieved: 3, ratio: 0.3, status: "behind" },
        {
          target: "money",
          kind: "money",
          goal: 1_000_000,
          achieved: 750_000,
          ratio: 0.75,
          status: "on-track",
        },
      ],
    })
  })

  it("counts completed participations of programmes naming the pledge for people-trained targets", () => {
    // a (completedOn 2024-11-15) and b (itc-184 ends 2024-11-15); not f (lecturer), not c
    // (attended), not d (the cancelled programme also names the pledge).
    const result = pledgeProgress(pledge, { asOf: "2024-12-31", dataset: small, rates })
    expect(result.targets[0]).toEqual({
      target: "people",
      kind: "quantity",
      goal: 10,
      achieved: 5,
      ratio: 0.5,
      status: "behind",
    })
    expect(result.elapsed).toBe(1)
    const missed = pledgeProgress(pledge, { asOf: "2025-01-01", dataset: small, rates })
    expect(missed.targets.map((t) => t.status)).toEqual(["missed", "missed"])
    expect(missed.status).toBe("missed")
  })

  it("a missing rate is a MoneyError naming the pair and the date", () => {
    expect(() => pledgeProgress(pledge, { asOf: "2024-09-30", dataset: small })).toThrow(MoneyError)
    expect(() => pledgeProgress(pledge, { asOf: "2024-09-30", dataset: small })).toThrow(
      /no exchange rate from USD to JPY for 2024-07-10/,
    )
  })

  it("met is exact; increments on the day of a cumulative record still add", () => {
    const exact: Pledge = {
      id: "x",
      pledger: "p",
      announcedOn: "2020",
      period: { start: "2020-01-01", end: "2020-12-31" },
      targets: [
        { id: "usd", kind: "money", money: { amount: 0.3, currency: "USD" } },
        { id: "n", kind: "quantity", metric: "workshops", value: 10 },
      ],
      fulfilments: [
        { target: "usd", on: "2020-02", money: { amount: 0.1, currency: "USD" } },
        { target: "usd", on: "2020-03", money: { amount: 0.2, currency: "USD" } },
        { target: "n", on: "2020-05-01", kind: "cumulative", value: 4 },
        { target: "n", on: "2020-05-01", kind: "cumulative", value: 6 },
        { target: "n", on: "2020-05-01", value: 4 },
        { target: "n", on: "2020-04", value: 100 },
      ],
    }
    const result = pledgeProgress(exact, { asOf: "2020-06-01" })
    expect(result.targets.map((t) => [t.achieved, t.status])).toEqual([
      [0.3, "met"],
      [10, "met"],
    ])
    expect(result.status).toBe("met")
  })

  it("a goal of zero, and a pledge without targets", () => {
    const zero: Pledge = {
      id: "z",
      pledger: "p",
      announcedOn: "2020",
      period: { start: "2020", end: "2020" },
      targets: [{ id: "n", kind: "quantity", metric: "m", value: 0 }],
    }
    expect(pledgeProgress(zero, { asOf: "2020-06" }).targets[0]).toMatchObject({
      ratio: 1,
      status: "met",
    })
    expect(pledgeProgress({ ...zero, targets: [] }, { asOf: "2020-06" }).status).toBe("met")
    expect(pledgeProgress({ ...zero, targets: [] }, { asOf: "2019" }).status).toBe("not-started")
  })

  it("requires asOf", () => {
    expect(() => pledgeProgress(pledge, {} as never)).toThrow(
      "pledgeProgress: option asOf is undefined; use a date YYYY, YYYY-MM or YYYY-MM-DD",
    )
  })

  it("its accumulator streams the participations", () => {
    const records = small.participations ?? []
    const a = createPledgeProgressAccumulator(pledge, { asOf: "2024-12-31", dataset: small, rates })
    const b = createPledgeProgressAccumulator(pledge, { asOf: "2024-12-31", dataset: small, rates })
    a.addAll(records.slice(0, 1))
    b.addAll(records.slice(1))
    expect(a.merge(b).result()).toEqual(
      pledgeProgress(pledge, { asOf: "2024-12-31", dataset: small, rates }),
    )
  })
})
