import type { Participation } from "../schemas/participation.js"
import { Accumulator } from "./accumulator.js"
import {
  addCount,
  buildParticipantTable,
  buildProgrammeTable,
  CountryCounts,
  checkCompatible,
  checkSeatCountry,
  countryRows,
  fingerprint,
  isCountedRecord,
  type ParticipantTable,
  type ProgrammeTable,
  reportedSeats,
  seatCountryId,
} from "./context.js"
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
import type {
  AggregationContext,
  AggregationInput,
  CountingOptions,
  CountryCount,
  SeatCountry,
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
}

const KIND = "participationsByCountry"

/**
 * The accumulator of {@link participationsByCountry}: create it with the dataset's programmes
 * and participants, stream the participations through it, merge parts, read the result.
 *
 * @example
 * const acc = createParticipationsByCountryAccumulator({ programmes, participants })
 * acc.addAll(participations).result().total //=> 41
 *
 * @category Aggregate
 */
export class ParticipationsByCountryAccumulator extends Accumulator<
  Participation,
  ParticipationsByCountry
> {
  private readonly programmes: ProgrammeTable
  private readonly participants: ParticipantTable
  private readonly mode: SeatCountry
  private readonly key: string
  /** Per programme: 1 once any participation record (of any role or status) names it. */
  private readonly hasRecords: Uint8Array
  private readonly counts = new CountryCounts()
  private unknownCountry = 0

  /** @internal Use {@link createParticipationsByCountryAccumulator}. */
  constructor(
    context: AggregationContext | undefined,
    options: ParticipationsByCountryOptions | undefined,
    shared?: ParticipationsByCountryAccumulator,
  ) {
    super()
    if (shared !== undefined) {
      this.programmes = shared.programmes
      this.participants = shared.participants
      this.mode = shared.mode
      this.key = shared.key
    } else {
      const read = readOptions(KIND, options, COUNTING_OPTIONS)
      const filter = readFilter(KIND, read)
      this.mode = checkSeatCountry(KIND, read)
      const input = readInput(KIND, context)
      const { programmes, participants } = guard(KIND, "data", () => ({
        programmes: buildProgrammeTable(KIND, input.programmes, filter, checkReported),
        participants: buildParticipantTable(KIND, input.participants),
      }))
      this.programmes = programmes
      this.participants = participants
      this.key = fingerprint(KIND, input, [filter, this.mode])
    }
    this.hasRecords = new Uint8Array(this.programmes.list.length)
  }

  add(record: Participation): this {
    if (typeof record !== "object" || record === null) notAParticipation(KIND, record)
    const i = this.programmes.index.get(record.programme)
    if (i === undefined) return this
    this.hasRecords[i] = 1
    if (this.programmes.selected[i] === 0) return this
    if (!isCountedRecord(record)) return this
    const country = seatCountryId(KIND, record, this.participants, this.mode)
    if (country === -1) this.unknownCountry++
    else this.counts.add(country, 1)
    return this
  }

  merge(other: this): this {
    checkCompatible(KIND, this.key, other.key)
    const merged = new ParticipationsByCountryAccumulator(undefined, undefined, this) as this
    for (const part of [this, other]) {
      for (let i = 0; i < part.hasRecords.length; i++)
        if (part.hasRecords[i] === 1) merged.hasRecords[i] = 1
      merged.counts.addAll(part.counts, part.participants.countries, merged.participants.countries)
      merged.unknownCountry += part.unknownCountry
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
      counts: [...this.counts.entries(this.participants.countries)],
      unknownCountry: this.unknownCountry,
    }
  }

  protected emptyCopy(): this {
    return new ParticipationsByCountryAccumulator(undefined, undefined, this) as this
  }

  protected loadState(data: unknown): void {
    const state = data as {
      hasRecords: Uint8Array
      counts: [string, number][]
      unknownCountry: number
    }
    this.hasRecords.set(state.hasRecords)
    for (const [country, count] of state.counts)
      this.counts.add(this.participants.countries.intern(country), count)
    this.unknownCountry = state.unknownCountry
  }

  result(): ParticipationsByCountry {
    const counts = new Map(this.counts.entries(this.participants.countries))
    let unattributed = this.unknownCountry
    const { list, selected } = this.programmes
    for (let i = 0; i < list.length; i++) {
      if (selected[i] === 0 || this.hasRecords[i] === 1) continue
      const reported = reportedSeats(list[i] as (typeof list)[number])
      for (const [country, count] of reported.byCountry) addCount(counts, country, count)
      unattributed += reported.unattributed
    }
    const rows = countryRows(counts)
    let total = unattributed
    for (const row of rows) total += row.count
    return { total, unattributed, rows }
  }
}

/**
 * Creates the accumulator of {@link participationsByCountry}.
 *
 * @param context - The programmes and participants (and groups) the participations refer to.
 * @param options - As for {@link participationsByCountry}.
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
  return new ParticipationsByCountryAccumulator(context, options)
}

/**
 * Seats taken per country.
 *
 * A seat is a counted participation — role `participant` (the default), status `attended` or
 * `completed`, in a programme that is not cancelled or postponed — counted under the country
 * the participation represents (`participation.country`), else the participant's home country
 * (`seatCountry: "participant"` always uses the home country). A programme with no
 * participation record at all (of any role or status) counts its `reportedParticipants`
 * instead: `byCountry` under each country, and `total` minus their sum as `unattributed`.
 *
 * Edge cases: a record whose programme is not in the dataset is ignored; a record with no
 * country (no `participation.country` and an unknown participant) is `unattributed`; each
 * record is one seat (duplicates are a validation error, not merged here); an empty dataset
 * gives `{ total: 0, unattributed: 0, rows: [] }`.
 *
 * @param dataset - A dataset, or plain arrays (`participations` may be any iterable); not modified.
 * @param options - Programme filter (`where`, `series`, `kinds`, `themes`, `during`), `asOf`
 *   (programmes started by then), `seatCountry`.
 * @returns `{ total, unattributed, rows }`, rows by count descending then country code.
 *
 * @example
 * // The 26th UNCAC Training Programme: "25 practitioners from 20 countries, including four
 * // from Ukraine", with no per-person records.
 * participationsByCountry({ programmes: [uncac26] })
 * //=> { total: 25, unattributed: 21, rows: [{ country: "UA", count: 4 }] }
 *
 * @category Aggregate
 */
export function participationsByCountry(
  dataset: AggregationInput,
  options?: ParticipationsByCountryOptions,
): ParticipationsByCountry {
  const input = readInput(KIND, dataset)
  const accumulator = new ParticipationsByCountryAccumulator(input, options)
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
