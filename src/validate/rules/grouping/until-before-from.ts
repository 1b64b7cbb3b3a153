import { field, listOf, text } from "../../record-fields.js"
import type { RecordRule } from "../rule.js"
import { memberDays } from "./member-days.js"

/** The message: what is wrong and what would be right, on one line. */
const message = (index: number, until: string | undefined, from: string | undefined) =>
  `members[${index}].until ${until} is before members[${index}].from ${from}`

/** A membership span that ends before it starts. */
export const groupingUntilBeforeFrom: RecordRule = {
  code: "grouping/until-before-from",
  after: "figure/duplicate-id",
  on: "groups",
  each: "members",
  check(grouping, ctx, report) {
    listOf(field(grouping, "members")).forEach((member, index) => {
      const days = memberDays(member, ctx)
      if (days !== undefined && days.last < days.first) {
        report(
          ["members", index, "until"],
          message(index, text(member, "until"), text(member, "from")),
        )
      }
    })
  },
}
