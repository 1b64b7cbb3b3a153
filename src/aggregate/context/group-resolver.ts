import { resolveGrouping } from "../../reference/groupings.js"
import type { Grouping } from "../../schemas/grouping.js"
import { unknownGroup } from "../errors.js"
import { assertGrouping } from "../input/assert-grouping.js"
import { Membership } from "./membership.js"

/**
 * Resolves group ids (the dataset's groups first, then the reference), caching each. The
 * dataset's groups are checked when the resolver is made, a grouping given as an object when
 * resolved; an id that resolves nowhere is an `aggregate/unknown-group` naming `where`.
 */
export class GroupResolver {
  private readonly cache = new Map<string, Membership>()
  private readonly groups: readonly Grouping[] | undefined
  private readonly fn: string

  constructor(fn: string, groups: readonly Grouping[] | undefined) {
    this.fn = fn
    this.groups = groups
    for (let i = 0; i < (groups ?? []).length; i++) assertGrouping(fn, groups?.[i], `groups[${i}]`)
  }

  /** The membership of a group given by id or as a grouping. */
  resolve(group: string | Grouping, where: string): Membership {
    if (typeof group === "object" && group !== null) {
      assertGrouping(this.fn, group, where)
      return new Membership(group)
    }
    const cached = this.cache.get(group)
    if (cached !== undefined) return cached
    const grouping = typeof group === "string" ? resolveGrouping(group, this.groups) : undefined
    if (grouping === undefined) throw unknownGroup(group, where)
    const membership = new Membership(grouping)
    this.cache.set(group, membership)
    return membership
  }
}
