// Group ids that resolve nowhere: the SQL would count nothing for them, where the JavaScript
// functions refuse them (`aggregate/unknown-group`). The engine runner asks the loaded tables
// and throws the JavaScript functions' own errors, in the same order.

import { invalidOption, unknownGroup } from "../aggregate/errors.js"
import { assertGroupList } from "../aggregate/input/assert-group-list.js"
import { resolveGrouping } from "../reference/groupings.js"
import type { Grouping } from "../schemas/grouping.js"
import { num } from "../sql/results.js"
import { goalCoverageGroupsSql, type SqlOptions } from "../sql/sql-for.js"
import { quote } from "../text/quote.js"
import { quoteText } from "./engine.js"

type Query = (sql: string) => Promise<Record<string, unknown>[]>

/** disaggregate by "group": the groupings named must resolve, or the dataset must have some. */
export async function checkDisaggregateGroups(
  query: Query,
  groups: readonly (string | Grouping)[] | undefined,
): Promise<void> {
  if (groups === undefined) {
    const own = await query("SELECT count(*) AS n FROM groups WHERE source = 'dataset'")
    if (num(own[0]?.n) === 0)
      throw invalidOption(
        "disaggregate",
        "groups",
        groups,
        "name the groupings of the 'group' dimension (ids such as 'ASEAN', or groupings), or give the dataset groups",
      )
    return
  }
  const ids = groups.filter((g): g is string => typeof g === "string")
  if (ids.length === 0) return
  const known = new Set(
    (
      await query(`SELECT DISTINCT id FROM groups WHERE id IN (${ids.map(quoteText).join(", ")})`)
    ).map((r) => String(r.id)),
  )
  groups.forEach((id, k) => {
    if (typeof id === "string" && !known.has(id))
      throw unknownGroup(id, `options.groups[${k}] of disaggregate`)
  })
}

/**
 * rollUp's groups as groupings: ids resolve as the JavaScript rollUp resolves them, from
 * `dataset`'s groups first, then the reference groupings.
 */
export function resolveRollUpGroups(
  groups: unknown,
  datasetGroups: readonly Grouping[] | undefined,
): (string | Grouping)[] {
  assertGroupList("rollUp", groups)
  return groups.map((g, k) => {
    if (typeof g !== "string") return g
    const grouping = resolveGrouping(g, datasetGroups)
    if (grouping === undefined) throw unknownGroup(g, `the groups of rollUp (groups[${k}])`)
    return grouping
  })
}

/**
 * goalCoverage: the first group id that resolves nowhere among the groups of the programmes that
 * count for the framework (in their order), then among its priority regions' groups.
 */
export async function checkCoverageGroups(query: Query, options: SqlOptions): Promise<void> {
  const [first] = await query(goalCoverageGroupsSql(options))
  if (first === undefined) return
  const where =
    first.programme !== null && first.programme !== undefined
      ? `the groups of programme ${quote(String(first.programme))}`
      : `priority region ${quote(String(first.region))} of framework ${quote(String(options.framework))}`
  throw unknownGroup(first.group_id, where)
}
