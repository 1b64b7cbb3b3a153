import { ruleMessages } from "../../messages.js"
import type { ParticipationRule } from "../rule.js"

/** A participation names a participant that is not in `participants`. */
export const participationUnknownParticipant: ParticipationRule = {
  code: "participation/unknown-participant",
  after: "participant/unknown-organisation",
  on: "participations",
  check(p, ctx, report) {
    if (p.participantId !== undefined && p.participant === undefined && ctx.references) {
      report(
        ["participant"],
        ruleMessages.unknownReference(["participant"], p.participantId, "participants"),
      )
    }
  },
}
