import type { IssueCode } from "../catalogue.js"
import { ruleMessages } from "../messages.js"
import { field, listOf, text } from "../record-fields.js"
import { type RecordRule, recordRule } from "./rule.js"

/**
 * The index of the first item with each id in a list of items (`targets`, `goals`); items
 * without a string id are skipped. `onRepeat` sees every later item whose id an earlier one
 * has, with that earlier item's index.
 */
export function firstIndexById(
  items: unknown,
  onRepeat?: (index: number, id: string, earlier: number) => void,
): Map<string, number> {
  const first = new Map<string, number>()
  listOf(items).forEach((item, index) => {
    const id = text(item, "id")
    if (id === undefined) return
    const earlier = first.get(id)
    if (earlier === undefined) first.set(id, index)
    else onRepeat?.(index, id, earlier)
  })
  return first
}

/** `<kind>/duplicate-<item>-id`: two items of one list in a record have the same id. */
export function repeatedId(
  code: IssueCode,
  on: RecordRule["on"],
  list: string,
  each?: string,
): RecordRule {
  return recordRule(code, on, each, (record, _ctx, report) => {
    firstIndexById(field(record, list), (index, id, earlier) => {
      report([list, index, "id"], ruleMessages.repeatedId(list, index, id, earlier))
    })
  })
}
