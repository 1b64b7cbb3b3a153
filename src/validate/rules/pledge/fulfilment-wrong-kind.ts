import { ruleMessages } from "../../messages.js"
import { field, text } from "../../record-fields.js"
import type { RecordRule } from "../rule.js"
import { eachFulfilment } from "./targets.js"

/** A fulfilment that gives `money` for a quantity target, `value` for a money target, or neither or both. */
export const pledgeFulfilmentWrongKind: RecordRule = {
  code: "pledge/fulfilment-wrong-kind",
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
        report(["fulfilments", i], ruleMessages.fulfilmentWrongKind(i, gives, id, "money"))
      } else if (target.kind === "quantity" && (hasMoney || !hasValue)) {
        const gives = both ? "both money and value" : hasMoney ? "money" : "neither money nor value"
        report(["fulfilments", i], ruleMessages.fulfilmentWrongKind(i, gives, id, "quantity"))
      }
    })
  },
}
