import { isCountedParticipation } from "../domain/counting.js"
import type { Participation } from "../schemas/participation.js"
import type { Accumulator } from "./accumulator.js"
import { participantIdentity, withCountries } from "./context/participant-table.js"
import { programmeIdentity } from "./context/programme-table.js"
import { readContext } from "./context/read-context.js"
import { reportedSeats } from "./context/reported-seats.js"
import { seatCountryId } from "./context/seat-country.js"
import { addCount, countryRows } from "./counts/count-rows.js"
import { CountryCounts } from "./counts/country-counts.js"
import { assertReported } from "./input/assert-programme.js"
import { readCountingOptions } from "./input/read-counting-options.js"
import { readInput } from "./input/read-input.js"
import { countAll } from "./protocol/count-all.js"
import type { Plan, State } from "./protocol/plan.js"
import { accumulate } from "./protocol/streamed-accumulator.js"
import type {
  AggregationContext,
  AggregationInput,
  CountingOptions,
  CountryCount,
} from "./types.js"

/**
 * The options of {@link participationsByCountry}.
 *
 * @example
 * const options: ParticipationsByCountryOptions = { themes: ["anti-corruption"], during: { start: "2024" } }
 *
 * @category Aggregate
 */
export type ParticipationsByCountryOptions = CountingOptions

/**
 * The result of {@link participationsByCountry}.
 *
 * @example
 * const seats: ParticipationsByCountry = { total: 25, unattributed: 21, rows: [{ country: "UA", count: 4 }] }
 *
 * @category Aggregate
 */
export type ParticipationsByCountry = {
  /** Every seat: the sum of `rows` plus `unattributed`. */
  total: number
  /** Seats with no known country: reported totals beyond their `byCountry`, and records whose country is unknown. */
  unattributed: number
  /** Seats per country, count descending, then country code; only counts above zero. */
  rows: CountryCount[]
  /** Some seat counted came from a `reportedParticipants` marked `approximate` ("about 40"). */
  approximate: boolean
}

/**
 * The accumulator of {@link participationsByCountry}.
 *
 * @example
 * const acc: ParticipationsByCountryAccumulator = createParticipationsByCountryAccumulator({ programmes, participants })
 * acc.addAll(participations).result().total //=> 41
 *
 * @category Aggregate
 */
export type ParticipationsByCountryAccumulator = Accumulator<Participation, ParticipationsByCountry>

const KIND = "participationsByCountry"

class ParticipationsByCountryPlan implements Plan<Participation, ParticipationsByCountry, Saved> {
  readonly kind = KIND
  readonly records = "participations"
  readonly filter
  readonly mode
  readonly programmes
  readonly participants

  constructor(context: AggregationContext | undefined, options: unknown) {
    const { filter, mode } = readCountingOptions(KIND, options)
    const { programmes, participants } = readContext(KIND, context, filter, assertReported)
    this.filter = filter
    this.mode = mode
    this.programmes = programmes
    this.participants = withCountries(KIND, participants)
  }

  newState() {
    return new ParticipationsByCountryState(this)
  }

  identity() {
    const { filter, mode, programmes, participants } = this
    return [filter, mode, programmeIdentity(programmes), participantIdentity(participants)]
  }
}

type Saved = { hasRecords: Uint8Array; counts: [string, number][]; unknownCountry: number }

class ParticipationsByCountryState implements State<Participation, ParticipationsByCountry, Saved> {
  readonly plan: ParticipationsByCountryPlan
  /** Per programme: 1 once any participation record (of any role or status) names it. */
  readonly hasRecords: Uint8Array
  readonly counts = new CountryCounts()
  unknownCountry = 0

  constructor(plan: ParticipationsByCountryPlan) {
    this.plan = plan
    this.hasRecords = new Uint8Array(plan.programmes.list.length)
  }

  add(record: Participation): void {
    const { programmes, participants, mode } = this.plan
    const i = programmes.index.get(record.programme)
    if (i === undefined) return
    this.hasRecords[i] = 1
    if (programmes.selected[i] === 0 || !isCountedParticipation(record)) return
    const country = seatCountryId(KIND, record, participants, mode)
    if (country === -1) this.unknownCountry++
    else this.counts.add(country, 1)
  }

  absorb(other: ParticipationsByCountryState): void {
    for (let i = 0; i < other.hasRecords.length; i++)
      if (other.hasRecords[i] === 1) this.hasRecords[i] = 1
    this.counts.addAll(
      other.counts,
      other.plan.participants.countries,
      this.plan.participants.countries,
    )
    this.unknownCountry += other.unknownCountry
  }

  save(): Saved {
    return {
      hasRecords: this.hasRecords.slice(),
      counts: [...this.counts.entries(this.plan.participants.countries)],
      unknownCountry: this.unknownCountry,
    }
  }

  load(saved: Saved): void {
    this.hasRecords.set(saved.hasRecords)
    for (const [country, count] of saved.counts)
      this.counts.add(this.plan.participants.countries.intern(country), count)
    this.unknownCountry = saved.unknownCountry
  }

  result(): ParticipationsByCountry {
    const counts = new Map(this.counts.entries(this.plan.participants.countries))
    let unattributed = this.unknownCountry
    let approximate = false
    const { list, selected } = this.plan.programmes
    for (let i = 0; i < list.length; i++) {
      if (selected[i] === 0 || this.hasRecords[i] === 1) continue
      const programme = list[i] as (typeof list)[number]
      const reported = reportedSeats(programme)
      let seats = reported.unattributed
      for (const [country, count] of reported.byCountry) {
        addCount(counts, country, count)
        seats += count
      }
      unattributed += reported.unattributed
      if (seats > 0 && programme.reportedParticipants?.approximate === true) approximate = true
    }
    const rows = countryRows(counts)
    let total = unattributed
    for (const row of rows) total += row.count
    return { total, unattributed, rows, approximate }
  }
}

/**
 * Creates the accumulator of {@link participationsByCountry} over the programmes and
 * participants the participations refer to.
 *
 * @example
 * const acc = createParticipationsByCountryAccumulator({ programmes, participants })
 * for await (const line of ndjsonLines) acc.add(JSON.parse(line))
 * acc.result().total
 *
 * @category Aggregate
 */
export function createParticipationsByCountryAccumulator(
  context: AggregationContext,
  options?: ParticipationsByCountryOptions,
): ParticipationsByCountryAccumulator {
  return accumulate(new ParticipationsByCountryPlan(context, options))
}

/**
 * Seats taken per country: counted participations under the country each represents (else the
 * participant's home country; `seatCountry: "participant"`: always the home country), and for a
 * programme with no participation record its reported figures, the rest unattributed.
 *
 * A record whose programme is not in the dataset is ignored; one with no known country is
 * unattributed; each record is one seat. The contract:
 * [counting rules](../../docs/counting-rules.md#seats-and-countries).
 *
 * @param dataset - A dataset, or plain arrays (`participations` may be any iterable); not modified.
 * @param options - The programme filter, `asOf` and `seatCountry`.
 * @returns `{ total, unattributed, rows }`, rows by count descending then country code.
 *
 * @example
 * // The 26th UNCAC Training Programme: "25 practitioners from 20 countries, including four
 * // from Ukraine", with no per-person records.
 * participationsByCountry({ programmes: [uncac26] })
 * //=> { total: 25, unattributed: 21, rows: [{ country: "UA", count: 4 }], approximate: false }
 *
 * @category Aggregate
 */
export function participationsByCountry(
  dataset: AggregationInput,
  options?: ParticipationsByCountryOptions,
): ParticipationsByCountry {
  const input = readInput(KIND, dataset)
  const plan = new ParticipationsByCountryPlan(input, options)
  return countAll(plan, input.participations, "participations", (state, records, at) => {
    for (const record of records) at.counted(state.add(at.check(record)))
  })
}
