import { isPlainObject } from "../../../schemas/fields.js"
import { field } from "../../record-fields.js"
import type { RecordRule } from "../rule.js"

/** The message: what is wrong and what would be right, on one line. */
const message = () => "status is 'completed' but period has no end"

/** A completed programme without `period.end` (warning). */
export const programmeCompletedWithoutEnd: RecordRule = {
  code: "programme/completed-without-end",
  after: "programme/end-before-start",
  on: "programmes",
  check(programme, _ctx, report) {
    const period = field(programme, "period")
    if (
      field(programme, "status") === "completed" &&
      isPlainObject(period) &&
      field(period, "end") === undefined
    ) {
      report(["period"], message())
    }
  },
}
