import type { IssueCode } from "../catalogue.js"
import { ruleMessages } from "../messages.js"
import { field, listOf } from "../record-fields.js"
import { locate } from "../reporter.js"
import type { Context } from "./context.js"
import type { CollectionRule } from "./rule.js"

/**
 * `<kind>/duplicate-id`: a record whose id an earlier record of the same collection has. The
 * first record keeps the id (references resolve to it); each later one is reported.
 */
export function duplicateId(code: IssueCode, on: keyof Context["ids"]): CollectionRule {
  return {
    code,
    on,
    whole: true,
    check(ctx, report) {
      const records = listOf(field(ctx.input, on))
      for (const [index, earlier] of ctx.ids[on].repeats) {
        report(
          locate(on, index, records[index]),
          ["id"],
          ruleMessages.duplicateId(ctx.nameRecord(on, earlier)),
        )
      }
    },
  }
}
