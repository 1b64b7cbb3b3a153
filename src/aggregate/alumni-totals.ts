import { lastDayNumberOf } from "../dates/partial-date.js"
import type { Participation } from "../schemas/participation.js"
import { Accumulator } from "./accumulator.js"
import {
  addCount,
  buildParticipantTable,
  buildProgrammeTable,
  checkCompatible,
  checkSeatCountry,
  completionDay,
  countryRows,
  fingerprint,
  type ParticipantTable,
  type ProgrammeTable,
} from "./context.js"
import {
  COUNTING_OPTIONS,
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
  CountryCount,
  ProgrammeFilter,
} from "./types.js"

/**
 * The options of {@link alumniTotals}: which programmes count, and `asOf`.
 *
 * @example
 * const options: AlumniOptions = { series: "unafei-uncac", asOf: "2024-12-31" }
 *
 * @category Aggregate
 */
export type AlumniOptions = ProgrammeFilter

/**
 * The result of {@link alumniTotals}.
 *
 * @example
 * const totals: AlumniTotals = { alumni: 3, countries: 2, byCountry: [{ country: "UA", count: 2 }, { country: "VN", count: 1 }] }
 *
 * @category Aggregate
 */
export type AlumniTotals = {
  /** Distinct persons who completed at least one counted participation. */
  alumni: number
  /** The number of countries with at least one alumnus. */
  countries: number
  /** Alumni per home country, count descending, then country code; only counts above zero. */
  byCountry: CountryCount[]
}

const KIND = "alumniTotals"

/**
 * The accumulator of {@link alumniTotals}. Its state is one bit per known participant, so it
 * streams any number of participations in constant memory.
 *
 * @example
 * const acc = createAlumniAccumulator({ programmes, participants })
 * acc.addAll(participations).result().alumni //=> 3
 *
 * @category Aggregate
 */
export class AlumniAccumulator extends Accumulator<Participation, AlumniTotals> {
  private readonly programmes: ProgrammeTable
  private readonly participants: ParticipantTable
  private readonly asOfDay: number
  private readonly key: string
  /** Per participant: 1 once they are an alumnus. */
  private readonly alumni: Uint8Array

  /** @internal Use {@link createAlumniAccumulator}. */
  constructor(
    context: AggregationContext | undefined,
    options: AlumniOptions | undefined,
    shared?: AlumniAccumulator,
  ) {
    super()
    if (shared !== undefined) {
      this.programmes = shared.programmes
      this.participants = shared.participants
      this.asOfDay = shared.asOfDay
      this.key = shared.key
    } else {
      const read = readOptions(KIND, options, COUNTING_OPTIONS)
      const filter = readFilter(KIND, read)
      checkSeatCountry(KIND, read) // accepted with the other counting options, and not used
      const input = readInput(KIND, context)
      const { programmes, participants } = guard(KIND, "data", () => ({
        programmes: buildProgrammeTable(KIND, input.programmes, filter),
        participants: buildParticipantTable(KIND, input.participants),
      }))
      this.programmes = programmes
      this.participants = participants
      this.asOfDay = filter.asOf === undefined ? Number.NaN : lastDayNumberOf(filter.asOf)
      this.key = fingerprint(KIND, input, filter)
    }
    this.alumni = new Uint8Array(this.participants.list.length)
  }

  add(record: Participation): this {
    if (typeof record !== "object" || record === null) notAParticipation(KIND, record)
    if (record.status !== "completed") return this
    const role = record.role
    if (role !== undefined && role !== "participant") return this
    const i = this.programmes.index.get(record.programme)
    if (i === undefined || this.programmes.selected[i] === 0) return this
    const person = this.participants.index.get(record.participant)
    if (person === undefined) return this
    // With asOf, a completion counts only when it is dated on or before it (an undated one never).
    if (
      !Number.isNaN(this.asOfDay) &&
      !(completionDay(KIND, record, this.programmes, i) <= this.asOfDay)
    )
      return this
    this.alumni[person] = 1
    return this
  }

  merge(other: this): this {
    checkCompatible(KIND, this.key, other.key)
    const merged = new AlumniAccumulator(undefined, undefined, this) as this
    const a = this.alumni
    const b = other.alumni
    for (let i = 0; i < a.length; i++) merged.alumni[i] = (a[i] as number) | (b[i] as number)
    return merged
  }

  protected stateKind(): string {
    return KIND
  }

  protected stateKey(): string {
    return this.key
  }

  protected saveState(): unknown {
    return { alumni: this.alumni.slice() }
  }

  protected emptyCopy(): this {
    return new AlumniAccumulator(undefined, undefined, this) as this
  }

  protected loadState(data: unknown): void {
    this.alumni.set((data as { alumni: Uint8Array }).alumni)
  }

  result(): AlumniTotals {
    const counts = new Map<string, number>()
    const list = this.participants.list
    let alumni = 0
    for (let i = 0; i < this.alumni.length; i++) {
      if (this.alumni[i] === 0) continue
      alumni++
      addCount(counts, (list[i] as (typeof list)[number]).country, 1)
    }
    const byCountry = countryRows(counts)
    return { alumni, countries: byCountry.length, byCountry }
  }
}

/**
 * Creates the accumulator of {@link alumniTotals}.
 *
 * @param context - The programmes and participants the participations refer to.
 * @param options - As for {@link alumniTotals}.
 *
 * @example
 * const acc = createAlumniAccumulator({ programmes, participants })
 * await acc.addAll(participationStream)
 * acc.result().alumni
 *
 * @category Aggregate
 */
export function createAlumniAccumulator(
  context: AggregationContext,
  options?: AlumniOptions,
): AlumniAccumulator {
  return new AlumniAccumulator(context, options)
}

/**
 * Counts the distinct people who completed at least one programme, per home country.
 *
 * An alumnus is a participant with at least one counted participation of status `completed`
 * (role `participant`, in a programme that is not cancelled or postponed and that the filter
 * selects), counted once, under the participant's own `country` — never the country a
 * participation represented.
 *
 * Edge cases: a participation whose participant or programme is not in the dataset is ignored
 * (no home country is known); reported figures (`reportedParticipants`) name no person and
 * add no alumni; with `asOf`, a completion counts only when dated (`completedOn`, else the
 * programme's end) on or before it; an empty dataset gives zero alumni and no rows.
 *
 * @param dataset - A dataset, or plain arrays (`participations` may be any iterable); not modified.
 * @param options - Programme filter (`where`, `series`, `kinds`, `themes`, `during`) and `asOf`.
 * @returns `{ alumni, countries, byCountry }`, rows by count descending, then code.
 *
 * @example
 * alumniTotals(dataset, { series: "unafei-uncac" })
 * //=> { alumni: 3, countries: 2, byCountry: [{ country: "UA", count: 2 }, { country: "VN", count: 1 }] }
 *
 * @category Aggregate
 */
export function alumniTotals(dataset: AggregationInput, options?: AlumniOptions): AlumniTotals {
  const input = readInput(KIND, dataset)
  const accumulator = new AlumniAccumulator(input, options)
  // A loop here rather than addAll keeps the call to add monomorphic (fast).
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
