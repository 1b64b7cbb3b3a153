import { fiscalYearLabel, fiscalYearOf } from "../dates/fiscal-year.js"
import { isCountedParticipation } from "../domain/counting.js"
import type { Participation } from "../schemas/participation.js"
import type { Programme } from "../schemas/programme.js"
import type { Accumulator } from "./accumulator.js"
import { programmeIdentity, readProgrammeTable } from "./context/programme-table.js"
import { reportedSeats } from "./context/reported-seats.js"
import { addCount } from "./counts/count-rows.js"
import { invalidOption } from "./errors.js"
import { assertReported } from "./input/assert-programme.js"
import { guard } from "./input/guard.js"
import { readCountingOptions } from "./input/read-counting-options.js"
import { readInput } from "./input/read-input.js"
import { readStartMonth } from "./input/read-start-month.js"
import { countAll } from "./protocol/count-all.js"
import type { Plan, State } from "./protocol/plan.js"
import { accumulate } from "./protocol/streamed-accumulator.js"
import type { AggregationContext, AggregationInput, ProgrammeFilter } from "./types.js"

/**
 * The options of {@link countByPeriod}.
 *
 * @example
 * const options: CountByPeriodOptions = { of: "programmes", period: "fiscal-year", fiscalYearStartMonth: 4 }
 *
 * @category Aggregate
 */
export type CountByPeriodOptions = ProgrammeFilter & {
  /** Count programmes (not cancelled or postponed), or their seats (unattributed included). */
  readonly of: "programmes" | "participations"
  /** Calendar years (`"2018"`) or fiscal years (`"FY2018"`). */
  readonly period: "year" | "fiscal-year"
  /** The month a fiscal year starts in, 1–12; default 4 (April, as in Japan). */
  readonly fiscalYearStartMonth?: number | undefined
  /** Also list the periods with nothing between the first and the last, with count 0. Default `false`. */
  readonly fill?: boolean | undefined
}

/**
 * One period's count.
 *
 * @example
 * const row: PeriodCount = { period: "FY2018", count: 12 }
 *
 * @category Aggregate
 */
export type PeriodCount = { period: string; count: number }

/**
 * The result of {@link countByPeriod}.
 *
 * @example
 * const counts: CountByPeriod = { rows: [{ period: "FY2024", count: 31 }], undetermined: 10 }
 *
 * @category Aggregate
 */
export type CountByPeriod = {
  /** In time order: every period in which a counted programme starts (and with `fill`, those between). */
  rows: PeriodCount[]
  /** What has no fiscal year: programmes starting on a year-only date when the fiscal year does not start in January. */
  undetermined: number
}

/**
 * The accumulator of {@link countByPeriod}.
 *
 * @example
 * const acc: CountByPeriodAccumulator = createCountByPeriodAccumulator({ programmes }, { of: "participations", period: "year" })
 * acc.addAll(participations).result().rows //=> [{ period: "2024", count: 31 }]
 *
 * @category Aggregate
 */
export type CountByPeriodAccumulator = Accumulator<Participation, CountByPeriod>

const KIND = "countByPeriod"
const OPTIONS = ["of", "period", "fiscalYearStartMonth", "fill"]
const EXPECTED = "pass { of, period }"

class CountByPeriodPlan implements Plan<Participation, CountByPeriod, Saved> {
  readonly kind = KIND
  readonly records = "participations"
  readonly filter
  readonly of: "programmes" | "participations"
  readonly fiscal: boolean
  readonly startMonth
  readonly fill: boolean
  readonly programmes
  /** Per programme: the year it is placed in (calendar or fiscal); NaN when undetermined. */
  readonly periodOf: Float64Array

  constructor(context: AggregationContext | undefined, options: unknown) {
    if (options === undefined) throw invalidOption(KIND, "options", options, EXPECTED)
    // seatCountry is accepted with the other counting options, and not used.
    const { read, filter } = readCountingOptions(KIND, options, OPTIONS, EXPECTED)
    const { of, period, fill } = read
    if (of !== "programmes" && of !== "participations")
      throw invalidOption(KIND, "of", of, "use 'programmes' or 'participations'")
    if (period !== "year" && period !== "fiscal-year")
      throw invalidOption(KIND, "period", period, "use 'year' or 'fiscal-year'")
    this.startMonth = readStartMonth(KIND, read)
    if (fill !== undefined && typeof fill !== "boolean")
      throw invalidOption(KIND, "fill", fill, "use true or false")
    this.filter = filter
    this.of = of
    this.fiscal = period === "fiscal-year"
    this.fill = fill === true
    const input = readInput(KIND, context)
    this.programmes = guard(KIND, "data", () =>
      readProgrammeTable(KIND, input.programmes, filter, assertReported),
    )
    const { list } = this.programmes
    this.periodOf = new Float64Array(list.length)
    for (let i = 0; i < list.length; i++) {
      // Placed by the programme's start; a start with no fiscal year is undetermined.
      const start = (list[i] as Programme).period.start
      this.periodOf[i] = this.fiscal
        ? (fiscalYearOf(start, this.startMonth) ?? Number.NaN)
        : Number(start.slice(0, 4))
    }
  }

  newState() {
    return this.of === "programmes" ? new ProgrammesByPeriod(this) : new SeatsByPeriod(this)
  }

  identity() {
    const { filter, of, fiscal, startMonth, fill, programmes, periodOf } = this
    return [filter, of, fiscal, startMonth, fill, programmeIdentity(programmes), periodOf]
  }

  /** The rows and `undetermined`, counting `countOf(i)` for each selected programme `i`. */
  rows(countOf: (i: number) => number): CountByPeriod {
    const counts = new Map<number, number>()
    let undetermined = 0
    const selected = this.programmes.selected
    for (let i = 0; i < selected.length; i++) {
      if (selected[i] === 0) continue
      const period = this.periodOf[i] as number
      if (Number.isNaN(period)) undetermined += countOf(i)
      else addCount(counts, period, countOf(i))
    }
    // Every period in which a counted programme starts has a row — so the periods are the same
    // for `of: "programmes"` and `of: "participations"` — even when its seats add up to 0.
    const years = [...counts.keys()].sort((a, b) => a - b)
    if (this.fill && years.length > 1) {
      const firstYear = years[0] as number
      const lastYear = years[years.length - 1] as number
      years.length = 0
      for (let y = firstYear; y <= lastYear; y++) years.push(y)
    }
    const rows = years.map((year) => ({
      period: this.fiscal ? fiscalYearLabel(year) : String(year).padStart(4, "0"),
      count: counts.get(year) ?? 0,
    }))
    return { rows, undetermined }
  }
}

/** Counts programmes: nothing streamed, one for each selected programme of the plan. */
class ProgrammesByPeriod implements State<Participation, CountByPeriod, Saved> {
  readonly plan: CountByPeriodPlan

  constructor(plan: CountByPeriodPlan) {
    this.plan = plan
  }

  result(): CountByPeriod {
    return this.plan.rows(() => 1)
  }
}

type Saved = { hasRecords: Uint8Array; seats: Float64Array }

/** Counts the seats of each programme: its counted participations, else its reported figures. */
class SeatsByPeriod implements State<Participation, CountByPeriod, Saved> {
  readonly plan: CountByPeriodPlan
  /** Per programme: 1 once any participation record names it. */
  readonly hasRecords: Uint8Array
  readonly seats: Float64Array

  constructor(plan: CountByPeriodPlan) {
    this.plan = plan
    this.hasRecords = new Uint8Array(plan.programmes.list.length)
    this.seats = new Float64Array(plan.programmes.list.length)
  }

  add(record: Participation): void {
    const programmes = this.plan.programmes
    const i = programmes.index.get(record.programme)
    if (i === undefined) return
    this.hasRecords[i] = 1
    if (programmes.selected[i] === 1 && isCountedParticipation(record))
      this.seats[i] = (this.seats[i] as number) + 1
  }

  absorb(other: SeatsByPeriod): void {
    for (let i = 0; i < other.seats.length; i++) {
      if (other.hasRecords[i] === 1) this.hasRecords[i] = 1
      this.seats[i] = (this.seats[i] as number) + (other.seats[i] as number)
    }
  }

  save(): Saved {
    return { hasRecords: this.hasRecords.slice(), seats: this.seats.slice() }
  }

  load(saved: Saved): void {
    this.hasRecords.set(saved.hasRecords)
    this.seats.set(saved.seats)
  }

  result(): CountByPeriod {
    const list = this.plan.programmes.list
    return this.plan.rows((i) => {
      if (this.hasRecords[i] === 1) return this.seats[i] as number
      const reported = reportedSeats(list[i] as Programme)
      let count = reported.unattributed
      for (const [, n] of reported.byCountry) count += n
      return count
    })
  }
}

/**
 * Creates the accumulator of {@link countByPeriod} over the programmes. With `of:
 * "programmes"` it counts the programmes themselves, and records added change nothing.
 *
 * @example
 * createCountByPeriodAccumulator({ programmes }, { of: "participations", period: "fiscal-year" })
 *   .addAll(participations).result().rows
 *
 * @category Aggregate
 */
export function createCountByPeriodAccumulator(
  context: AggregationContext,
  options: CountByPeriodOptions,
): CountByPeriodAccumulator {
  return accumulate(new CountByPeriodPlan(context, options))
}

/**
 * Counts held programmes, or their seats, per calendar or fiscal year of the programme's start
 * (FY2018 = April 2018 – March 2019 with the default `fiscalYearStartMonth: 4`).
 *
 * A year-only start has no fiscal year unless it starts in January: it is `undetermined`, never
 * guessed. See [counting rules](../../docs/counting-rules.md#countbyperiod).
 *
 * @example
 * countByPeriod({ programmes }, { of: "programmes", period: "fiscal-year" })
 * //=> { rows: [{ period: "FY2023", count: 1 }, { period: "FY2024", count: 2 }], undetermined: 1 }
 *
 * @category Aggregate
 */
export function countByPeriod(
  dataset: AggregationInput,
  options: CountByPeriodOptions,
): CountByPeriod {
  const input = readInput(KIND, dataset)
  return countAll(
    new CountByPeriodPlan(input, options),
    input.participations,
    "participations",
    // Only a state of seats has `add`; countAll reads no record for one of programmes.
    (state, records, at) => {
      for (const record of records) at.counted((state as SeatsByPeriod).add(at.check(record)))
    },
  )
}
