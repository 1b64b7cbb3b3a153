import type { IssueCode } from "../catalogue.js"
import { ruleMessages } from "../messages.js"
import { type PathPattern, valuesAt } from "../record-fields.js"
import type { Context } from "./context.js"
import { type RecordRule, recordRule } from "./rule.js"

/**
 * `<kind>/unknown-<target>`: every id at `pattern` in a record (`["pledges", EACH]`,
 * `["organisations", EACH, "organisation"]`) must be in the collection it refers to — for
 * groups, in the dataset's groups or the reference groupings. Values that are not strings
 * are the schema's to report.
 */
export function unknownReference(
  code: IssueCode,
  on: RecordRule["on"],
  pattern: PathPattern,
  collection: Parameters<Context["knows"]>[0],
  each?: string,
): RecordRule {
  return recordRule(code, on, each, (record, ctx, report) => {
    valuesAt(record, pattern, (id, path) => {
      if (typeof id === "string" && !ctx.knows(collection, id)) {
        report(path, ruleMessages.unknownReference(path, id, collection))
      }
    })
  })
}
