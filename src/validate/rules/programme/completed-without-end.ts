import { isPlainObject } from "../../../schemas/fields.js"
import { ruleMessages } from "../../messages.js"
import { field } from "../../record-fields.js"
import type { RecordRule } from "../rule.js"

/** A completed programme without `period.end` (warning). */
export const programmeCompletedWithoutEnd: RecordRule = {
  code: "programme/completed-without-end",
  on: "programmes",
  check(programme, _ctx, report) {
    const period = field(programme, "period")
    if (
      field(programme, "status") === "completed" &&
      isPlainObject(period) &&
      field(period, "end") === undefined
    ) {
      report(["period"], ruleMessages.completedWithoutEnd())
    }
  },
}
