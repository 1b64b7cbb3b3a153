/**
 * What every aggregation shares: the programme and participant tables built once from the
 * input (joins through Maps, never nested scans), the rules of §6 (counted participation, the
 * country of a seat, the date of a completion, group membership), option checks and ordering.
 */

import { firstDayNumber, lastDayNumberOf } from "../dates/partial-date.js"
import { isCountedParticipation, isHeld } from "../domain/counting.js"
import { describeThrown } from "../money/errors.js"
import { resolveGrouping } from "../reference/groupings.js"
import type { Grouping } from "../schemas/grouping.js"
import type { Participant } from "../schemas/participant.js"
import type { Participation } from "../schemas/participation.js"
import type { Programme } from "../schemas/programme.js"
import { quote } from "../text/quote.js"
import { AggregationError, incompatible, invalidOption, unknownGroupMessage } from "./errors.js"
import {
  checkGrouping,
  checkParticipant,
  checkProgramme,
  invalidCompletedOn,
  invalidSeatCountry,
  isCountryShape,
} from "./input.js"
import type { CountryCount, ProgrammeFilter, SeatCountry } from "./types.js"

/** The programmes of the input, indexed, with what each aggregation asks of them. */
export type ProgrammeTable = {
  /** Programmes in input order; of two with the same id, the first is kept. */
  readonly list: readonly Programme[]
  readonly index: ReadonlyMap<string, number>
  /** 1 when the programme counts: not cancelled or postponed, and selected by the filter. */
  readonly selected: Uint8Array
  /** First day of the start. */
  readonly startDay: Float64Array
  /** Last day of the end; NaN when open-ended. */
  readonly endDay: Float64Array
}

/**
 * Country codes interned as small integers, so that counting a seat is an array increment
 * rather than a hash look-up. Shared (and only ever appended to) by the accumulators built
 * from one participant table.
 */
export class CountryTable {
  readonly names: string[] = []
  private readonly ids = new Map<string, number>()

  /**
   * The id of a country, added when new; −2 (nothing added) for a value that is not a country
   * code, checked only when new so that a known country costs one look-up.
   */
  intern(country: string): number {
    let id = this.ids.get(country)
    if (id === undefined) {
      if (!isCountryShape(country)) return -2
      id = this.names.length
      this.ids.set(country, id)
      this.names.push(country)
    }
    return id
  }
}

/** The participants of the input, indexed, with their home countries interned. */
export type ParticipantTable = {
  readonly list: readonly Participant[]
  readonly index: ReadonlyMap<string, number>
  readonly countries: CountryTable
  /** Per participant: the id of their home country in `countries`. */
  readonly countryId: Int32Array
}

/** Counts per interned country id, growing as ids appear. */
export class CountryCounts {
  values = new Float64Array(16)

  add(id: number, n: number): void {
    if (id >= this.values.length) {
      const grown = new Float64Array(Math.max(id + 1, this.values.length * 2))
      grown.set(this.values)
      this.values = grown
    }
    this.values[id] = (this.values[id] as number) + n
  }

  /** Adds another vector, translating its ids when it belongs to another table. */
  addAll(other: CountryCounts, from: CountryTable, to: CountryTable): void {
    const same = from === to
    for (let id = 0; id < other.values.length; id++) {
      const n = other.values[id] as number
      if (n !== 0) this.add(same ? id : to.intern(from.names[id] as string), n)
    }
  }

  /** The counts as [country, count] pairs. */
  *entries(table: CountryTable): IterableIterator<[string, number]> {
    for (let id = 0; id < this.values.length; id++) {
      const n = this.values[id] as number
      if (n !== 0) yield [table.names[id] as string, n]
    }
  }
}

/** Checks `seatCountry` (of read options) and returns it with its default. */
export function checkSeatCountry(fn: string, options: Record<string, unknown>): SeatCountry {
  const mode = options.seatCountry ?? "participation"
  if (mode !== "participation" && mode !== "participant")
    invalidOption(fn, "seatCountry", mode, "use 'participation' (default) or 'participant'")
  return mode
}

/**
 * Builds the programme table: a programme counts when it is not cancelled or postponed and the
 * filter selects it (the filter, `where` included, is only asked about the others). Every
 * programme is checked first (`checkProgramme`: what every aggregation reads of it; `check`:
 * what only some read, such as `checkReported`).
 */
export function buildProgrammeTable(
  fn: string,
  programmes: readonly Programme[] | undefined,
  filter: ProgrammeFilter | undefined,
  check?: (fn: string, programme: Programme, i: number) => void,
): ProgrammeTable {
  const list: Programme[] = []
  const index = new Map<string, number>()
  const all = programmes ?? []
  for (let i = 0; i < all.length; i++) {
    const programme = all[i] as Programme
    checkProgramme(fn, programme, i)
    check?.(fn, programme, i)
    if (index.has(programme.id)) continue
    index.set(programme.id, list.length)
    list.push(programme)
  }
  const selected = new Uint8Array(list.length)
  const startDay = new Float64Array(list.length)
  const endDay = new Float64Array(list.length)
  const select = programmeSelector(fn, filter)
  for (let i = 0; i < list.length; i++) {
    const programme = list[i] as Programme
    startDay[i] = firstDayNumber(programme.period.start)
    endDay[i] =
      programme.period.end === undefined ? Number.NaN : lastDayNumberOf(programme.period.end)
    if (isHeld(programme.status) && select(programme, startDay[i] as number, endDay[i] as number))
      selected[i] = 1
  }
  return { list, index, selected, startDay, endDay }
}

/** The filter as one predicate over a programme and its first and last day (NaN: open). */
function programmeSelector(
  fn: string,
  filter: ProgrammeFilter | undefined,
): (programme: Programme, start: number, end: number) => boolean {
  if (filter === undefined) return () => true
  const series =
    filter.series === undefined
      ? undefined
      : new Set(typeof filter.series === "string" ? [filter.series] : filter.series)
  const kinds = filter.kinds === undefined ? undefined : new Set<string>(filter.kinds)
  const themes = filter.themes === undefined ? undefined : new Set(filter.themes)
  const from =
    filter.during?.start === undefined
      ? Number.NEGATIVE_INFINITY
      : firstDayNumber(filter.during.start)
  const until =
    filter.during?.end === undefined ? Number.POSITIVE_INFINITY : lastDayNumberOf(filter.during.end)
  const asOf = filter.asOf === undefined ? Number.POSITIVE_INFINITY : lastDayNumberOf(filter.asOf)
  const where = filter.where
  return (programme, start, end) => {
    if (
      series !== undefined &&
      (programme.series === undefined || !series.has(programme.series.id))
    )
      return false
    if (kinds !== undefined && !kinds.has(programme.kind)) return false
    if (themes !== undefined && !(programme.themes ?? []).some((t) => themes.has(t))) return false
    if (start > until || (!Number.isNaN(end) && end < from)) return false
    if (start > asOf) return false
    return where === undefined || callWhere(fn, where, programme)
  }
}

/** Asks the caller's `where`; what it throws is wrapped, with it as the cause. */
function callWhere(
  fn: string,
  where: (programme: Programme) => boolean,
  programme: Programme,
): boolean {
  try {
    return Boolean(where(programme))
  } catch (error) {
    throw new AggregationError(
      "aggregate/invalid-option",
      `${fn}: option where threw for programme ${quote(programme.id)} (${describeThrown(error)}): make it return true or false`,
      { cause: error },
    )
  }
}

/**
 * Builds the participant table; of two participants with the same id, the first is kept. Every
 * participant is checked first (`checkParticipant`).
 */
export function buildParticipantTable(
  fn: string,
  participants: readonly Participant[] | undefined,
): ParticipantTable {
  const list: Participant[] = []
  const index = new Map<string, number>()
  const all = participants ?? []
  for (let i = 0; i < all.length; i++) {
    const participant = all[i] as Participant
    checkParticipant(fn, participant, i)
    if (index.has(participant.id)) continue
    index.set(participant.id, list.length)
    list.push(participant)
  }
  const countries = new CountryTable()
  const countryId = new Int32Array(list.length)
  for (let i = 0; i < list.length; i++)
    countryId[i] = countries.intern((list[i] as Participant).country)
  return { list, index, countries, countryId }
}

/**
 * Tells whether a participation is counted apart from its programme: role `participant` (the
 * default) and status `attended` or `completed`.
 */
export function isCountedRecord(record: Participation): boolean {
  return isCountedParticipation(record)
}

/**
 * The country a seat counts under, as an interned id of `participants.countries`: the country
 * the participation represents (mode `participation`), else the participant's home country; −1
 * when neither the record nor a known participant gives one.
 */
export function seatCountryId(
  fn: string,
  record: Participation,
  participants: ParticipantTable,
  mode: SeatCountry,
): number {
  if (mode === "participation" && record.country !== undefined) {
    const id = participants.countries.intern(record.country)
    if (id === -2) invalidSeatCountry(fn, record.country)
    return id
  }
  const i = participants.index.get(record.participant)
  return i === undefined ? -1 : (participants.countryId[i] as number)
}

/**
 * The day a completion is dated: `completedOn` (its last day), else the programme's end (its
 * last day); NaN when there is neither. A `completedOn` that is not a date is an error.
 */
export function completionDay(
  fn: string,
  record: Participation,
  programmes: ProgrammeTable,
  i: number,
): number {
  const completedOn: unknown = record.completedOn
  if (completedOn === undefined) return programmes.endDay[i] as number
  const day = lastDayNumberOf(completedOn)
  if (Number.isNaN(day)) invalidCompletedOn(fn, completedOn)
  return day
}

/** The seats a programme's reported figures give: per country (count > 0) and unattributed. */
export function reportedSeats(programme: Programme): {
  byCountry: [string, number][]
  unattributed: number
} {
  const reported = programme.reportedParticipants
  if (reported === undefined) return { byCountry: [], unattributed: 0 }
  const byCountry: [string, number][] = []
  let sum = 0
  const figures = reported.byCountry
  if (figures !== undefined) {
    for (const country of Object.keys(figures)) {
      const count = figures[country] as number
      if (count > 0) {
        byCountry.push([country, count])
        sum += count
      }
    }
  }
  // A byCountry that adds up to more than the total is a validation error
  // (programme/reported-exceeds-total); here it leaves nothing unattributed.
  return { byCountry, unattributed: Math.max(0, reported.total - sum) }
}

/** A grouping's membership spans as day numbers, by country (the grouping checked beforehand). */
export class Membership {
  readonly id: string
  readonly grouping: Grouping
  /** The id and members, as text: what a fingerprint compares. */
  readonly signature: string
  private readonly spans = new Map<string, number[]>()

  constructor(grouping: Grouping) {
    this.id = grouping.id
    this.grouping = grouping
    this.signature = JSON.stringify([
      grouping.id,
      grouping.members.map((m) => [m.country, m.from ?? null, m.until ?? null]),
    ])
    for (const member of grouping.members) {
      const from =
        member.from === undefined ? Number.NEGATIVE_INFINITY : firstDayNumber(member.from)
      const until =
        member.until === undefined ? Number.POSITIVE_INFINITY : lastDayNumberOf(member.until)
      let list = this.spans.get(member.country)
      if (list === undefined) {
        list = []
        this.spans.set(member.country, list)
      }
      list.push(from, until)
    }
  }

  /** Member on at least one day from `first` to `last` (inclusive). */
  isMemberDuring(country: string, first: number, last: number): boolean {
    const list = this.spans.get(country)
    if (list === undefined) return false
    for (let k = 0; k < list.length; k += 2) {
      if ((list[k] as number) <= last && (list[k + 1] as number) >= first) return true
    }
    return false
  }

  /** Member at any time at all. */
  isEverMember(country: string): boolean {
    return this.spans.has(country)
  }

  /** The countries that were members on at least one day from `first` to `last`, in code order. */
  membersDuring(first: number, last: number): string[] {
    const members: string[] = []
    for (const country of this.spans.keys()) {
      if (this.isMemberDuring(country, first, last)) members.push(country)
    }
    return members.sort(compareCodeUnits)
  }
}

/**
 * Resolves group ids (dataset's groups first, then the reference), caching each. The dataset's
 * groups are checked when the resolver is made, a grouping given as an object when resolved.
 */
export class GroupResolver {
  private readonly cache = new Map<string, Membership>()
  private readonly groups: readonly Grouping[] | undefined
  private readonly fn: string

  constructor(fn: string, groups: readonly Grouping[] | undefined) {
    this.fn = fn
    this.groups = groups
    for (let i = 0; i < (groups ?? []).length; i++) checkGrouping(fn, groups?.[i], `groups[${i}]`)
  }

  /** The membership of a group given by id or as a grouping; unknown ids throw. */
  resolve(group: string | Grouping, where: string): Membership {
    if (typeof group === "object" && group !== null) {
      checkGrouping(this.fn, group, where)
      return new Membership(group)
    }
    const cached = this.cache.get(group)
    if (cached !== undefined) return cached
    const grouping = typeof group === "string" ? resolveGrouping(group, this.groups) : undefined
    if (grouping === undefined)
      throw new AggregationError("aggregate/unknown-group", unknownGroupMessage(group, where))
    const membership = new Membership(grouping)
    this.cache.set(group, membership)
    return membership
  }
}

/**
 * The countries a programme reaches by itself: its `countries` and the members of its `groups`
 * on its start date. (The countries of its seats are added by the caller.)
 */
export function staticReach(
  programmes: ProgrammeTable,
  i: number,
  resolver: GroupResolver,
  into: Set<string>,
): Set<string> {
  const programme = programmes.list[i] as Programme
  for (const country of programme.countries ?? []) into.add(country)
  const groups = programme.groups
  if (groups !== undefined && groups.length > 0) {
    const day = programmes.startDay[i] as number
    for (const id of groups) {
      const membership = resolver.resolve(id, `the groups of programme ${quote(programme.id)}`)
      for (const country of membership.membersDuring(day, day)) into.add(country)
    }
  }
  return into
}

/** Plain string order by UTF-16 code unit (never the locale). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Country rows from counts: only counts above zero, count descending, then code. */
export function countryRows(counts: Iterable<[string, number]>): CountryCount[] {
  const rows: CountryCount[] = []
  for (const [country, count] of counts) if (count > 0) rows.push({ country, count })
  return rows.sort((a, b) => b.count - a.count || compareCodeUnits(a.country, b.country))
}

/** Adds to a count in a Map. */
export function addCount(map: Map<string, number>, key: string, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n)
}

/**
 * A fingerprint of what an accumulator was built from, so that merging can refuse strangers.
 * `options` are the checked copies (text, numbers, lists of text, functions), never the
 * caller's objects, so that a BigInt or a cycle in them cannot break it.
 */
export function fingerprint(
  kind: string,
  context:
    | {
        readonly programmes?: readonly unknown[] | undefined
        readonly participants?: readonly unknown[] | undefined
        readonly groups?: readonly unknown[] | undefined
      }
    | undefined,
  options: unknown,
): string {
  return `${kind}|${context?.programmes?.length ?? 0}|${context?.participants?.length ?? 0}|${context?.groups?.length ?? 0}|${JSON.stringify(options ?? null, (_key, value) => (typeof value === "function" ? "ƒ" : value))}`
}

/** Throws unless two fingerprints match. */
export function checkCompatible(kind: string, a: string, b: string): void {
  if (a !== b) throw incompatible(kind)
}
