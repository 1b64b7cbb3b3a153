import { quote } from "../../../text/quote.js"
import { field, text } from "../../record-fields.js"
import type { RecordRule } from "../rule.js"
import { eachFulfilment } from "./targets.js"

/** The message: what is wrong and what would be right, on one line. */
const message = (index: number, earlier: number, target: string, on: string) =>
  `fulfilments[${index}] and fulfilments[${earlier}] for target ${quote(target)} are both dated ${on} and one is cumulative`

/**
 * A target with a `cumulative` record and another record on the same date: which comes first
 * is unknown. Only valid dates are compared (an invalid one is reported by the schema).
 */
export const pledgeCumulativeSameDate: RecordRule = {
  code: "pledge/cumulative-same-date",
  after: "pledge/fulfilment-wrong-currency",
  on: "pledges",
  each: "fulfilments",
  check(pledge, ctx, report) {
    // target → date → the first record on that date, and whether any so far is cumulative
    const byDate = new Map<string, Map<string, { first: number; cumulative: boolean }>>()
    eachFulfilment(pledge, (record, i, target) => {
      const on = text(record, "on")
      if (target === undefined || on === undefined || ctx.span(on) === undefined) return
      const id = text(record, "target") as string
      let dates = byDate.get(id)
      if (dates === undefined) {
        dates = new Map()
        byDate.set(id, dates)
      }
      const cumulative = field(record, "kind") === "cumulative"
      const same = dates.get(on)
      if (same === undefined) {
        dates.set(on, { first: i, cumulative })
        return
      }
      if (cumulative || same.cumulative) {
        report(["fulfilments", i, "on"], message(i, same.first, id, on))
      }
      same.cumulative ||= cumulative
    })
  },
}
