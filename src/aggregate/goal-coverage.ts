import { firstDayNumber, lastDayNumberOf } from "../dates/partial-date.js"
import { isCountedParticipation } from "../domain/counting.js"
import type { Participation } from "../schemas/participation.js"
import type { Programme } from "../schemas/programme.js"
import type { StrategicFramework } from "../schemas/strategic-framework.js"
import type { Accumulator } from "./accumulator.js"
import { GoalProgrammes } from "./context/goal-programmes.js"
import { GroupResolver } from "./context/group-resolver.js"
import { participantIdentity, withCountries } from "./context/participant-table.js"
import { programmeIdentity } from "./context/programme-table.js"
import { staticReach } from "./context/reach.js"
import { readContext } from "./context/read-context.js"
import { regionCountries } from "./context/region-countries.js"
import { reportedSeats } from "./context/reported-seats.js"
import { seatCountryId } from "./context/seat-country.js"
import { coverageOf } from "./counts/coverage-of.js"
import { invalidOption } from "./errors.js"
import { assertFramework, assertProgrammeLinks } from "./input/assert-framework.js"
import { assertReported } from "./input/assert-programme.js"
import { guard } from "./input/guard.js"
import { readCountingOptions } from "./input/read-counting-options.js"
import { readInput } from "./input/read-input.js"
import { countAll } from "./protocol/count-all.js"
import type { Plan, State } from "./protocol/plan.js"
import { accumulate } from "./protocol/streamed-accumulator.js"
import type { AggregationContext, AggregationInput, CountingOptions } from "./types.js"

/**
 * How programmes count for goals in {@link goalCoverage}: `"links"` — a programme whose
 * `goals` link the goal; `"links-and-themes"` (the default) — also a programme that links no
 * goal of the framework and has one of the goal's `themes`.
 *
 * @example
 * goalCoverage(framework, dataset, { match: "links" satisfies GoalMatch })
 *
 * @category Aggregate
 */
export type GoalMatch = "links" | "links-and-themes"

/**
 * The options of {@link goalCoverage}: the programme filter, `seatCountry`, and `match` (how
 * programmes count for goals, `"links-and-themes"` by default).
 *
 * @example
 * const options: GoalCoverageOptions = { kinds: ["training-course"], match: "links" }
 *
 * @category Aggregate
 */
export type GoalCoverageOptions = CountingOptions & {
  /** `"links"`, or `"links-and-themes"` (the default): see {@link GoalMatch}. */
  readonly match?: GoalMatch | undefined
}

/**
 * The coverage of one goal.
 *
 * @example
 * const row: GoalCoverageRow = { goal: "g1", title: "Rule of law", covered: true, programmes: 2, linked: 1, participations: 6, countries: 12 }
 *
 * @category Aggregate
 */
export type GoalCoverageRow = {
  goal: string
  title: string
  /** At least one programme counts for the goal. */
  covered: boolean
  /** Programmes that count for the goal: by explicit link, or (`match: "links-and-themes"`) through a theme. */
  programmes: number
  /** Of them, the programmes whose `goals` link the goal. */
  linked: number
  /** Their seats, unattributed ones included. */
  participations: number
  /** The distinct countries they reach. */
  countries: number
}

/**
 * The coverage of one priority region × theme cell.
 *
 * @example
 * const cell: CoverageCell = { region: "south-east-asia", theme: "cybercrime", covered: false, programmes: 0 }
 *
 * @category Aggregate
 */
export type CoverageCell = { region: string; theme: string; covered: boolean; programmes: number }

/**
 * How many priority region × theme cells of a framework are covered.
 *
 * @example
 * const cells: CellCoverage = { covered: 5, total: 31, ratio: 5 / 31 }
 *
 * @category Aggregate
 */
export type CellCoverage = {
  /** Covered cells. */
  covered: number
  /** Cells: one per theme of each priority region. */
  total: number
  /** `covered / total`; 0 for a framework without priority regions. */
  ratio: number
}

/**
 * The result of {@link goalCoverage}.
 *
 * @example
 * const { covered, total, gaps }: GoalCoverage = goalCoverage(framework, dataset)
 *
 * @category Aggregate
 */
export type GoalCoverage = {
  framework: string
  /** Covered goals (goals only: cells are counted in `cellCoverage`). */
  covered: number
  /** The framework's goals. */
  total: number
  /** `covered / total`; 0 for a framework without goals. */
  ratio: number
  /** The priority region × theme cells, counted the same way (never added to the goals). */
  cellCoverage: CellCoverage
  /** In the framework's order. */
  goals: GoalCoverageRow[]
  /** Priority regions in the framework's order, each region's themes in its order. */
  cells: CoverageCell[]
  /** What is not covered, in the same orders. */
  gaps: { goals: string[]; cells: { region: string; theme: string }[] }
}

/**
 * The accumulator of {@link goalCoverage}.
 *
 * @example
 * const acc: GoalCoverageAccumulator = createGoalCoverageAccumulator(framework, { programmes, participants })
 * acc.addAll(participations).result().ratio //=> 0.75
 *
 * @category Aggregate
 */
export type GoalCoverageAccumulator = Accumulator<Participation, GoalCoverage>

const KIND = "goalCoverage"

class GoalCoveragePlan implements Plan<Participation, GoalCoverage, Saved> {
  readonly kind = KIND
  readonly records = "participations"
  readonly framework: StrategicFramework
  readonly filter
  readonly mode
  readonly programmes
  readonly participants
  /** Per programme: 1 when it counts for the framework (selected, period overlapping). */
  readonly inFramework: Uint8Array
  /** Per programme: its countries and the members of its groups on its start date. */
  readonly reach: readonly (ReadonlySet<string> | undefined)[]
  /** Per goal of the framework: the programmes that count for it (linked, or through a theme). */
  readonly goalProgrammes: readonly (readonly number[])[]
  /** Per goal of the framework: how many of its programmes link it. */
  readonly goalLinked: readonly number[]
  /** How programmes count for goals. */
  readonly match: GoalMatch
  /** Per priority region: its countries (members of its groups during the framework period). */
  readonly regions: readonly ReadonlySet<string>[]

  constructor(
    framework: StrategicFramework,
    context: AggregationContext | undefined,
    options: unknown,
  ) {
    if (typeof framework !== "object" || framework === null || Array.isArray(framework))
      throw invalidOption(KIND, "framework", framework, "pass a strategic framework with goals")
    const { read, filter, mode } = readCountingOptions(KIND, options, ["match"])
    const match = read.match ?? "links-and-themes"
    if (match !== "links" && match !== "links-and-themes")
      throw invalidOption(KIND, "match", match, "use 'links' or 'links-and-themes'")
    this.match = match
    this.framework = framework
    this.filter = filter
    this.mode = mode
    const input = readInput(KIND, context)
    guard(KIND, "data", () =>
      assertFramework(KIND, framework as unknown as Record<string, unknown>),
    )
    const { programmes, participants } = readContext(KIND, input, filter, assertReported)
    this.programmes = programmes
    this.participants = withCountries(KIND, participants)
    const first = firstDayNumber(framework.period.start)
    const last =
      framework.period.end === undefined
        ? Number.POSITIVE_INFINITY
        : lastDayNumberOf(framework.period.end)
    const { list, selected, startDay, endDay } = programmes
    const inFramework = new Uint8Array(list.length)
    const reach: (Set<string> | undefined)[] = new Array(list.length)
    const goals = new GoalProgrammes(framework, match === "links-and-themes")
    const regions = guard(KIND, "data", () => {
      const resolver = new GroupResolver(KIND, input.groups)
      for (let i = 0; i < list.length; i++) {
        if (selected[i] === 0) continue
        const start = startDay[i] as number
        const end = Number.isNaN(endDay[i]) ? Number.POSITIVE_INFINITY : (endDay[i] as number)
        if (start > last || end < first) continue
        inFramework[i] = 1
        assertProgrammeLinks(KIND, list[i] as Programme)
        reach[i] = staticReach(programmes, i, resolver, new Set())
        goals.add(list[i] as Programme, i)
      }
      return regionCountries(framework, resolver, first, last)
    })
    this.inFramework = inFramework
    this.reach = reach
    this.goalProgrammes = goals.programmes
    this.goalLinked = goals.linked
    this.regions = regions
  }

  newState() {
    return new GoalCoverageState(this)
  }

  identity() {
    const { filter, mode, programmes, participants, framework } = this
    return [
      [filter, mode, framework.id, this.match],
      programmeIdentity(programmes),
      participantIdentity(participants),
      this.inFramework,
      [...this.reach],
      this.goalProgrammes,
      this.goalLinked,
      this.regions,
      // What the result reads of the framework.
      framework.goals.map((goal) => [goal.id, goal.title]),
      (framework.priorityRegions ?? []).map((region) => [region.id, region.themes]),
    ]
  }

  /** The goals and cells, from the seats and the countries reached of each programme. */
  coverage(seats: Float64Array, reached: readonly (Set<string> | undefined)[]): GoalCoverage {
    return coverageOf(this, seats, reached)
  }
}

type Saved = { hasRecords: Uint8Array; seats: Float64Array; seatCountries: (string[] | null)[] }

class GoalCoverageState implements State<Participation, GoalCoverage, Saved> {
  readonly plan: GoalCoveragePlan
  /** Per programme: 1 once any participation record names it. */
  readonly hasRecords: Uint8Array
  readonly seats: Float64Array
  /** Per programme: a flag per interned country id of its seats. */
  readonly seatCountries: (Uint8Array | undefined)[]

  constructor(plan: GoalCoveragePlan) {
    this.plan = plan
    const n = plan.programmes.list.length
    this.hasRecords = new Uint8Array(n)
    this.seats = new Float64Array(n)
    this.seatCountries = new Array(n)
  }

  add(record: Participation): void {
    const { programmes, participants, inFramework, mode } = this.plan
    const i = programmes.index.get(record.programme)
    if (i === undefined) return
    this.hasRecords[i] = 1
    if (inFramework[i] === 0 || !isCountedParticipation(record)) return
    this.seats[i] = (this.seats[i] as number) + 1
    const country = seatCountryId(KIND, record, participants, mode)
    if (country !== -1) this.markSeatCountry(i, country)
  }

  private markSeatCountry(i: number, id: number): void {
    let flags = this.seatCountries[i]
    if (flags === undefined || id >= flags.length) {
      const names = this.plan.participants.countries.names
      const grown = new Uint8Array(Math.max(id + 1, names.length, 32))
      if (flags !== undefined) grown.set(flags)
      flags = grown
      this.seatCountries[i] = flags
    }
    flags[id] = 1
  }

  /** The countries of a programme's seats. */
  private seatCountriesOf(i: number): string[] {
    const flags = this.seatCountries[i]
    const names = this.plan.participants.countries.names
    const countries: string[] = []
    if (flags !== undefined)
      for (let id = 0; id < flags.length; id++)
        if (flags[id] === 1) countries.push(names[id] as string)
    return countries
  }

  absorb(other: GoalCoverageState): void {
    const table = this.plan.participants.countries
    for (let i = 0; i < other.hasRecords.length; i++) {
      if (other.hasRecords[i] === 1) this.hasRecords[i] = 1
      this.seats[i] = (this.seats[i] as number) + (other.seats[i] as number)
      if (other.seatCountries[i] === undefined) continue
      for (const country of other.seatCountriesOf(i)) this.markSeatCountry(i, table.intern(country))
    }
  }

  save(): Saved {
    return {
      hasRecords: this.hasRecords.slice(),
      seats: this.seats.slice(),
      seatCountries: this.seatCountries.map((flags, i) =>
        flags === undefined ? null : this.seatCountriesOf(i),
      ),
    }
  }

  load(saved: Saved): void {
    this.hasRecords.set(saved.hasRecords)
    this.seats.set(saved.seats)
    const table = this.plan.participants.countries
    saved.seatCountries.forEach((countries, i) => {
      for (const country of countries ?? []) this.markSeatCountry(i, table.intern(country))
    })
  }

  result(): GoalCoverage {
    const { inFramework, reach } = this.plan
    const { list } = this.plan.programmes
    const n = list.length
    // Seats and countries reached of every programme in the framework.
    const seats = new Float64Array(n)
    const reached: (Set<string> | undefined)[] = new Array(n)
    for (let i = 0; i < n; i++) {
      if (inFramework[i] === 0) continue
      const countries = new Set(reach[i])
      if (this.hasRecords[i] === 1) {
        seats[i] = this.seats[i] as number
        for (const country of this.seatCountriesOf(i)) countries.add(country)
      } else {
        const reported = reportedSeats(list[i] as Programme)
        let sum = reported.unattributed
        for (const [country, count] of reported.byCountry) {
          sum += count
          countries.add(country)
        }
        seats[i] = sum
      }
      reached[i] = countries
    }
    return this.plan.coverage(seats, reached)
  }
}

/**
 * Creates the accumulator of {@link goalCoverage} over the programmes, participants and groups
 * the participations refer to.
 *
 * @example
 * const acc = createGoalCoverageAccumulator(framework, { programmes, participants })
 * acc.addAll(participations).result().gaps
 *
 * @category Aggregate
 */
export function createGoalCoverageAccumulator(
  framework: StrategicFramework,
  context: AggregationContext,
  options?: GoalCoverageOptions,
): GoalCoverageAccumulator {
  return accumulate(new GoalCoveragePlan(framework, context, options))
}

/**
 * How far a portfolio of programmes covers a strategic framework: per goal, the held programmes
 * in the framework's period that link it — or that link no goal of the framework and share one
 * of its `themes` (`match: "links-and-themes"`, the default; `"links"`: links only) — how many
 * link it (`linked`), their seats and the countries they reach; per
 * priority region × theme cell, whether such a programme (linked or not) has the theme and
 * reaches a country of the region.
 *
 * `covered`, `total` and `ratio` count the goals only, `cellCoverage` the cells: the two are
 * never added together. Links to another framework or an unknown goal are ignored. The
 * contract: [counting rules](../../docs/counting-rules.md#goalcoverage) and
 * [the goal coverage guide](../../docs/goal-coverage.md).
 *
 * @param framework - The framework; not modified.
 * @param dataset - A dataset, or plain arrays (`participations` may be any iterable); not modified.
 * @param options - Programme filter, `asOf`, `seatCountry` (for the countries of seats), `match`.
 * @returns Goals and cells in the framework's order, with the goals' totals and ratio, the
 *   cells' (`cellCoverage`), and the gaps.
 *
 * @example
 * const coverage = goalCoverage(japanUnodcFramework, exampleDataset)
 * coverage.goals[0] //=> { goal: "rule-of-law", covered: true, programmes: 7, linked: 0, … } (through its themes)
 * goalCoverage(japanUnodcFramework, exampleDataset, { match: "links" }).covered //=> 0 (the texts link none)
 * coverage.cellCoverage //=> { covered: 2, total: 31, ratio: 0.0645… }
 * coverage.gaps.cells[0] //=> { region: "south-east-asia", theme: "drugs" }
 *
 * @category Aggregate
 */
export function goalCoverage(
  framework: StrategicFramework,
  dataset: AggregationInput,
  options?: GoalCoverageOptions,
): GoalCoverage {
  const input = readInput(KIND, dataset)
  const plan = new GoalCoveragePlan(framework, input, options)
  return countAll(plan, input.participations, "participations", (state, records, at) => {
    for (const record of records) at.counted(state.add(at.check(record)))
  })
}
