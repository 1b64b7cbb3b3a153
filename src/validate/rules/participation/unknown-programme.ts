import { ruleMessages } from "../../messages.js"
import type { ParticipationRule } from "../rule.js"

/** A participation names a programme that is not in `programmes`. */
export const participationUnknownProgramme: ParticipationRule = {
  code: "participation/unknown-programme",
  after: "participation/unknown-participant",
  on: "participations",
  check(p, ctx, report) {
    if (p.programmeId !== undefined && p.programme === undefined && ctx.references) {
      report(
        ["programme"],
        ruleMessages.unknownReference(["programme"], p.programmeId, "programmes"),
      )
    }
  },
}
