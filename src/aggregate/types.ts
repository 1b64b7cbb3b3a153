import type { Grouping } from "../schemas/grouping.js"
import type { Participant } from "../schemas/participant.js"
import type { Participation } from "../schemas/participation.js"
import type { Programme, ProgrammeKind } from "../schemas/programme.js"

/**
 * What the aggregation functions read: a `Dataset`, or plain arrays of its records.
 * `participations` may be any iterable (a generator, for instance); every other field is an
 * array. Nothing is modified. Data that was not validated is checked as it is read: what an
 * aggregation cannot read is an `AggregationError` `aggregate/invalid-record` naming the record
 * and the field (docs/counting-rules.md, "Data that was not validated").
 *
 * @example
 * function* records() { yield* dataset.participations ?? [] }
 * participationsByCountry({ ...dataset, participations: records() })
 *
 * @category Aggregate
 */
export type AggregationInput = {
  readonly programmes?: readonly Programme[] | undefined
  readonly participants?: readonly Participant[] | undefined
  readonly participations?: Iterable<Participation> | undefined
  readonly groups?: readonly Grouping[] | undefined
}

/**
 * The context an accumulator is created with: the input without its participations, which are
 * streamed through `add` / `addAll` instead.
 *
 * @example
 * const context: AggregationContext = { programmes: dataset.programmes, participants: dataset.participants }
 *
 * @category Aggregate
 */
export type AggregationContext = Omit<AggregationInput, "participations">

/**
 * A count of one country.
 *
 * @example
 * const row: CountryCount = { country: "UA", count: 4 }
 *
 * @category Aggregate
 */
export type CountryCount = { country: string; count: number }

/**
 * Which country a seat counts under.
 *
 * @example
 * participationsByCountry(dataset, { seatCountry: "participant" satisfies SeatCountry })
 *
 * @category Aggregate
 */
export type SeatCountry = "participation" | "participant"

/**
 * Options that select programmes, shared by the aggregation functions. Every given criterion
 * must hold (they combine with "and"); a programme that is not selected contributes nothing —
 * neither its participations nor its reported figures.
 *
 * @example
 * const filter: ProgrammeFilter = { where: (p) => p.mode === "online", during: { start: "2024-04", end: "2025-03" } }
 *
 * @category Aggregate
 */
export type ProgrammeFilter = {
  /** Keep the programmes for which this returns `true` (called once per programme). */
  readonly where?: ((programme: Programme) => boolean) | undefined
  /** Keep the programmes of this series, or of any of these series (`series.id`). */
  readonly series?: string | readonly string[] | undefined
  /** Keep the programmes of these kinds. */
  readonly kinds?: readonly ProgrammeKind[] | undefined
  /** Keep the programmes that have at least one of these themes. */
  readonly themes?: readonly string[] | undefined
  /**
   * Keep the programmes whose period overlaps this one (inclusive; a partial start is its first
   * day, a partial end its last; a missing bound is open, as is a programme without an end).
   */
  readonly during?:
    | { readonly start?: string | undefined; readonly end?: string | undefined }
    | undefined
  /**
   * Count as of this date (read as its last day: `"2024"` is 2024-12-31): programmes that start
   * after it are left out, and a completion counts only when it is dated on or before it
   * (`completedOn`, else the programme's end; with neither it has no date and does not count).
   */
  readonly asOf?: string | undefined
}

/**
 * The options of the per-participation aggregations.
 *
 * @example
 * const options: CountingOptions = { series: ["unafei-itc", "unafei-uncac"], seatCountry: "participant" }
 *
 * @category Aggregate
 */
export type CountingOptions = ProgrammeFilter & {
  /**
   * Which country a seat counts under: `"participation"` (default) — the country the
   * participation represents (`participation.country`), else the participant's home country;
   * `"participant"` — always the participant's home country.
   */
  readonly seatCountry?: SeatCountry | undefined
}

/**
 * The status of a pledge or of one of its targets.
 *
 * @example
 * const status: PledgeStatus = "on-track"
 *
 * @category Aggregate
 */
export type PledgeStatus = "not-started" | "on-track" | "behind" | "met" | "exceeded" | "missed"

/**
 * A dimension of `disaggregate`.
 *
 * @example
 * const by: Dimension[] = ["country", "gender"]
 *
 * @category Aggregate
 */
export type Dimension =
  | "country"
  | "gender"
  | "profession"
  | "year"
  | "fiscalYear"
  | "theme"
  | "group"
