import { quote } from "../../../text/quote.js"
import { field, text } from "../../record-fields.js"
import type { RecordRule } from "../rule.js"
import { eachFulfilment } from "./targets.js"

/** The message: what is wrong and what would be right, on one line. */
const message = (index: number, gives: string, target: string, kind: "money" | "quantity") =>
  `fulfilments[${index}] gives ${gives}, but target ${quote(target)} is ${kind === "money" ? "money (give money only)" : "a quantity (give value only)"}`

/** A fulfilment that gives `money` for a quantity target, `value` for a money target, or neither or both. */
export const pledgeFulfilmentWrongKind: RecordRule = {
  code: "pledge/fulfilment-wrong-kind",
  after: "pledge/unknown-target",
  on: "pledges",
  each: "fulfilments",
  check(pledge, _ctx, report) {
    eachFulfilment(pledge, (record, i, target) => {
      if (target === undefined) return
      const hasMoney = field(record, "money") !== undefined
      const hasValue = field(record, "value") !== undefined
      const both = hasMoney && hasValue
      const id = text(record, "target") as string
      if (target.kind === "money" && (hasValue || !hasMoney)) {
        const gives = both
          ? "both money and value"
          : hasValue
            ? "a value"
            : "neither money nor value"
        report(["fulfilments", i], message(i, gives, id, "money"))
      } else if (target.kind === "quantity" && (hasMoney || !hasValue)) {
        const gives = both ? "both money and value" : hasMoney ? "money" : "neither money nor value"
        report(["fulfilments", i], message(i, gives, id, "quantity"))
      }
    })
  },
}
