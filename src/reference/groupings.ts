import { firstDayNumber, isPartialDate, lastDayNumber } from "../dates/partial-date.js"
import type { Grouping } from "../schemas/grouping.js"
import { compareCodeUnits as compareIds } from "../text/compare.js"
import { invalidOn, unknownGrouping } from "./errors.js"
import { GROUPINGS } from "./groupings-data.js"

/** One membership span with its dates as day numbers (open ends are ±Infinity). */
type DaySpan = { readonly country: string; readonly from: number; readonly until: number }

/** A country's membership span in one reference grouping. */
type GroupSpan = { readonly group: string; readonly from: number; readonly until: number }

type Index = {
  byId: Map<string, Grouping>
  spans: Map<string, readonly DaySpan[]>
  byCountry: Map<string, readonly GroupSpan[]>
}

let index: Index | undefined

// Built on first use, not at import, so that importing stays free of work and a bundler can
// drop the table when nothing uses it. Ids and codes from data only ever go into Maps: an id
// such as "__proto__" is an ordinary key there.
function getIndex(): Index {
  if (index !== undefined) return index
  const byId = new Map<string, Grouping>()
  const spans = new Map<string, readonly DaySpan[]>()
  const byCountry = new Map<string, GroupSpan[]>()
  for (const grouping of GROUPINGS) {
    byId.set(grouping.id, grouping)
    const days = toDaySpans(grouping)
    spans.set(grouping.id, days)
    for (const span of days) {
      let list = byCountry.get(span.country)
      if (list === undefined) {
        list = []
        byCountry.set(span.country, list)
      }
      list.push({ group: grouping.id, from: span.from, until: span.until })
    }
  }
  for (const list of byCountry.values()) list.sort((a, b) => compareIds(a.group, b.group))
  index = { byId, spans, byCountry }
  return index
}

function toDaySpans(grouping: Grouping): DaySpan[] {
  return grouping.members.map((member) => ({
    country: member.country,
    from: member.from === undefined ? Number.NEGATIVE_INFINITY : firstDayNumber(member.from),
    until: member.until === undefined ? Number.POSITIVE_INFINITY : lastDayNumber(member.until),
  }))
}

/**
 * The window of days that `on` stands for: a full date is one day, a month or a year every
 * day of it. `undefined` means "no date": the spans that have no end.
 */
function readOn(on: string | undefined): readonly [number, number] | undefined {
  if (on === undefined) return undefined
  if (!isPartialDate(on)) throw invalidOn(on)
  return [firstDayNumber(on), lastDayNumber(on)]
}

function covers(
  span: { from: number; until: number },
  window: readonly [number, number] | undefined,
) {
  return window === undefined
    ? span.until === Number.POSITIVE_INFINITY
    : span.from <= window[1] && span.until >= window[0]
}

/**
 * Every reference grouping: the organisations and regions with dated membership (ASEAN, G7,
 * G20, EU, AU, PIF, SAARC, CENTRAL-ASIA, G5-SAHEL, ECOWAS, GULF-OF-GUINEA, IOC), then the UN
 * M49 regions, sub-regions and intermediate regions as `m49-<code>`, by code. The list and
 * everything in it is frozen.
 *
 * @example
 * listGroupings().some((g) => g.id === "ASEAN") //=> true
 * listGroupings().filter((g) => g.id.startsWith("m49-")).length //=> 29
 *
 * @category Reference
 */
export function listGroupings(): readonly Grouping[] {
  return GROUPINGS
}

/**
 * A reference grouping by id (case-sensitive), or `undefined`.
 *
 * @example
 * findGrouping("ASEAN")?.name   //=> "Association of Southeast Asian Nations"
 * findGrouping("m49-035")?.name //=> "South-eastern Asia"
 * findGrouping("asean")         //=> undefined
 *
 * @category Reference
 */
export function findGrouping(id: string): Grouping | undefined {
  return getIndex().byId.get(id)
}

/**
 * A grouping by id, looked up first among `groups` (a dataset's own groupings), then among
 * the reference groupings. `undefined` when neither has it.
 *
 * @example
 * resolveGrouping("ASEAN", dataset.groups)?.members.length //=> 11
 * resolveGrouping("mekong", [{ id: "mekong", name: "Mekong", members: [] }])?.name //=> "Mekong"
 *
 * @category Reference
 */
export function resolveGrouping(id: string, groups?: readonly Grouping[]): Grouping | undefined {
  if (groups !== undefined) {
    for (const group of groups) if (group.id === id) return group
  }
  return findGrouping(id)
}

/**
 * The countries of a grouping (reference or the caller's own) on a date.
 *
 * - `on` a full date: members on that day (`from` and `until` inclusive).
 * - `on` a year or month: members on any day of it.
 * - `on` omitted: the current members, that is those with a span that has no `until`
 *   (no clock is read: "current" is what the data says).
 *
 * A member's `from` or `until` that is a year or month reaches as far as it can: `from:
 * "1977"` is a member from 1977-01-01, `until: "2000-12"` until 2000-12-31.
 *
 * @param grouping - The grouping; it is not modified.
 * @param on - A partial date, or nothing for the current members.
 * @returns Alpha-2 codes, sorted, each once.
 * @throws RangeError when `on` is not a partial date.
 *
 * @example
 * groupingMembers({ id: "x", name: "X", members: [{ country: "VN", until: "2020" }] }, "2019") //=> ["VN"]
 * groupingMembers({ id: "x", name: "X", members: [{ country: "VN", until: "2020" }] })         //=> []
 *
 * @category Reference
 */
export function groupingMembers(grouping: Grouping, on?: string): string[] {
  const window = readOn(on)
  // Reference groupings have their spans as day numbers already; others are read here.
  const reference = getIndex()
  const spans =
    reference.byId.get(grouping.id) === grouping
      ? (reference.spans.get(grouping.id) ?? [])
      : toDaySpans(grouping)
  const members = new Set<string>()
  for (const span of spans) if (covers(span, window)) members.add(span.country)
  return [...members].sort(compareIds)
}

/**
 * The member countries of a reference grouping on a date (`on` read as in
 * {@link groupingMembers}). An unknown group id is an error, not an empty list. Group ids and
 * country codes are separate: `"AU"` here is the African Union, not Australia.
 *
 * @param group - A reference grouping id: `"ASEAN"`, `"EU"`, `"m49-142"`, … (case-sensitive).
 * @param on - A partial date, or nothing for the current members.
 * @returns Alpha-2 codes, sorted, each once.
 * @throws RangeError for an unknown group id or an `on` that is not a partial date.
 *
 * @example
 * membersOf("ASEAN", "2024-12-01").length    //=> 10
 * membersOf("ASEAN", "2025-11-01").includes("TL") //=> true
 * membersOf("EU", "2020-02-01").includes("GB")    //=> false
 * membersOf("CENTRAL-ASIA") //=> ["KG", "KZ", "TJ", "TM", "UZ"]
 * membersOf("NATO")         // throws RangeError: unknown grouping "NATO": …
 *
 * @category Reference
 */
export function membersOf(group: string, on?: string): string[] {
  const grouping = findGrouping(group)
  if (grouping === undefined) throw unknownGrouping(group)
  return groupingMembers(grouping, on)
}

/**
 * Tells whether a country belongs to a reference grouping on a date (`on` read as in
 * {@link groupingMembers}). Cheaper than `membersOf(group, on).includes(country)` when called
 * once per record over many records.
 *
 * @param group - A reference grouping id.
 * @param country - An alpha-2 code; an unknown code is simply not a member.
 * @param on - A partial date, or nothing for current membership.
 * @throws RangeError for an unknown group id or an `on` that is not a partial date.
 *
 * @example
 * isMember("ASEAN", "TL", "2025-10-25") //=> false
 * isMember("ASEAN", "TL", "2025-10-26") //=> true
 * isMember("PIF", "KI", "2022-10")      //=> false
 *
 * @category Reference
 */
export function isMember(group: string, country: string, on?: string): boolean {
  const { byId, byCountry } = getIndex()
  if (!byId.has(group)) throw unknownGrouping(group)
  const window = readOn(on)
  for (const span of byCountry.get(country) ?? []) {
    if (span.group === group && covers(span, window)) return true
  }
  return false
}

/**
 * The reference groupings a country belongs to on a date (`on` read as in
 * {@link groupingMembers}), sorted by id. An unknown country code belongs to none.
 * Built on an index by country, so it is cheap enough to call once per record.
 *
 * @param country - An alpha-2 code such as `"VN"`.
 * @param on - A partial date, or nothing for current membership.
 * @throws RangeError when `on` is not a partial date.
 *
 * @example
 * groupsOf("TL", "2024-12-01").includes("ASEAN") //=> false
 * groupsOf("TL", "2025-11-01") //=> ["ASEAN", "m49-035", "m49-142"]
 * groupsOf("XK")               //=> [] (Kosovo has no M49 area)
 *
 * @category Reference
 */
export function groupsOf(country: string, on?: string): string[] {
  const window = readOn(on)
  const groups: string[] = []
  for (const span of getIndex().byCountry.get(country) ?? []) {
    // Spans are sorted by group id, so a repeated id (a country with two spans) is adjacent.
    if (covers(span, window) && groups[groups.length - 1] !== span.group) groups.push(span.group)
  }
  return groups
}
