import { quote } from "../../../text/quote.js"
import { listSome } from "../../messages.js"
import { text } from "../../record-fields.js"
import type { RecordRule } from "../rule.js"
import { eachFulfilment, targetsOf } from "./targets.js"

/** The message: what is wrong and what would be right, on one line. */
function message(index: number, target: string, targets: readonly string[]): string {
  const known = targets.length === 0 ? "it has no targets" : `its targets are ${listSome(targets)}`
  return `fulfilments[${index}].target ${quote(target)} is not a target of this pledge (${known})`
}

/** A fulfilment names a target the pledge does not have. */
export const pledgeUnknownTarget: RecordRule = {
  code: "pledge/unknown-target",
  after: "pledge/fulfilment-before-announcement",
  on: "pledges",
  each: "fulfilments",
  check(pledge, _ctx, report) {
    // Built once per pledge: a message names a few targets, never all 2,000.
    let known: string[] | undefined
    eachFulfilment(pledge, (record, i, target) => {
      const id = text(record, "target")
      if (id === undefined || target !== undefined) return
      known ??= [...targetsOf(pledge).keys()]
      report(["fulfilments", i, "target"], message(i, id, known))
    })
  },
}
