import { ruleMessages } from "../../messages.js"
import { field, listOf, text } from "../../record-fields.js"
import type { RecordRule } from "../rule.js"
import { memberDays } from "./member-days.js"

/** A membership span that ends before it starts. */
export const groupingUntilBeforeFrom: RecordRule = {
  code: "grouping/until-before-from",
  on: "groups",
  each: "members",
  check(grouping, ctx, report) {
    listOf(field(grouping, "members")).forEach((member, index) => {
      const days = memberDays(member, ctx)
      if (days !== undefined && days.last < days.first) {
        report(
          ["members", index, "until"],
          ruleMessages.untilBeforeFrom(index, text(member, "until"), text(member, "from")),
        )
      }
    })
  },
}
