import { ruleMessages } from "../../messages.js"
import { text } from "../../record-fields.js"
import type { RecordRule } from "../rule.js"
import { eachFulfilment, targetsOf } from "./targets.js"

/** A fulfilment names a target the pledge does not have. */
export const pledgeUnknownTarget: RecordRule = {
  code: "pledge/unknown-target",
  on: "pledges",
  each: "fulfilments",
  check(pledge, _ctx, report) {
    // Built once per pledge: a message names a few targets, never all 2,000.
    let known: string[] | undefined
    eachFulfilment(pledge, (record, i, target) => {
      const id = text(record, "target")
      if (id === undefined || target !== undefined) return
      known ??= [...targetsOf(pledge).keys()]
      report(["fulfilments", i, "target"], ruleMessages.unknownTarget(i, id, known))
    })
  },
}
