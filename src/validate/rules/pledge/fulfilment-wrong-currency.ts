import { quote } from "../../../text/quote.js"
import { field, text } from "../../record-fields.js"
import type { RecordRule } from "../rule.js"
import { eachFulfilment } from "./targets.js"

/** The message: what is wrong and what would be right, on one line. */
const message = (index: number, currency: string, target: string, targetCurrency: string) =>
  `fulfilments[${index}] is in ${quote(currency)}, but target ${quote(target)} is in ${quote(targetCurrency)} (pledgeProgress will need a rate from ${quote(currency)} to ${quote(targetCurrency)})`

/** A money fulfilment in another currency than its target (warning). */
export const pledgeFulfilmentWrongCurrency: RecordRule = {
  code: "pledge/fulfilment-wrong-currency",
  after: "pledge/fulfilment-wrong-kind",
  on: "pledges",
  each: "fulfilments",
  check(pledge, _ctx, report) {
    eachFulfilment(pledge, (record, i, target) => {
      const money = field(record, "money")
      // Only a money fulfilment of a money target; one of the wrong kind is that rule's issue.
      if (target?.kind !== "money" || money === undefined || field(record, "value") !== undefined) {
        return
      }
      const currency = field(money, "currency")
      if (
        typeof currency === "string" &&
        typeof target.currency === "string" &&
        currency !== target.currency
      ) {
        report(
          ["fulfilments", i, "money", "currency"],
          message(i, currency, text(record, "target") as string, target.currency),
        )
      }
    })
  },
}
