/**
 * Property tests (seeded, so that a failure replays): every aggregation agrees with the naive
 * reading of §6 in ./oracle.ts, and its accumulator obeys the laws — merge is associative and
 * commutative, splitting the input anywhere and merging equals one pass, input order does not
 * change the result, totals equal the sum of their parts, and inputs are never modified.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  type AccumulatorState,
  alumniTotals,
  countByPeriod,
  createAlumniAccumulator,
  createCountByPeriodAccumulator,
  createDisaggregateAccumulator,
  createGoalCoverageAccumulator,
  createParticipationsByCountryAccumulator,
  createPledgeProgressAccumulator,
  createRollUpAccumulator,
  type Dimension,
  disaggregate,
  goalCoverage,
  participationsByCountry,
  pledgeProgress,
  rollUp,
} from "../../src/aggregate/index.js"
import type { Dataset, Participation } from "../../src/index.js"
import { deepFreeze } from "../../src/reference/deep-freeze.js"
import * as arb from "./arbitraries.js"
import * as oracle from "./oracle.js"

const RUNS = { numRuns: 500 }

/** A dataset, deeply frozen (any write to it would throw), with a snapshot to compare after. */
const frozen = arb.dataset.map((d) => {
  const snapshot = structuredClone(d)
  return { dataset: deepFreeze(d), snapshot }
})

/** Cut points in a list of n records: 0 ≤ i ≤ j ≤ n. */
const cuts = fc.tuple(fc.nat(), fc.nat())

function split(records: readonly Participation[], [x, y]: [number, number]) {
  const n = records.length
  const i = n === 0 ? 0 : x % (n + 1)
  const j = n === 0 ? 0 : i + (y % (n - i + 1))
  return [records.slice(0, i), records.slice(i, j), records.slice(j)] as const
}

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list]
  let s = seed >>> 0
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    const k = s % (i + 1)
    ;[out[i], out[k]] = [out[k] as T, out[i] as T]
  }
  return out
}

type Acc<R> = {
  addAll(r: readonly Participation[]): Acc<R>
  merge(o: Acc<R>): Acc<R>
  result(): R
  toState(): AccumulatorState
  mergeState(state: AccumulatorState): Acc<R>
}

/** The accumulator laws, for one way of creating accumulators. */
function checkLaws<R>(
  create: () => Acc<R>,
  records: readonly Participation[],
  at: [number, number],
  seed: number,
) {
  const one = create().addAll(records).result()
  const [a, b, c] = split(records, at)
  const A = create().addAll(a)
  const B = create().addAll(b)
  const C = create().addAll(c)
  expect(A.merge(B).merge(C).result()).toEqual(one)
  expect(A.merge(B.merge(C)).result()).toEqual(one)
  expect(B.merge(A).result()).toEqual(A.merge(B).result())
  expect(C.merge(A).merge(B).result()).toEqual(one)
  expect(create().addAll(shuffled(records, seed)).result()).toEqual(one)
  // Merging leaves both sides as they were.
  expect(A.result()).toEqual(create().addAll(a).result())
  // States cloned as postMessage would (from a worker) merge to the same result.
  const viaStates = create()
    .addAll(a)
    .mergeState(structuredClone(B.toState()))
    .mergeState(structuredClone(C.toState()))
  expect(viaStates.result()).toEqual(one)
  return one
}

const participations = (d: Dataset) => (d.participations ?? []) as readonly Participation[]

describe("participationsByCountry (properties)", () => {
  it("agrees with the oracle; laws; total = rows + unattributed; inputs unchanged", () => {
    fc.assert(
      fc.property(
        frozen,
        arb.countingOptions,
        cuts,
        fc.nat(),
        ({ dataset, snapshot }, options, at, seed) => {
          const result = participationsByCountry(dataset, options)
          expect(result).toEqual(oracle.participationsByCountry(dataset, options))
          expect(result.total).toBe(result.rows.reduce((s, r) => s + r.count, result.unattributed))
          expect(result.rows.every((r) => r.count > 0)).toBe(true)
          checkLaws(
            () => createParticipationsByCountryAccumulator(dataset, options),
            participations(dataset),
            at,
            seed,
          )
          // The same seats, placed by period instead of by country.
          const byYear = countByPeriod(dataset, {
            ...options,
            of: "participations",
            period: "year",
          })
          expect(byYear.rows.reduce((s, r) => s + r.count, byYear.undetermined)).toBe(result.total)
          expect(dataset).toEqual(snapshot)
        },
      ),
      { seed: 101, ...RUNS },
    )
  })
})

describe("alumniTotals (properties)", () => {
  it("agrees with the oracle; laws; alumni = Σ byCountry", () => {
    fc.assert(
      fc.property(
        frozen,
        arb.countingOptions,
        cuts,
        fc.nat(),
        ({ dataset, snapshot }, options, at, seed) => {
          const result = alumniTotals(dataset, options)
          expect(result).toEqual(oracle.alumniTotals(dataset, options))
          expect(result.alumni).toBe(result.byCountry.reduce((s, r) => s + r.count, 0))
          expect(result.countries).toBe(result.byCountry.length)
          checkLaws(
            () => createAlumniAccumulator(dataset, options),
            participations(dataset),
            at,
            seed,
          )
          const byCountry = disaggregate(dataset, { ...options, by: ["country"], of: "alumni" })
          expect(byCountry).toEqual(result.byCountry)
          expect(dataset).toEqual(snapshot)
        },
      ),
      { seed: 202, ...RUNS },
    )
  })
})

describe("countByPeriod (properties)", () => {
  it("agrees with the oracle; laws", () => {
    const options = fc.record({
      of: fc.constantFrom("programmes", "participations"),
      period: fc.constantFrom("year", "fiscal-year"),
      fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
    })
    fc.assert(
      fc.property(
        frozen,
        options,
        arb.countingOptions,
        cuts,
        fc.nat(),
        ({ dataset, snapshot }, o, filter, at, seed) => {
          const all = { ...filter, ...o } as const
          expect(countByPeriod(dataset, all)).toEqual(oracle.countByPeriod(dataset, all))
          checkLaws(
            () => createCountByPeriodAccumulator(dataset, all),
            participations(dataset),
            at,
            seed,
          )
          expect(dataset).toEqual(snapshot)
        },
      ),
      { seed: 303, ...RUNS },
    )
  })
})

describe("goalCoverage (properties)", () => {
  it("agrees with the oracle; laws; covered + gaps = total, for goals and for cells apart", () => {
    fc.assert(
      fc.property(
        frozen,
        arb.framework,
        arb.countingOptions,
        cuts,
        fc.nat(),
        ({ dataset, snapshot }, fw, options, at, seed) => {
          const frozenFw = deepFreeze(fw)
          const result = goalCoverage(frozenFw, dataset, options)
          expect(result).toEqual(oracle.goalCoverage(frozenFw, dataset, options))
          expect(result.covered + result.gaps.goals.length).toBe(result.total)
          expect(result.cellCoverage.covered + result.gaps.cells.length).toBe(
            result.cellCoverage.total,
          )
          checkLaws(
            () => createGoalCoverageAccumulator(frozenFw, dataset, options),
            participations(dataset),
            at,
            seed,
          )
          expect(dataset).toEqual(snapshot)
        },
      ),
      { seed: 404, ...RUNS },
    )
  })
})

describe("disaggregate (properties)", () => {
  const dimensions = fc.subarray([
    "country",
    "gender",
    "profession",
    "year",
    "fiscalYear",
    "theme",
    "group",
  ] as Dimension[])
  it("agrees with the oracle; laws; without multi-valued dimensions the cells add up to the seats", () => {
    fc.assert(
      fc.property(
        frozen,
        dimensions.chain((by) =>
          fc.shuffledSubarray(by, { minLength: by.length, maxLength: by.length }),
        ),
        fc.constantFrom("participations", "alumni"),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 12 }),
        arb.countingOptions,
        cuts,
        fc.nat(),
        fc.constantFrom("count", "dimensions"),
        ({ dataset, snapshot }, by, of, minCount, month, filter, at, seed, order) => {
          const groups = dataset.groups?.length ? ["ASEAN", "mekong", "G7"] : ["ASEAN", "G7"]
          const options = {
            ...filter,
            by,
            of,
            minCount,
            order,
            groups,
            fiscalYearStartMonth: month,
          } as const
          const rows = disaggregate(dataset, options)
          expect(rows).toEqual(oracle.disaggregate(dataset, options))
          checkLaws(
            () => createDisaggregateAccumulator(dataset, options),
            participations(dataset),
            at,
            seed,
          )
          if (
            of === "participations" &&
            minCount === 0 &&
            !by.includes("theme") &&
            !by.includes("group")
          ) {
            const seats = disaggregate(dataset, { ...filter, by: [] })
            expect(rows.reduce((s, r) => s + (r.count ?? 0), 0)).toBe(seats[0]?.count ?? 0)
          }
          expect(dataset).toEqual(snapshot)
        },
      ),
      { seed: 505, ...RUNS },
    )
  })
})

describe("pledgeProgress (properties)", () => {
  it("agrees with the oracle; laws", () => {
    fc.assert(
      fc.property(
        frozen,
        arb.pledge,
        arb.partialDate,
        cuts,
        fc.nat(),
        ({ dataset, snapshot }, pledge, asOf, at, seed) => {
          const frozenPledge = deepFreeze(pledge)
          const result = pledgeProgress(frozenPledge, { asOf, dataset })
          expect(result).toEqual(oracle.pledgeProgress(frozenPledge, { asOf, dataset }))
          checkLaws(
            () => createPledgeProgressAccumulator(frozenPledge, { asOf, dataset }),
            participations(dataset),
            at,
            seed,
          )
          expect(dataset).toEqual(snapshot)
        },
      ),
      { seed: 606, ...RUNS },
    )
  })
})

describe("rollUp (properties)", () => {
  it("agrees with the oracle; laws; with disjoint groups rows + unassigned = Σ input", () => {
    const rowsArb = fc.array(
      fc.record({
        country: fc.constantFrom(...arb.COUNTRIES, "XK"),
        count: fc.integer({ min: 0, max: 50 }),
      }),
      { maxLength: 12 },
    )
    fc.assert(
      fc.property(
        rowsArb,
        fc.subarray(["ASEAN", "G7", "mekong", "ASEAN"]),
        fc.option(arb.partialDate, { nil: undefined }),
        cuts,
        fc.nat(),
        (rows, groups, on, at, seed) => {
          const dataset = deepFreeze({ groups: [arb.mekong] })
          const input = deepFreeze(rows)
          const options = on === undefined ? { dataset } : { on, dataset }
          const result = rollUp(input, groups, options)
          expect(result).toEqual(oracle.rollUp(input, groups, options))
          const sum = rows.reduce((s, r) => s + (r.count ?? 0), 0)
          if (!groups.includes("mekong")) {
            expect(result.rows.reduce((s, r) => s + r.count, result.unassigned)).toBe(sum)
          }
          checkLaws(
            () => createRollUpAccumulator(groups, options) as unknown as Acc<unknown>,
            input as unknown as Participation[],
            at,
            seed,
          )
        },
      ),
      { seed: 707, ...RUNS },
    )
  })
})
