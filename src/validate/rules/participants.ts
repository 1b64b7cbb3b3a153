import { quote } from "../../text/quote.js"
import { text } from "../report.js"
import { type Context, eachRecord } from "./context.js"

/** A participant's organisation must be in `organisations`. */
export function checkParticipants(ctx: Context): void {
  eachRecord(ctx, "participants", (participant, location) => {
    const organisation = text(participant, "organisation")
    if (organisation !== undefined && !ctx.knows("organisations", organisation)) {
      ctx.reporter.add(
        "participant/unknown-organisation",
        location,
        ["organisation"],
        `organisation ${quote(organisation)} is not in organisations`,
      )
    }
  })
}
