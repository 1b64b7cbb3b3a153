import { checkFiscalYearStartMonth } from "../dates/fiscal-year.js"
import type { Participation } from "../schemas/participation.js"
import type { Programme } from "../schemas/programme.js"
import { Accumulator } from "./accumulator.js"
import {
  buildProgrammeTable,
  checkCompatible,
  checkSeatCountry,
  fingerprint,
  isCountedRecord,
  type ProgrammeTable,
  reportedSeats,
} from "./context.js"
import { invalidOption } from "./errors.js"
import {
  COUNTING_OPTIONS,
  checkReported,
  guard,
  notAParticipation,
  readFilter,
  readInput,
  readOptions,
  rethrowAt,
} from "./input.js"
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

const KIND = "countByPeriod"
const OPTIONS = [...COUNTING_OPTIONS, "of", "period", "fiscalYearStartMonth", "fill"] as const

/**
 * The accumulator of {@link countByPeriod}.
 *
 * @example
 * const acc = createCountByPeriodAccumulator({ programmes }, { of: "participations", period: "year" })
 * acc.addAll(participations).result().rows //=> [{ period: "2024", count: 31 }]
 *
 * @category Aggregate
 */
export class CountByPeriodAccumulator extends Accumulator<Participation, CountByPeriod> {
  private readonly programmes: ProgrammeTable
  /** What it counts: programmes, or their seats. */
  readonly of: "programmes" | "participations"
  private readonly fill: boolean
  /** Per programme: the year it is placed in (calendar or fiscal); NaN when undetermined. */
  private readonly periodOf: Float64Array
  private readonly fiscal: boolean
  private readonly key: string
  private readonly hasRecords: Uint8Array
  private readonly seats: Float64Array

  /** @internal Use {@link createCountByPeriodAccumulator}. */
  constructor(
    context: AggregationContext | undefined,
    options: CountByPeriodOptions,
    shared?: CountByPeriodAccumulator,
  ) {
    super()
    if (shared !== undefined) {
      this.programmes = shared.programmes
      this.of = shared.of
      this.fill = shared.fill
      this.periodOf = shared.periodOf
      this.fiscal = shared.fiscal
      this.key = shared.key
    } else {
      if (options === undefined) invalidOption(KIND, "options", options, "pass { of, period }")
      const read = readOptions(KIND, options, OPTIONS, "pass { of, period }")
      const filter = readFilter(KIND, read)
      checkSeatCountry(KIND, read) // accepted with the other counting options, and not used
      const { of, period, fiscalYearStartMonth, fill } = read
      if (of !== "programmes" && of !== "participations")
        invalidOption(KIND, "of", of, "use 'programmes' or 'participations'")
      if (period !== "year" && period !== "fiscal-year")
        invalidOption(KIND, "period", period, "use 'year' or 'fiscal-year'")
      const startMonth = fiscalYearStartMonth === undefined ? 4 : checkMonth(fiscalYearStartMonth)
      if (fill !== undefined && typeof fill !== "boolean")
        invalidOption(KIND, "fill", fill, "use true or false")
      this.of = of
      this.fill = fill === true
      this.fiscal = period === "fiscal-year"
      const input = readInput(KIND, context)
      this.programmes = guard(KIND, "data", () =>
        buildProgrammeTable(KIND, input.programmes, filter, checkReported),
      )
      this.key = fingerprint(KIND, input, [filter, of, period, startMonth, this.fill])
      const { list } = this.programmes
      this.periodOf = new Float64Array(list.length)
      for (let i = 0; i < list.length; i++) {
        const start = (list[i] as Programme).period.start
        const year = Number(start.slice(0, 4))
        // Placed by the programme's start. A year-only start has no fiscal year unless the
        // fiscal year starts in January: it is undetermined, never guessed.
        this.periodOf[i] = !this.fiscal
          ? year
          : start.length === 4
            ? startMonth === 1
              ? year
              : Number.NaN
            : Number(start.slice(5, 7)) >= startMonth
              ? year
              : year - 1
      }
    }
    const n = this.programmes.list.length
    this.hasRecords = new Uint8Array(n)
    this.seats = new Float64Array(n)
  }

  add(record: Participation): this {
    if (typeof record !== "object" || record === null) notAParticipation(KIND, record)
    if (this.of === "programmes") return this
    const i = this.programmes.index.get(record.programme)
    if (i === undefined) return this
    this.hasRecords[i] = 1
    if (this.programmes.selected[i] === 0) return this
    if (isCountedRecord(record)) this.seats[i] = (this.seats[i] as number) + 1
    return this
  }

  merge(other: this): this {
    checkCompatible(KIND, this.key, other.key)
    const merged = new CountByPeriodAccumulator(
      undefined,
      { of: this.of, period: "year" },
      this,
    ) as this
    for (const part of [this, other]) {
      for (let i = 0; i < part.seats.length; i++) {
        if (part.hasRecords[i] === 1) merged.hasRecords[i] = 1
        merged.seats[i] = (merged.seats[i] as number) + (part.seats[i] as number)
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
    return { hasRecords: this.hasRecords.slice(), seats: this.seats.slice() }
  }

  protected emptyCopy(): this {
    return new CountByPeriodAccumulator(undefined, { of: this.of, period: "year" }, this) as this
  }

  protected loadState(data: unknown): void {
    const state = data as { hasRecords: Uint8Array; seats: Float64Array }
    this.hasRecords.set(state.hasRecords)
    this.seats.set(state.seats)
  }

  result(): CountByPeriod {
    const counts = new Map<number, number>()
    let undetermined = 0
    const { list, selected } = this.programmes
    for (let i = 0; i < list.length; i++) {
      if (selected[i] === 0) continue
      let count = 1
      if (this.of === "participations") {
        if (this.hasRecords[i] === 1) count = this.seats[i] as number
        else {
          const reported = reportedSeats(list[i] as Programme)
          count = reported.unattributed
          for (const [, n] of reported.byCountry) count += n
        }
      }
      const period = this.periodOf[i] as number
      if (Number.isNaN(period)) undetermined += count
      else counts.set(period, (counts.get(period) ?? 0) + count)
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
    const rows = years.map((year) => ({ period: this.label(year), count: counts.get(year) ?? 0 }))
    return { rows, undetermined }
  }

  private label(year: number): string {
    const text = String(year).padStart(4, "0")
    return this.fiscal ? `FY${text}` : text
  }
}

function checkMonth(month: unknown): number {
  try {
    return checkFiscalYearStartMonth(month)
  } catch {
    return invalidOption(
      KIND,
      "fiscalYearStartMonth",
      month,
      "use a month from 1 (January) to 12 (December), such as 4 for April",
    )
  }
}

/**
 * Creates the accumulator of {@link countByPeriod}.
 *
 * @param context - The programmes.
 * @param options - As for {@link countByPeriod}.
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
  return new CountByPeriodAccumulator(context, options)
}

/**
 * Counts programmes, or their seats, per calendar or fiscal year of the programme's start.
 *
 * `of: "programmes"` counts the programmes that are not cancelled or postponed;
 * `of: "participations"` counts their seats — counted participations where a programme has any
 * participation record, else its reported figures, unattributed included. Each is placed by its
 * programme's start. Fiscal years are named by the year they start in (`fiscalYearStartMonth:
 * 4`, the default: FY2018 = April 2018 – March 2019); a year-only start has no fiscal year unless
 * the fiscal year starts in January, and is counted under `undetermined`, never guessed.
 *
 * Edge cases: rows run in time order, one for every period in which a counted programme starts
 * — with `of: "participations"` its count may be 0 (a planned programme with no seats yet), so
 * that both kinds of count list the same periods; `fill: true` adds the periods between the
 * first and the last that have no programme, with count 0; with `period: "year"`,
 * `undetermined` is always 0; the programme filter and `asOf` select programmes as elsewhere.
 *
 * @param dataset - A dataset, or plain arrays (`participations` may be any iterable); not modified.
 * @param options - `of`, `period`, `fiscalYearStartMonth`, `fill`, and the programme filter.
 * @returns `{ rows: { period, count }[], undetermined }`.
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
  const accumulator = new CountByPeriodAccumulator(input, options)
  if (accumulator.of === "programmes") return accumulator.result()
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
