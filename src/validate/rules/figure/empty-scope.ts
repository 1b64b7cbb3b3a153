import { ruleMessages } from "../../messages.js"
import { field, isObject, listOf } from "../../record-fields.js"
import type { RecordRule } from "../rule.js"

/** A reported figure's scope names no organisation, series or programme. */
export const figureEmptyScope: RecordRule = {
  code: "figure/empty-scope",
  on: "figures",
  check(figure, _ctx, report) {
    const scope = field(figure, "scope")
    // A scope that is not an object is the schema's to report.
    if (!isObject(scope) || Array.isArray(scope)) return
    const named =
      field(scope, "organisation") !== undefined ||
      field(scope, "series") !== undefined ||
      listOf(field(scope, "programmes")).length > 0
    if (!named) report(["scope"], ruleMessages.emptyScope())
  },
}
