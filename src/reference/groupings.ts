import { firstDayNumber, lastDayNumber } from "../dates/partial-date.js"
import type { Grouping } from "../schemas/grouping.js"
import { GROUPINGS } from "./groupings-data.js"

let byId: Map<string, Grouping> | undefined

function index(): Map<string, Grouping> {
  byId ??= new Map(GROUPINGS.map((g) => [g.id, g]))
  return byId
}

/**
 * Every reference grouping (ASEAN, G7, EU, AU, …, and UN M49 areas as `m49-<code>`).
 *
 * @example
 * listGroupings().some((g) => g.id === "ASEAN") //=> true
 *
 * @category Reference
 */
export function listGroupings(): readonly Grouping[] {
  return GROUPINGS
}

/**
 * A reference grouping by id, or `undefined`.
 *
 * @example
 * findGrouping("ASEAN")?.name //=> "Association of Southeast Asian Nations"
 *
 * @category Reference
 */
export function findGrouping(id: string): Grouping | undefined {
  return index().get(id)
}

/**
 * A grouping by id, looked up first among `groups` (a dataset's own groupings), then among
 * the reference groupings. `undefined` when neither has it.
 *
 * @example
 * resolveGrouping("ASEAN", dataset.groups)?.members.length
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
 * @returns Alpha-2 codes, sorted, each once.
 *
 * @example
 * groupingMembers({ id: "x", name: "X", members: [{ country: "VN", until: "2020" }] }, "2019") //=> ["VN"]
 *
 * @category Reference
 */
export function groupingMembers(grouping: Grouping, on?: string): string[] {
  const members = new Set<string>()
  const first = on === undefined ? undefined : firstDayNumber(on)
  const last = on === undefined ? undefined : lastDayNumber(on)
  for (const span of grouping.members) {
    if (first === undefined || last === undefined) {
      if (span.until === undefined) members.add(span.country)
      continue
    }
    const from = span.from === undefined ? Number.NEGATIVE_INFINITY : firstDayNumber(span.from)
    const until = span.until === undefined ? Number.POSITIVE_INFINITY : lastDayNumber(span.until)
    if (from <= last && until >= first) members.add(span.country)
  }
  return [...members].sort()
}

/**
 * The member countries of a reference grouping on a date (see {@link groupingMembers} for
 * how `on` is read). An unknown group id is an error, not an empty list.
 *
 * @example
 * membersOf("ASEAN", "2024-12-01").length //=> 10
 * membersOf("ASEAN", "2025-11-01").includes("TL") //=> true
 *
 * @category Reference
 */
export function membersOf(group: string, on?: string): string[] {
  const grouping = findGrouping(group)
  if (grouping === undefined) {
    throw new RangeError(
      `unknown grouping '${group}': use an id such as 'ASEAN', 'G7', 'EU' or 'm49-035'`,
    )
  }
  return groupingMembers(grouping, on)
}

/**
 * The reference groupings a country belongs to on a date (`on` read as in
 * {@link groupingMembers}), sorted by id.
 *
 * @example
 * groupsOf("TL", "2024-12-01").includes("ASEAN") //=> false
 *
 * @category Reference
 */
export function groupsOf(country: string, on?: string): string[] {
  return GROUPINGS.filter((g) => groupingMembers(g, on).includes(country))
    .map((g) => g.id)
    .sort()
}
