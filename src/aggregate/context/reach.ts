import type { Programme } from "../../schemas/programme.js"
import { quote } from "../../text/quote.js"
import type { GroupResolver } from "./group-resolver.js"
import type { ProgrammeTable } from "./programme-table.js"

/**
 * The countries programme `i` reaches by itself: its `countries` and the members of its
 * `groups` on its start date, added to `into`. (The countries of its seats are the caller's.)
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
