import { isCountedStatus, isHeld } from "../../../domain/counting.js"
import { ruleMessages } from "../../messages.js"
import type { ParticipationRule } from "../rule.js"

/** A seat (`attended` or `completed`) in a programme that was not held (warning). */
export const participationInCancelledProgramme: ParticipationRule = {
  code: "participation/in-cancelled-programme",
  on: "participations",
  check(p, _ctx, report) {
    const programme = p.programme
    if (programme !== undefined && !isHeld(programme.status) && isCountedStatus(p.record.status)) {
      report(
        ["status"],
        ruleMessages.inCancelledProgramme(
          p.record.status,
          p.programmeId as string,
          programme.status,
        ),
      )
    }
  },
}
