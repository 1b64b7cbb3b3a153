import { text } from "../../record-fields.js"
import type { RecordRule } from "../rule.js"
import { eachFulfilment } from "./targets.js"

/** The message: what is wrong and what would be right, on one line. */
const message = (index: number, on: string | undefined, announcedOn: string) =>
  `fulfilments[${index}].on ${on} is before announcedOn ${announcedOn}`

/** A fulfilment record dated before the pledge was announced (its last day before the first). */
export const pledgeFulfilmentBeforeAnnouncement: RecordRule = {
  code: "pledge/fulfilment-before-announcement",
  after: "pledge/duplicate-target-id",
  on: "pledges",
  each: "fulfilments",
  check(pledge, ctx, report) {
    const announcedOn = text(pledge, "announcedOn")
    const announced = ctx.span(announcedOn)
    if (announcedOn === undefined || announced === undefined) return
    eachFulfilment(pledge, (record, i) => {
      const on = text(record, "on")
      const span = ctx.span(on)
      if (span !== undefined && span[1] < announced[0]) {
        report(["fulfilments", i, "on"], message(i, on, announcedOn))
      }
    })
  },
}
