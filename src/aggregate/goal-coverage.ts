import { firstDayNumber, lastDayNumberOf } from "../dates/partial-date.js"
import type { Participation } from "../schemas/participation.js"
import type { Programme } from "../schemas/programme.js"
import type { StrategicFramework } from "../schemas/strategic-framework.js"
import { quote } from "../text/quote.js"
import { Accumulator } from "./accumulator.js"
import {
  buildParticipantTable,
  buildProgrammeTable,
  checkCompatible,
  checkSeatCountry,
  fingerprint,
  GroupResolver,
  isCountedRecord,
  type ParticipantTable,
  type ProgrammeTable,
  reportedSeats,
  seatCountryId,
  staticReach,
} from "./context.js"
import { invalidOption } from "./errors.js"
import {
  type CheckedInput,
  COUNTING_OPTIONS,
  checkFramework,
  checkProgrammeLinks,
  checkReported,
  guard,
  notAParticipation,
  readFilter,
  readInput,
  readOptions,
  rethrowAt,
} from "./input.js"
import type {
  AggregationContext,
  AggregationInput,
  CountingOptions,
  ProgrammeFilter,
  SeatCountry,
} from "./types.js"

/**
 * The options of {@link goalCoverage}.
 *
 * @example
 * const options: GoalCoverageOptions = { kinds: ["training-course"], seatCountry: "participant" }
 *
 * @category Aggregate
 */
export type GoalCoverageOptions = CountingOptions

/**
 * The coverage of one goal.
 *
 * @example
 * const row: GoalCoverageRow = { goal: "g1", title: "Rule of law", covered: true, programmes: 2, participations: 6, countries: 12 }
 *
 * @category Aggregate
 */
export type GoalCoverageRow = {
  goal: string
  title: string
  /** At least one programme counts for the goal. */
  covered: boolean
  /** Programmes that count for the goal. */
  programmes: number
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

const KIND = "goalCoverage"

/**
 * The accumulator of {@link goalCoverage}.
 *
 * @example
 * const acc = createGoalCoverageAccumulator(framework, { programmes, participants })
 * acc.addAll(participations).result().ratio //=> 0.75
 *
 * @category Aggregate
 */
export class GoalCoverageAccumulator extends Accumulator<Participation, GoalCoverage> {
  private readonly framework: StrategicFramework
  private readonly programmes: ProgrammeTable
  private readonly participants: ParticipantTable
  private readonly mode: SeatCountry
  private readonly key: string
  /** Per programme: 1 when it counts for the framework (selected, period overlapping). */
  private readonly inFramework: Uint8Array
  /** Per programme: its countries and the members of its groups on its start date. */
  private readonly reach: readonly (ReadonlySet<string> | undefined)[]
  /** Per goal of the framework: the programmes linked to it. */
  private readonly goalProgrammes: readonly (readonly number[])[]
  /** Per priority region: its countries (members of its groups during the framework period). */
  private readonly regions: readonly ReadonlySet<string>[]
  private readonly hasRecords: Uint8Array
  private readonly seats: Float64Array
  /** Per programme: a flag per interned country id of its seats. */
  private readonly seatCountries: (Uint8Array | undefined)[]

  /** @internal Use {@link createGoalCoverageAccumulator}. */
  constructor(
    framework: StrategicFramework,
    context: AggregationContext | undefined,
    options: GoalCoverageOptions | undefined,
    shared?: GoalCoverageAccumulator,
  ) {
    super()
    if (shared !== undefined) {
      this.framework = shared.framework
      this.programmes = shared.programmes
      this.participants = shared.participants
      this.mode = shared.mode
      this.key = shared.key
      this.inFramework = shared.inFramework
      this.reach = shared.reach
      this.goalProgrammes = shared.goalProgrammes
      this.regions = shared.regions
    } else {
      if (typeof framework !== "object" || framework === null || Array.isArray(framework))
        invalidOption(KIND, "framework", framework, "pass a strategic framework with goals")
      const read = readOptions(KIND, options, COUNTING_OPTIONS)
      const filter = readFilter(KIND, read)
      this.mode = checkSeatCountry(KIND, read)
      const input = readInput(KIND, context)
      this.framework = framework
      const built = guard(KIND, "data", () => this.build(framework, input, filter))
      this.programmes = built.programmes
      this.participants = built.participants
      this.key = fingerprint(KIND, input, [framework.id, filter, this.mode])
      this.inFramework = built.inFramework
      this.reach = built.reach
      this.goalProgrammes = built.goalProgrammes
      this.regions = built.regions
    }
    const n = this.programmes.list.length
    this.hasRecords = new Uint8Array(n)
    this.seats = new Float64Array(n)
    this.seatCountries = new Array(n)
  }

  /** Checks the framework and the data, and builds what every record is counted against. */
  private build(framework: StrategicFramework, input: CheckedInput, filter: ProgrammeFilter) {
    checkFramework(KIND, framework as unknown as Record<string, unknown>)
    const programmeTable = buildProgrammeTable(KIND, input.programmes, filter, checkReported)
    const participants = buildParticipantTable(KIND, input.participants)
    const first = firstDayNumber(framework.period.start)
    const last =
      framework.period.end === undefined
        ? Number.POSITIVE_INFINITY
        : lastDayNumberOf(framework.period.end)
    const resolver = new GroupResolver(KIND, input.groups)
    const { list, selected, startDay, endDay } = programmeTable
    const inFramework = new Uint8Array(list.length)
    const reach: (Set<string> | undefined)[] = new Array(list.length)
    const goalIndex = new Map<string, number>()
    framework.goals.forEach((goal, g) => {
      if (!goalIndex.has(goal.id)) goalIndex.set(goal.id, g)
    })
    const goalProgrammes: number[][] = framework.goals.map(() => [])
    for (let i = 0; i < list.length; i++) {
      if (selected[i] === 0) continue
      const start = startDay[i] as number
      const end = Number.isNaN(endDay[i]) ? Number.POSITIVE_INFINITY : (endDay[i] as number)
      if (start > last || end < first) continue
      inFramework[i] = 1
      checkProgrammeLinks(KIND, list[i] as Programme)
      reach[i] = staticReach(programmeTable, i, resolver, new Set())
      const linked = new Set<number>()
      for (const link of (list[i] as Programme).goals ?? []) {
        if (link.framework !== framework.id) continue
        const g = goalIndex.get(link.goal)
        if (g !== undefined && !linked.has(g)) {
          linked.add(g)
          goalProgrammes[g]?.push(i)
        }
      }
    }
    const regions = (framework.priorityRegions ?? []).map((region) => {
      const countries = new Set(region.countries ?? [])
      for (const id of region.groups ?? []) {
        const membership = resolver.resolve(
          id,
          `priority region ${quote(region.id)} of framework ${quote(framework.id)}`,
        )
        for (const country of membership.membersDuring(first, last)) countries.add(country)
      }
      return countries
    })
    return {
      programmes: programmeTable,
      participants,
      inFramework,
      reach,
      goalProgrammes,
      regions,
    }
  }

  add(record: Participation): this {
    if (typeof record !== "object" || record === null) notAParticipation(KIND, record)
    const i = this.programmes.index.get(record.programme)
    if (i === undefined) return this
    this.hasRecords[i] = 1
    if (this.inFramework[i] === 0) return this
    if (!isCountedRecord(record)) return this
    this.seats[i] = (this.seats[i] as number) + 1
    const country = seatCountryId(KIND, record, this.participants, this.mode)
    if (country !== -1) this.markSeatCountry(i, country)
    return this
  }

  private markSeatCountry(i: number, id: number): void {
    let flags = this.seatCountries[i]
    if (flags === undefined || id >= flags.length) {
      const grown = new Uint8Array(Math.max(id + 1, this.participants.countries.names.length, 32))
      if (flags !== undefined) grown.set(flags)
      flags = grown
      this.seatCountries[i] = flags
    }
    flags[id] = 1
  }

  /** The countries of a programme's seats. */
  private seatCountriesOf(i: number): string[] {
    const flags = this.seatCountries[i]
    const names = this.participants.countries.names
    const countries: string[] = []
    if (flags !== undefined)
      for (let id = 0; id < flags.length; id++)
        if (flags[id] === 1) countries.push(names[id] as string)
    return countries
  }

  merge(other: this): this {
    checkCompatible(KIND, this.key, other.key)
    const merged = new GoalCoverageAccumulator(this.framework, undefined, undefined, this) as this
    for (const part of [this, other]) {
      for (let i = 0; i < part.hasRecords.length; i++) {
        if (part.hasRecords[i] === 1) merged.hasRecords[i] = 1
        merged.seats[i] = (merged.seats[i] as number) + (part.seats[i] as number)
        if (part.seatCountries[i] === undefined) continue
        const table = merged.participants.countries
        for (const country of part.seatCountriesOf(i))
          merged.markSeatCountry(i, table.intern(country))
      }
    }
    return merged
  }

  protected stateKind(): string {
    return KIND
  }

  protected stateKey(): string {
    return this.key
  }

  protected saveState(): unknown {
    return {
      hasRecords: this.hasRecords.slice(),
      seats: this.seats.slice(),
      seatCountries: this.seatCountries.map((flags, i) =>
        flags === undefined ? null : this.seatCountriesOf(i),
      ),
    }
  }

  protected emptyCopy(): this {
    return new GoalCoverageAccumulator(this.framework, undefined, undefined, this) as this
  }

  protected loadState(data: unknown): void {
    const state = data as {
      hasRecords: Uint8Array
      seats: Float64Array
      seatCountries: (string[] | null)[]
    }
    this.hasRecords.set(state.hasRecords)
    this.seats.set(state.seats)
    const table = this.participants.countries
    state.seatCountries.forEach((countries, i) => {
      for (const country of countries ?? []) this.markSeatCountry(i, table.intern(country))
    })
  }

  result(): GoalCoverage {
    const { framework } = this
    const { list } = this.programmes
    const n = list.length
    // Seats and countries reached of every programme in the framework.
    const seats = new Float64Array(n)
    const reached: (Set<string> | undefined)[] = new Array(n)
    for (let i = 0; i < n; i++) {
      if (this.inFramework[i] === 0) continue
      const countries = new Set(this.reach[i])
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

    const goals: GoalCoverageRow[] = framework.goals.map((goal, g) => {
      const linked = this.goalProgrammes[g] ?? []
      const countries = new Set<string>()
      let participations = 0
      for (const i of linked) {
        participations += seats[i] as number
        for (const country of reached[i] ?? []) countries.add(country)
      }
      return {
        goal: goal.id,
        title: goal.title,
        covered: linked.length > 0,
        programmes: linked.length,
        participations,
        countries: countries.size,
      }
    })

    const cells: CoverageCell[] = []
    ;(framework.priorityRegions ?? []).forEach((region, r) => {
      const regionCountries = this.regions[r] as ReadonlySet<string>
      const themeCounts = new Map<string, number>()
      for (const theme of region.themes) themeCounts.set(theme, 0)
      for (let i = 0; i < n; i++) {
        const countries = reached[i]
        if (countries === undefined) continue
        const themes = (list[i] as Programme).themes
        if (themes === undefined || !themes.some((t) => themeCounts.has(t))) continue
        let reaches = false
        for (const country of countries) {
          if (regionCountries.has(country)) {
            reaches = true
            break
          }
        }
        if (!reaches) continue
        for (const theme of new Set(themes)) {
          const count = themeCounts.get(theme)
          if (count !== undefined) themeCounts.set(theme, count + 1)
        }
      }
      for (const theme of region.themes) {
        const programmes = themeCounts.get(theme) ?? 0
        cells.push({ region: region.id, theme, covered: programmes > 0, programmes })
      }
    })

    const gaps = {
      goals: goals.filter((g) => !g.covered).map((g) => g.goal),
      cells: cells.filter((c) => !c.covered).map((c) => ({ region: c.region, theme: c.theme })),
    }
    // Goals and cells are counted apart and never added together (DESIGN.md §6).
    const covered = goals.length - gaps.goals.length
    const coveredCells = cells.length - gaps.cells.length
    return {
      framework: framework.id,
      covered,
      total: goals.length,
      ratio: goals.length === 0 ? 0 : covered / goals.length,
      cellCoverage: {
        covered: coveredCells,
        total: cells.length,
        ratio: cells.length === 0 ? 0 : coveredCells / cells.length,
      },
      goals,
      cells,
      gaps,
    }
  }
}

/**
 * Creates the accumulator of {@link goalCoverage}.
 *
 * @param framework - The strategic framework.
 * @param context - The programmes, participants and groups.
 * @param options - As for {@link goalCoverage}.
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
  return new GoalCoverageAccumulator(framework, context, options)
}

/**
 * How far a portfolio of programmes covers a strategic framework's goals and its priority
 * regions × themes.
 *
 * A programme counts for a goal when its `goals` name this framework and that goal, it is not
 * cancelled or postponed, and its period overlaps the framework's. For each goal: the number of
 * such programmes, their seats (counted participations, or reported figures where a programme
 * has no participation record, unattributed ones included) and the distinct countries they
 * reach (their `countries`, the members of their `groups` on their start date, the countries of
 * their seats); a goal is covered when at least one programme counts for it.
 *
 * A priority region × theme cell is covered when a programme in the framework's period (linked
 * to a goal or not) has the theme and reaches a country of the region. A region's countries
 * are its `countries` and the members of its `groups` on any day of the framework's period.
 *
 * `covered`, `total` and `ratio` count the goals only; `cellCoverage` counts the cells the same
 * way. The two are never added together: a goal and a region × theme cell are different things.
 *
 * Edge cases: a framework without goals has `ratio` 0 (and one without priority regions a
 * `cellCoverage.ratio` of 0); links to another framework or to an unknown goal are ignored; a
 * group id that resolves nowhere is an `AggregationError` `aggregate/unknown-group`.
 *
 * @param framework - The framework; not modified.
 * @param dataset - A dataset, or plain arrays (`participations` may be any iterable); not modified.
 * @param options - Programme filter, `asOf`, `seatCountry` (for the countries of seats).
 * @returns Goals and cells in the framework's order, with the goals' totals and ratio, the
 *   cells' (`cellCoverage`), and the gaps.
 *
 * @example
 * const coverage = goalCoverage(japanUnodcFramework, exampleDataset)
 * coverage.covered //=> 0 (of coverage.total, 6 goals: the texts link no programme to a goal)
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
  const accumulator = new GoalCoverageAccumulator(framework, input, options)
  let i = 0
  try {
    for (const record of input.participations ?? []) {
      accumulator.add(record)
      i++
    }
  } catch (error) {
    rethrowAt(KIND, error, `participations[${i}]`)
  }
  return accumulator.result()
}
