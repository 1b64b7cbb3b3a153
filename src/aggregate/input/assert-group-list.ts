import type { Grouping } from "../../schemas/grouping.js"
import { invalidOption } from "../errors.js"

/**
 * Throws an `aggregate/invalid-option` unless `groups` (`rollUp`'s groups, `disaggregate`'s
 * `groups`) is a list; its items are checked as they are resolved.
 */
export function assertGroupList(
  fn: string,
  groups: unknown,
): asserts groups is readonly (string | Grouping)[] {
  if (!Array.isArray(groups))
    throw invalidOption(
      fn,
      "groups",
      groups,
      "pass a list of group ids (such as 'ASEAN') or groupings",
    )
}
