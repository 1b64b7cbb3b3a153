import { lastDayNumberOf } from "../dates/partial-date.js"
import { isCountedCompletion } from "../domain/counting.js"
import type { Participation } from "../schemas/participation.js"
import type { Accumulator } from "./accumulator.js"
import { completionDay } from "./context/completion-day.js"
import { type ParticipantTable, participantIdentity } from "./context/participant-table.js"
import { type ProgrammeTable, programmeIdentity } from "./context/programme-table.js"
import { readContext } from "./context/read-context.js"
import { addCount, countryRows } from "./counts/count-rows.js"
import { readCountingOptions } from "./input/read-counting-options.js"
import type { CheckedFilter } from "./input/read-filter.js"
import { readInput } from "./input/read-input.js"
import { countAll } from "./protocol/count-all.js"
import type { OnePassPlan, Plan, State } from "./protocol/plan.js"
import { accumulate } from "./protocol/streamed-accumulator.js"
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
 * const options: AlumniTotalsOptions = { series: "unafei-uncac", asOf: "2024-12-31" }
 *
 * @category Aggregate
 */
export type AlumniTotalsOptions = ProgrammeFilter

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

/**
 * The accumulator of {@link alumniTotals}: one bit per known participant (constant memory).
 *
 * @example
 * const acc: AlumniTotalsAccumulator = createAlumniTotalsAccumulator({ programmes, participants })
 * acc.addAll(participations).result().alumni //=> 3
 *
 * @category Aggregate
 */
export type AlumniTotalsAccumulator = Accumulator<Participation, AlumniTotals>

const KIND = "alumniTotals"

/**
 * The plan of the one-pass function. What only merging needs — the plan's identity, a state's
 * `absorb`, `save` and `load` — is in the subclasses below, so that `alumniTotals` alone does
 * not carry it (its bundle budget, test/bundle/run.mjs).
 */
class AlumniTotalsPlan implements OnePassPlan<Participation, AlumniTotals, Saved> {
  readonly kind = KIND
  readonly records = "participations"
  // Declared, not defined, where the constructor assigns them: a defined field is one more
  // statement in the bundle (alumniTotals' bundle budget).
  declare readonly filter: CheckedFilter
  declare readonly programmes: ProgrammeTable
  declare readonly participants: ParticipantTable
  /** The last day of `asOf`; NaN without it. */
  declare readonly asOfDay: number

  constructor(context: AggregationContext | undefined, options: unknown) {
    // seatCountry is accepted with the other counting options, and not used.
    const { filter } = readCountingOptions(KIND, options)
    const { programmes, participants } = readContext(KIND, context, filter)
    this.filter = filter
    this.programmes = programmes
    this.participants = participants
    this.asOfDay = filter.asOf === undefined ? Number.NaN : lastDayNumberOf(filter.asOf)
  }

  newState() {
    return new AlumniTotalsState(this)
  }
}

type Saved = { alumni: Uint8Array }

class AlumniTotalsState implements State<Participation, AlumniTotals, Saved> {
  declare readonly plan: AlumniTotalsPlan
  /** Per participant: 1 once they are an alumnus. */
  declare readonly alumni: Uint8Array

  constructor(plan: AlumniTotalsPlan) {
    this.plan = plan
    this.alumni = new Uint8Array(plan.participants.list.length)
  }

  add(record: Participation): void {
    if (!isCountedCompletion(record)) return
    const { programmes, participants, asOfDay } = this.plan
    const i = programmes.index.get(record.programme)
    if (i === undefined || programmes.selected[i] === 0) return
    const person = participants.index.get(record.participant)
    if (person === undefined) return
    // With asOf, a completion counts only when it is dated on or before it (an undated one never).
    if (!Number.isNaN(asOfDay) && !(completionDay(KIND, record, programmes, i) <= asOfDay)) return
    this.alumni[person] = 1
  }

  result(): AlumniTotals {
    const counts = new Map<string, number>()
    const list = this.plan.participants.list
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

/** The plan of the accumulator: with its identity, and states that merge. */
class MergeablePlan extends AlumniTotalsPlan implements Plan<Participation, AlumniTotals, Saved> {
  override newState(): MergeableState {
    return new MergeableState(this)
  }

  identity() {
    return [this.filter, programmeIdentity(this.programmes), participantIdentity(this.participants)]
  }
}

class MergeableState
  extends AlumniTotalsState
  implements State<Participation, AlumniTotals, Saved>
{
  absorb(other: MergeableState): void {
    const a = this.alumni
    const b = other.alumni
    for (let i = 0; i < a.length; i++) a[i] = (a[i] as number) | (b[i] as number)
  }

  save(): Saved {
    return { alumni: this.alumni.slice() }
  }

  load(saved: Saved): void {
    this.alumni.set(saved.alumni)
  }
}

/**
 * Creates the accumulator of {@link alumniTotals} over the programmes and participants the
 * participations refer to.
 *
 * @example
 * const acc = createAlumniTotalsAccumulator({ programmes, participants })
 * await acc.addAll(participationStream)
 * acc.result().alumni
 *
 * @category Aggregate
 */
export function createAlumniTotalsAccumulator(
  context: AggregationContext,
  options?: AlumniTotalsOptions,
): AlumniTotalsAccumulator {
  return accumulate(new MergeablePlan(context, options))
}

/**
 * Counts the distinct people who completed at least one programme, once each, under the
 * participant's own `country`.
 *
 * Participants or programmes not in the dataset and reported figures add no alumni; with `asOf`
 * an undated completion does not count. See
 * [counting rules](../../docs/counting-rules.md#alumnitotals).
 *
 * @example
 * alumniTotals(dataset, { series: "unafei-uncac" })
 * //=> { alumni: 3, countries: 2, byCountry: [{ country: "UA", count: 2 }, { country: "VN", count: 1 }] }
 *
 * @category Aggregate
 */
export function alumniTotals(
  dataset: AggregationInput,
  options?: AlumniTotalsOptions,
): AlumniTotals {
  const input = readInput(KIND, dataset)
  return countAll(
    new AlumniTotalsPlan(input, options),
    input.participations,
    "participations",
    (state, records, at) => {
      for (const record of records) at.counted(state.add(at.check(record)))
    },
  )
}

/**
 * The old name of {@link AlumniTotalsOptions}.
 *
 * @deprecated Use {@link AlumniTotalsOptions}.
 *
 * @category Aggregate
 */
export type AlumniOptions = AlumniTotalsOptions
/**
 * The old name of {@link AlumniTotalsAccumulator}.
 *
 * @deprecated Use {@link AlumniTotalsAccumulator}.
 *
 * @category Aggregate
 */
export type AlumniAccumulator = AlumniTotalsAccumulator
/**
 * The old name of {@link createAlumniTotalsAccumulator}.
 *
 * @deprecated Use {@link createAlumniTotalsAccumulator}.
 *
 * @example
 * createAlumniAccumulator({ programmes, participants }).addAll(participations).result().alumni
 *
 * @category Aggregate
 */
export const createAlumniAccumulator: typeof createAlumniTotalsAccumulator =
  createAlumniTotalsAccumulator
