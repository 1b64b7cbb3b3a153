import { describe, expectTypeOf, it } from "vitest"
import {
  type AlumniTotals,
  alumniTotals,
  type CountByPeriod,
  type CountryCount,
  countByPeriod,
  createAlumniAccumulator,
  createParticipationsByCountryAccumulator,
  type Dimension,
  disaggregate,
  type ExchangeRate,
  type ExchangeRateTable,
  type GoalCoverage,
  goalCoverage,
  type ParticipationsByCountry,
  type PledgeProgress,
  type PledgeProgressOptions,
  type PledgeStatus,
  participationsByCountry,
  pledgeProgress,
  type RollUp,
  rollUp,
} from "../../src/aggregate/index.js"
import type {
  Dataset,
  Participation,
  Pledge,
  ExchangeRateTable as RootExchangeRateTable,
  StrategicFramework,
} from "../../src/index.js"

declare const dataset: Dataset
declare const framework: StrategicFramework
declare const pledge: Pledge

describe("result shapes follow DESIGN.md §6", () => {
  it("participationsByCountry and alumniTotals (§7.1: approximate)", () => {
    expectTypeOf<CountryCount>().toEqualTypeOf<{ country: string; count: number }>()
    expectTypeOf(participationsByCountry(dataset)).toEqualTypeOf<ParticipationsByCountry>()
    expectTypeOf<ParticipationsByCountry>().toEqualTypeOf<{
      total: number
      unattributed: number
      rows: CountryCount[]
      approximate: boolean
    }>()
    expectTypeOf(alumniTotals(dataset)).toEqualTypeOf<AlumniTotals>()
    expectTypeOf<AlumniTotals>().toEqualTypeOf<{
      alumni: number
      countries: number
      byCountry: CountryCount[]
    }>()
  })

  it("goalCoverage (§7.2: linked)", () => {
    expectTypeOf(goalCoverage(framework, dataset)).toEqualTypeOf<GoalCoverage>()
    expectTypeOf<GoalCoverage>().toEqualTypeOf<{
      framework: string
      covered: number
      total: number
      ratio: number
      cellCoverage: { covered: number; total: number; ratio: number }
      goals: {
        goal: string
        title: string
        covered: boolean
        programmes: number
        linked: number
        participations: number
        countries: number
      }[]
      cells: { region: string; theme: string; covered: boolean; programmes: number }[]
      gaps: { goals: string[]; cells: { region: string; theme: string }[] }
    }>()
  })

  it("pledgeProgress", () => {
    expectTypeOf<PledgeStatus>().toEqualTypeOf<
      "not-started" | "on-track" | "behind" | "met" | "exceeded" | "missed"
    >()
    expectTypeOf(pledgeProgress(pledge, { asOf: "2018-12-31" })).toEqualTypeOf<PledgeProgress>()
    expectTypeOf<PledgeProgress>().toEqualTypeOf<{
      pledge: string
      asOf: string
      elapsed: number
      status: PledgeStatus
      targets: {
        target: string
        kind: "money" | "quantity"
        goal: number
        achieved: number
        ratio: number
        status: PledgeStatus
      }[]
    }>()
    // asOf is required.
    // @ts-expect-error
    pledgeProgress(pledge, {})
  })

  it("countByPeriod", () => {
    expectTypeOf(
      countByPeriod(dataset, { of: "programmes", period: "fiscal-year" }),
    ).toEqualTypeOf<CountByPeriod>()
    expectTypeOf<CountByPeriod>().toEqualTypeOf<{
      rows: { period: string; count: number }[]
      undetermined: number
    }>()
    // @ts-expect-error: "month" is not a period
    countByPeriod(dataset, { of: "programmes", period: "month" })
  })

  it("disaggregate rows have exactly the requested dimensions and a count", () => {
    const rows = disaggregate(dataset, { by: ["country", "gender"] })
    type Row = (typeof rows)[number]
    expectTypeOf<Row["country"]>().toEqualTypeOf<string>()
    expectTypeOf<Row["gender"]>().toEqualTypeOf<string>()
    // null only for a suppressed cell (minCount): its count is withheld, not zero.
    expectTypeOf<Row["count"]>().toEqualTypeOf<number | null>()
    expectTypeOf<Row["suppressed"]>().toEqualTypeOf<true | undefined>()
    expectTypeOf<Row>().not.toHaveProperty("theme")
    expectTypeOf<Dimension>().toEqualTypeOf<
      "country" | "gender" | "profession" | "year" | "fiscalYear" | "theme" | "group"
    >()
  })

  it("rollUp", () => {
    expectTypeOf(rollUp([], ["ASEAN"], { on: "2024" })).toEqualTypeOf<RollUp>()
    expectTypeOf<RollUp>().toEqualTypeOf<{
      rows: { group: string; count: number }[]
      unassigned: number
    }>()
  })

  it("accumulators: addAll is synchronous for iterables and a promise for async iterables", () => {
    const acc = createAlumniAccumulator(dataset)
    expectTypeOf(acc.addAll([] as Participation[])).toEqualTypeOf(acc)
    expectTypeOf(
      acc.addAll((async function* () {})() as AsyncIterable<Participation>),
    ).toEqualTypeOf<Promise<typeof acc>>()
    expectTypeOf(acc.merge(acc).result()).toEqualTypeOf<AlumniTotals>()
    expectTypeOf(
      createParticipationsByCountryAccumulator(dataset).result(),
    ).toEqualTypeOf<ParticipationsByCountry>()
  })

  it("a frozen dataset of readonly arrays is accepted", () => {
    const frozen = {} as {
      readonly programmes: readonly NonNullable<Dataset["programmes"]>[number][]
      readonly participations: Iterable<Participation>
    }
    expectTypeOf(participationsByCountry(frozen)).toEqualTypeOf<ParticipationsByCountry>()
  })
})

describe("the types a public function takes are exported with it", () => {
  it("pledgeProgress's rate table, from /aggregate and the root", () => {
    expectTypeOf<PledgeProgressOptions["rates"]>().toEqualTypeOf<ExchangeRateTable | undefined>()
    expectTypeOf<ExchangeRateTable["rates"]>().toEqualTypeOf<readonly ExchangeRate[]>()
    expectTypeOf<ExchangeRateTable>().toEqualTypeOf<RootExchangeRateTable>()
  })
})
