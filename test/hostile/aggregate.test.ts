/**
 * Hostile input to every aggregation, as issue 10 found it and as an attacker would try it:
 * unvalidated records (null, not objects, fields missing or of the wrong type), prototype keys
 * as ids, countries and themes, hostile options (BigInt, cycles, getters and Proxies that
 * throw, unknown names), odd rate tables. Each case ends in an `AggregationError` or
 * `MoneyError` with a stable code and a one-line message of bounded size — never a raw
 * TypeError or RangeError — or in the correct result. Heavy cases (growth with size) are in
 * bench/hostile-aggregate.bench.mjs.
 */
import { describe, expect, it } from "vitest"
import type { AggregationInput } from "../../src/aggregate/index.js"
import * as agg from "../../src/aggregate/index.js"
import type { Pledge, StrategicFramework } from "../../src/index.js"
import { framework, small } from "../fixtures/aggregate/small.js"
import { messageOf, outcome } from "./outcome.js"

const pledge: Pledge = {
  id: "pl",
  pledger: "gov-japan",
  announcedOn: "2023-12",
  period: { start: "2024", end: "2024" },
  targets: [
    { id: "people", kind: "quantity", metric: "people-trained", value: 10 },
    { id: "money", kind: "money", money: { amount: 1_000_000, currency: "JPY" } },
  ],
  fulfilments: [{ target: "money", on: "2024-06", money: { amount: 1000, currency: "USD" } }],
}
const rates = { source: "illustrative", rates: [{ from: "USD", to: "JPY", on: "2024", rate: 150 }] }

type Options = Record<string, unknown>
/** Every aggregation over a dataset and options (the options each needs are added). */
const ONE_PASS: Record<string, (dataset: unknown, options?: Options) => unknown> = {
  participationsByCountry: (ds, o) =>
    agg.participationsByCountry(ds as AggregationInput, o as never),
  alumniTotals: (ds, o) => agg.alumniTotals(ds as AggregationInput, { asOf: "2025", ...o }),
  goalCoverage: (ds, o) => agg.goalCoverage(framework, ds as AggregationInput, o as never),
  countByPeriod: (ds, o) =>
    agg.countByPeriod(
      ds as AggregationInput,
      {
        of: "participations",
        period: "fiscal-year",
        ...o,
      } as never,
    ),
  disaggregate: (ds, o) =>
    agg.disaggregate(
      ds as AggregationInput,
      {
        by: ["country", "gender", "group"],
        groups: ["ASEAN"],
        of: "alumni",
        asOf: "2025",
        ...o,
      } as never,
    ),
  pledgeProgress: (ds, o) =>
    agg.pledgeProgress(pledge, { asOf: "2024-12-31", dataset: ds, rates, ...o } as never),
}
/** Every accumulator: create it over a context and options, add records one by one, read it. */
const STREAMED: Record<
  string,
  (context: unknown, records: unknown[], options?: Options) => unknown
> = {
  participationsByCountry: (c, r, o) =>
    agg
      .createParticipationsByCountryAccumulator(c as never, o as never)
      .addAll(r as never)
      .result(),
  alumniTotals: (c, r, o) =>
    agg
      .createAlumniAccumulator(c as never, { asOf: "2025", ...o } as never)
      .addAll(r as never)
      .result(),
  goalCoverage: (c, r, o) =>
    agg
      .createGoalCoverageAccumulator(framework, c as never, o as never)
      .addAll(r as never)
      .result(),
  countByPeriod: (c, r, o) =>
    agg
      .createCountByPeriodAccumulator(
        c as never,
        {
          of: "participations",
          period: "year",
          ...o,
        } as never,
      )
      .addAll(r as never)
      .result(),
  disaggregate: (c, r, o) =>
    agg
      .createDisaggregateAccumulator(c as never, { by: ["country"], ...o } as never)
      .addAll(r as never)
      .result(),
  pledgeProgress: (c, r, o) =>
    agg
      .createPledgeProgressAccumulator(pledge, {
        asOf: "2024-12-31",
        dataset: c,
        rates,
        ...o,
      } as never)
      .addAll(r as never)
      .result(),
}
const NAMES = Object.keys(ONE_PASS)

const programme = small.programmes?.[0] as NonNullable<typeof small.programmes>[number]
const participant = small.participants?.[0] as NonNullable<typeof small.participants>[number]
const record = { participant: "a", programme: "itc-184", status: "completed" }
const withProgramme = (p: unknown) => ({ ...small, programmes: [programme, p] })
const withParticipant = (p: unknown) => ({ ...small, participants: [participant, p] })
const withRecord = (r: unknown) => ({ ...small, participations: [record, r] })

describe("participation records that cannot be read are aggregate/invalid-record", () => {
  const cases: [string, unknown][] = [
    ["null", null],
    ["undefined", undefined],
    ["a number", 5],
    ["a string", "itc-184"],
    ["a BigInt", 5n],
    ["a symbol", Symbol("record")],
    ["a function", () => record],
    ["a country that is a number", { ...record, country: 5 }],
    ["a country that is null", { ...record, country: null }],
    [
      "a country '__proto__'",
      JSON.parse(
        '{"participant":"a","programme":"itc-184","status":"completed","country":"__proto__"}',
      ),
    ],
    ["a country in lower case", { ...record, country: "vn" }],
    ["a country of 1 MB", { ...record, country: "V\n".repeat(2 ** 19) }],
    ["completedOn that is not a date", { ...record, completedOn: "2024-13" }],
    ["completedOn that is a number", { ...record, completedOn: 2024 }],
  ]
  // Who reads what of the record added (itc-184, completed, of participant a): each aggregation
  // checks what it reads, and a field it does not read cannot fail it. The one-pass
  // disaggregate counts alumni (home countries), the streamed one seats by country.
  const readers = {
    country: {
      onePass: ["participationsByCountry", "goalCoverage"],
      streamed: ["participationsByCountry", "goalCoverage", "disaggregate"],
    },
    completedOn: {
      onePass: ["alumniTotals", "disaggregate", "pledgeProgress"],
      streamed: ["alumniTotals", "pledgeProgress"],
    },
  }
  it.each(cases)("%s, in every aggregation and accumulator", (_label, bad) => {
    for (const name of NAMES) {
      const expected = (way: "onePass" | "streamed") => {
        if (typeof bad !== "object" || bad === null) return "aggregate/invalid-record"
        const field = "country" in bad ? "country" : "completedOn"
        return readers[field][way].includes(name) ? "aggregate/invalid-record" : "ok"
      }
      expect([name, outcome(() => ONE_PASS[name]?.(withRecord(bad)))]).toEqual([
        name,
        expected("onePass"),
      ])
      expect([name, outcome(() => STREAMED[name]?.(small, [record, bad]))]).toEqual([
        name,
        expected("streamed"),
      ])
    }
  })

  it("the message names the record and says what would be right", () => {
    expect(messageOf(() => agg.participationsByCountry(withRecord(null) as never))).toBe(
      "participationsByCountry: participations[1] is null: use an object { participant, programme, status }",
    )
    expect(
      messageOf(() => agg.participationsByCountry(withRecord({ ...record, country: 5 }) as never)),
    ).toBe(
      "participationsByCountry: participations[1]: country is 5: use an ISO 3166-1 alpha-2 code in capitals, such as 'VN'",
    )
    const accumulator = agg.createAlumniAccumulator(small, { asOf: "2025" })
    expect(messageOf(() => accumulator.add({ ...record, completedOn: "2024-13" } as never))).toBe(
      "alumniTotals: the record added: completedOn is '2024-13': use a date YYYY, YYYY-MM or YYYY-MM-DD",
    )
  })

  it("addAll of something that is not iterable, and an async stream with a null record", async () => {
    for (const bad of [5, null, {}, Symbol("x")])
      expect(outcome(() => agg.createAlumniAccumulator(small).addAll(bad as never))).toBe(
        "aggregate/invalid-record",
      )
    async function* lines() {
      yield record
      yield null
    }
    await expect(
      agg.createParticipationsByCountryAccumulator(small).addAll(lines() as never),
    ).rejects.toThrow(
      "participationsByCountry: records[1] given to addAll is null: use an object { participant, programme, status }",
    )
  })

  it("records with missing fields count as the rules say, and do not fail", () => {
    // No programme: a record of a programme not in the dataset, ignored. No status: not a
    // counted participation. No participant: a seat of no known country (unattributed).
    const odd = [{}, { programme: "itc-184" }, { programme: "itc-184", status: "attended" }]
    const seats = agg.participationsByCountry({ ...small, participations: odd as never })
    expect(seats.unattributed).toBe(1 + 25 - 4 + 10)
    for (const name of NAMES)
      expect([name, outcome(() => ONE_PASS[name]?.({ ...small, participations: odd }))]).toEqual([
        name,
        "ok",
      ])
  })
})

describe("programmes, participants and datasets that cannot be read", () => {
  const programmes: [string, unknown][] = [
    ["null", null],
    ["a string", "itc-184"],
    ["without a period", { ...programme, id: "p2", period: undefined }],
    ["with a null period", { ...programme, id: "p2", period: null }],
    ["with a start that is not a date", { ...programme, id: "p2", period: { start: "2024-13" } }],
    ["with an end that is a number", { ...programme, id: "p2", period: { start: "2024", end: 5 } }],
    ["with an id that is a number", { ...programme, id: 5 }],
    ["without a status", { ...programme, id: "p2", status: undefined }],
    ["with themes as a string", { ...programme, id: "p2", themes: "drugs" }],
    ["with a null series", { ...programme, id: "p2", series: null }],
    [
      "with a reported total as text",
      { ...programme, id: "p2", reportedParticipants: { total: "3" } },
    ],
    [
      "with a negative reported count",
      { ...programme, id: "p2", reportedParticipants: { total: 3, byCountry: { VN: -1 } } },
    ],
    [
      "with a reported count as text",
      { ...programme, id: "p2", reportedParticipants: { total: 3, byCountry: { VN: "3" } } },
    ],
    [
      "with byCountry '__proto__' (as JSON.parse gives it)",
      {
        ...programme,
        id: "p2",
        reportedParticipants: JSON.parse('{"total": 5, "byCountry": {"__proto__": 3}}'),
      },
    ],
    [
      "with byCountry of an unknown shape",
      { ...programme, id: "p2", reportedParticipants: { total: 3, byCountry: [3] } },
    ],
  ]
  // Reported figures are read by the aggregations that count seats; the rest by every one.
  const countSeats = ["participationsByCountry", "goalCoverage", "countByPeriod"]
  it.each(programmes)(
    "a programme %s is aggregate/invalid-record where it is read",
    (label, bad) => {
      for (const name of NAMES) {
        const expected =
          !label.includes("reported") && !label.includes("byCountry")
            ? "aggregate/invalid-record"
            : countSeats.includes(name)
              ? "aggregate/invalid-record"
              : "ok"
        expect([name, outcome(() => ONE_PASS[name]?.(withProgramme(bad)))]).toEqual([
          name,
          expected,
        ])
        expect([name, outcome(() => STREAMED[name]?.(withProgramme(bad), []))]).toEqual([
          name,
          expected,
        ])
      }
    },
  )

  it("the message names the programme, the field and what would be right", () => {
    expect(
      messageOf(() =>
        agg.participationsByCountry(withProgramme({ ...programme, period: undefined }) as never),
      ),
    ).toBe(
      "participationsByCountry: programmes[1] ('itc-184'): period is nothing: use { start, end? } with dates YYYY, YYYY-MM or YYYY-MM-DD",
    )
    const proto = JSON.parse('{"total": 5, "byCountry": {"__proto__": 3}}')
    expect(
      messageOf(() =>
        agg.participationsByCountry(
          withProgramme({ ...programme, id: "p2", reportedParticipants: proto }) as never,
        ),
      ),
    ).toBe(
      "participationsByCountry: programmes[1] ('p2'): a key of reportedParticipants.byCountry is '__proto__': use an ISO 3166-1 alpha-2 code in capitals, such as 'VN'",
    )
  })

  it.each([
    ["null", null],
    ["without a country", { id: "z" }],
    ["with country '__proto__'", { id: "z", country: "__proto__" }],
    ["with a gender that is a number", { id: "z", country: "VN", gender: 1 }],
  ])("a participant %s is aggregate/invalid-record", (_label, bad) => {
    // pledgeProgress and countByPeriod read no participant.
    for (const name of NAMES.filter((n) => n !== "pledgeProgress" && n !== "countByPeriod")) {
      expect([name, outcome(() => ONE_PASS[name]?.(withParticipant(bad)))]).toEqual([
        name,
        "aggregate/invalid-record",
      ])
    }
  })

  it.each([
    ["null", null],
    ["a number", 5],
    ["a list", []],
    ["programmes that are a string", { programmes: "itc-184" }],
    ["participants that are an object", { participants: { a: { id: "a", country: "VN" } } }],
    ["participations that are a number", { participations: 5 }],
    ["participations that are a string", { participations: "abc" }],
    ["groups that are a string", { groups: "ASEAN" }],
  ])("a dataset that is %s is aggregate/invalid-record", (_label, bad) => {
    // The shape of the dataset is checked whole, whatever the aggregation reads of it.
    for (const name of NAMES) {
      expect([name, outcome(() => ONE_PASS[name]?.(bad))]).toEqual([
        name,
        "aggregate/invalid-record",
      ])
    }
  })

  it("a getter that throws while the data is read is an aggregate/invalid-record", () => {
    const trap = {
      ...small,
      get programmes(): never {
        throw Object.create(null)
      },
    }
    const revoked = Proxy.revocable({}, {})
    revoked.revoke()
    const records = [
      {
        programme: "itc-184",
        get status(): never {
          throw new TypeError("boom")
        },
      },
    ]
    for (const name of NAMES) {
      expect([name, outcome(() => ONE_PASS[name]?.(trap))]).toEqual([
        name,
        "aggregate/invalid-record",
      ])
      expect([name, outcome(() => ONE_PASS[name]?.(withProgramme(revoked.proxy)))]).toEqual([
        name,
        "aggregate/invalid-record",
      ])
      expect([
        name,
        outcome(() => ONE_PASS[name]?.({ ...small, participations: records })),
      ]).toEqual([name, "aggregate/invalid-record"])
    }
  })
})

describe("prototype keys as ids, countries, themes and values are harmless and counted", () => {
  const keys = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"]
  const dataset = {
    programmes: keys.map((id) => ({
      id,
      title: "t",
      kind: "seminar",
      status: "completed",
      period: { start: "2024-10", end: "2024-10" },
      themes: [id],
      goals: [{ framework: "fw", goal: id }],
      pledges: ["pl"],
    })),
    participants: keys.map((id) => ({ id, country: "VN", gender: id, profession: id })),
    participations: keys.map((id) => ({ participant: id, programme: id, status: "completed" })),
  }

  it("every id, gender and theme is its own key", () => {
    expect(agg.participationsByCountry(dataset as never)).toEqual({
      total: 5,
      unattributed: 0,
      rows: [{ country: "VN", count: 5 }],
      approximate: false,
    })
    expect(agg.alumniTotals(dataset as never).alumni).toBe(5)
    const byGender = agg.disaggregate(dataset as never, { by: ["gender", "theme"] })
    expect(byGender).toEqual([...keys].sort().map((key) => ({ gender: key, theme: key, count: 1 })))
    expect(Object.getPrototypeOf(byGender[0])).toBe(Object.prototype)
    const fw: StrategicFramework = {
      ...framework,
      goals: keys.map((id) => ({ id, title: id })),
      priorityRegions: [{ id: "__proto__", name: "p", countries: ["VN"], themes: keys }],
    }
    const coverage = agg.goalCoverage(fw, dataset as never)
    expect([coverage.covered, coverage.total]).toEqual([5, 5])
    // Each programme has its id as its theme and reaches VN through its seat.
    expect(coverage.cellCoverage).toEqual({ covered: 5, total: 5, ratio: 1 })
    const people = agg.pledgeProgress(pledge, {
      asOf: "2024-12-31",
      dataset: dataset as never,
      rates,
    })
    expect(people.targets[0]?.achieved).toBe(5)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it("a '__proto__' country is refused, never counted as a country nor dropped", () => {
    const rows = JSON.parse('[{"country": "__proto__", "count": 3}]')
    expect(outcome(() => agg.rollUp(rows, ["ASEAN"]))).toBe("aggregate/invalid-record")
    expect(outcome(() => agg.createRollUpAccumulator(["ASEAN"]).add(rows[0]))).toBe(
      "aggregate/invalid-record",
    )
    const region = { id: "r", name: "r", countries: ["__proto__"], themes: ["drugs"] }
    expect(
      outcome(() => agg.goalCoverage({ ...framework, priorityRegions: [region] }, small)),
    ).toBe("aggregate/invalid-record")
    const group = { id: "g", name: "g", members: [{ country: "__proto__" }] }
    expect(outcome(() => agg.rollUp([{ country: "VN", count: 1 }], [group]))).toBe(
      "aggregate/invalid-record",
    )
  })
})

describe("hostile options", () => {
  const cyclic: Record<string, unknown> = { start: "2024" }
  cyclic.self = cyclic
  const throwing = {
    get asOf(): never {
      throw new RangeError("boom")
    },
  }
  const proxy = new Proxy(
    {},
    {
      ownKeys() {
        throw new TypeError("no keys")
      },
    },
  )
  const cases: [string, unknown, string][] = [
    ["an unknown name (asof)", { asof: "2024" }, "aggregate/unknown-option"],
    ["an unknown name holding a BigInt", { limit: 5n }, "aggregate/unknown-option"],
    ["an unknown name holding a cycle", { cycle: cyclic }, "aggregate/unknown-option"],
    ["an unknown name of 1 MB", { ["x".repeat(2 ** 20)]: 1 }, "aggregate/unknown-option"],
    ["asOf as a BigInt", { asOf: 2024n }, "aggregate/invalid-option"],
    ["asOf as a symbol", { asOf: Symbol("2024") }, "aggregate/invalid-option"],
    ["a getter that throws", throwing, "aggregate/invalid-option"],
    ["a Proxy whose ownKeys throws", proxy, "aggregate/invalid-option"],
    ["options that are a list", [], "aggregate/invalid-option"],
    ["options that are a number", 5, "aggregate/invalid-option"],
  ]
  it.each(cases)("%s", (_label, options, expected) => {
    const call: Record<string, () => unknown> = {
      participationsByCountry: () => agg.participationsByCountry(small, options as never),
      alumniTotals: () => agg.alumniTotals(small, options as never),
      goalCoverage: () => agg.goalCoverage(framework, small, options as never),
      countByPeriod: () => agg.countByPeriod(small, options as never),
      disaggregate: () => agg.disaggregate(small, options as never),
      pledgeProgress: () => agg.pledgeProgress(pledge, options as never),
      rollUp: () => agg.rollUp([], ["ASEAN"], options as never),
      createParticipationsByCountryAccumulator: () =>
        agg.createParticipationsByCountryAccumulator(small, options as never),
      createDisaggregateAccumulator: () =>
        agg.createDisaggregateAccumulator(small, options as never),
      createRollUpAccumulator: () => agg.createRollUpAccumulator(["ASEAN"], options as never),
    }
    for (const [name, run] of Object.entries(call)) {
      // Unknown names are checked first; rollUp has no option asOf at all.
      const asOfGiven =
        typeof options === "object" &&
        options !== null &&
        !Array.isArray(options) &&
        expected === "aggregate/invalid-option" &&
        options !== proxy
      const want =
        name.toLowerCase().includes("rollup") && asOfGiven ? "aggregate/unknown-option" : expected
      expect([name, outcome(run)]).toEqual([name, want])
    }
  })

  it("a cycle, a BigInt or a getter in a known option that is read as a whole", () => {
    // during: { start } with a cycle beside it names the unknown key inside `during`.
    expect(outcome(() => agg.alumniTotals(small, { during: cyclic } as never))).toBe(
      "aggregate/unknown-option",
    )
    expect(outcome(() => agg.disaggregate(small, { by: ["country"], minCount: 5n } as never))).toBe(
      "aggregate/invalid-option",
    )
    const by = new Proxy(["country"], {
      get(target, key) {
        if (key === "length") throw new Error("no length")
        return Reflect.get(target, key)
      },
    })
    expect(outcome(() => agg.disaggregate(small, { by } as never))).toBe("aggregate/invalid-option")
  })

  it("an unknown option names the nearest known one, or lists them", () => {
    expect(messageOf(() => agg.participationsByCountry(small, { asof: "2024" } as never))).toBe(
      "participationsByCountry: unknown option 'asof' — did you mean 'asOf'?",
    )
    expect(messageOf(() => agg.rollUp([], ["ASEAN"], { limit: 5n } as never))).toBe(
      "rollUp: unknown option 'limit' — the options are 'on', 'dataset'",
    )
    expect(messageOf(() => agg.alumniTotals(small, { during: { from: "2024" } } as never))).toBe(
      "alumniTotals: unknown option 'during.from' — the options of during are 'start', 'end'",
    )
  })

  it("options that hold a BigInt or a cycle in an extra field of a grouping still merge", () => {
    const grouping: Record<string, unknown> = {
      id: "mine",
      name: "Mine",
      members: [{ country: "VN" }],
      extra: { big: 5n },
    }
    ;(grouping.extra as Record<string, unknown>).self = grouping
    const options = { by: ["group"], groups: [grouping] } as never
    const a = agg.createDisaggregateAccumulator(small, options).addAll(small.participations ?? [])
    const b = agg.createDisaggregateAccumulator(small, options)
    expect(a.merge(b).result()).toEqual(agg.disaggregate(small, options))
    const r = agg.createRollUpAccumulator([grouping as never]).add({ country: "VN", count: 2 })
    expect(r.merge(agg.createRollUpAccumulator([grouping as never])).result()).toEqual({
      rows: [{ group: "mine", count: 2 }],
      unassigned: 0,
    })
  })

  it("a state that is not an accumulator's is refused", () => {
    const accumulator = agg.createAlumniAccumulator(small)
    const state = accumulator.toState()
    for (const bad of [
      null,
      5,
      { ...state, data: null },
      { ...state, data: { alumni: "x".repeat(100) } },
    ])
      expect(outcome(() => accumulator.mergeState(bad as never))).toBe(
        "aggregate/incompatible-accumulators",
      )
  })
})

describe("strategic frameworks, pledges, groupings and rows that cannot be read", () => {
  it.each([
    ["null", null],
    ["without goals", { ...framework, goals: undefined }],
    ["with a null goal", { ...framework, goals: [null] }],
    ["without a period", { ...framework, period: undefined }],
    ["with a null priority region", { ...framework, priorityRegions: [null] }],
    [
      "with a region's themes as a string",
      { ...framework, priorityRegions: [{ id: "r", name: "r", themes: "drugs" }] },
    ],
  ])("a framework %s", (_label, fw) => {
    const expected = fw === null ? "aggregate/invalid-option" : "aggregate/invalid-record"
    expect(outcome(() => agg.goalCoverage(fw as never, small))).toBe(expected)
    expect(outcome(() => agg.createGoalCoverageAccumulator(fw as never, small))).toBe(expected)
  })

  it.each([
    ["with a null target", { ...pledge, targets: [null] }],
    ["with a target of an unknown kind", { ...pledge, targets: [{ id: "t", kind: "hours" }] }],
    ["with a null fulfilment", { ...pledge, fulfilments: [null] }],
    [
      "with a fulfilment date that is not a date",
      { ...pledge, fulfilments: [{ target: "people", on: "soon", value: 1 }] },
    ],
    [
      "with a fulfilment value as text",
      { ...pledge, fulfilments: [{ target: "people", on: "2024", value: "1" }] },
    ],
    ["with an id that is a number", { ...pledge, id: 5 }],
  ])("a pledge %s is aggregate/invalid-record", (_label, bad) => {
    expect(outcome(() => agg.pledgeProgress(bad as never, { asOf: "2024-12-31" }))).toBe(
      "aggregate/invalid-record",
    )
  })

  it.each([
    ["[null]", [null]],
    ["a country that is a number", [{ country: 5, count: 1 }]],
    ["a count as text", [{ country: "VN", count: "1" }]],
    ["a count that is not finite", [{ country: "VN", count: Number.POSITIVE_INFINITY }]],
  ])("rollUp rows %s are aggregate/invalid-record", (_label, rows) => {
    expect(outcome(() => agg.rollUp(rows as never, ["ASEAN"]))).toBe("aggregate/invalid-record")
  })

  it.each([
    ["members that are null", { id: "g", name: "g", members: null }],
    ["a member that is null", { id: "g", name: "g", members: [null] }],
    [
      "a member's until that is not a date",
      { id: "g", name: "g", members: [{ country: "VN", until: "later" }] },
    ],
    ["an id that is a number", { id: 5, name: "g", members: [] }],
  ])("a grouping with %s is aggregate/invalid-record", (_label, group) => {
    expect(outcome(() => agg.rollUp([{ country: "VN", count: 1 }], [group as never]))).toBe(
      "aggregate/invalid-record",
    )
    const dataset = {
      ...small,
      groups: [group],
      programmes: [{ ...programme, groups: [(group as { id: unknown }).id] }],
    }
    expect(outcome(() => agg.goalCoverage(framework, dataset as never))).toBe(
      "aggregate/invalid-record",
    )
  })
})

describe("rate tables through pledgeProgress are money/invalid-rate, fast", () => {
  const usd = (rate: unknown) => ({
    source: "x",
    rates: [{ from: "USD", to: "JPY", on: "2024", rate }],
  })
  it.each([
    ["rates: [null] (a list, not a table)", [null]],
    ["rates: a string", "150"],
    ["a table whose rates are [null]", { source: "x", rates: [null] }],
    ["a rate 1e+100000 (was Infinity, JSON null)", usd("1e+100000")],
    ["a rate 1e+1000000000 (was a RangeError after 30 s)", usd("1e+1000000000")],
    ["a rate 1e-1000000000 (did not finish)", usd("1e-1000000000")],
  ])("%s", (_label, table) => {
    expect(
      outcome(() => agg.pledgeProgress(pledge, { asOf: "2024-12-31", rates: table as never })),
    ).toBe("money/invalid-rate")
    // Checked when the options are read, before any record needs a rate.
    const noConversion = { ...pledge, fulfilments: [] }
    expect(
      outcome(() =>
        agg.pledgeProgress(noConversion, { asOf: "2024-12-31", rates: table as never }),
      ),
    ).toBe("money/invalid-rate")
  })

  it("a sum beyond the range of a number is refused, never Infinity (JSON null)", () => {
    const huge: Pledge = {
      ...pledge,
      targets: [{ id: "money", kind: "money", money: { amount: 1e308, currency: "JPY" } }],
      fulfilments: [
        { target: "money", on: "2024", money: { amount: 1e308, currency: "JPY" } },
        { target: "money", on: "2024", money: { amount: 1e308, currency: "JPY" } },
      ],
    }
    expect(outcome(() => agg.pledgeProgress(huge, { asOf: "2024-12-31" }))).toBe(
      "money/invalid-amount",
    )
  })
})
