import type { IssueCode } from "../catalogue.js"
import { ruleMessages } from "../messages.js"
import { field, text } from "../record-fields.js"
import type { RecordRule } from "./rule.js"

/**
 * `<kind>/end-before-start`: a period whose end's last day is before its start's first day.
 * Partial dates are compared as the widest reading, so "2024-10" to "2024-10" is a valid
 * one-month period, and only a certain contradiction is an error.
 */
export function endBeforeStart(code: IssueCode, on: RecordRule["on"]): RecordRule {
  return {
    code,
    on,
    check(record, ctx, report) {
      const period = field(record, "period")
      const start = text(period, "start")
      const end = text(period, "end")
      const from = ctx.span(start)
      const until = ctx.span(end)
      if (from !== undefined && until !== undefined && until[1] < from[0]) {
        report(["period", "end"], ruleMessages.endBeforeStart(end, start))
      }
    },
  }
}
