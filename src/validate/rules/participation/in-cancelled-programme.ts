import { isCountedStatus, isHeld } from "../../../domain/counting.js"
import { quote } from "../../../text/quote.js"
import type { ParticipationRule } from "../rule.js"

/** The message: what is wrong and what would be right, on one line. */
const message = (status: unknown, programme: string, programmeStatus: unknown) =>
  `status ${quote(status)} in programme ${quote(programme)}, which is ${String(programmeStatus)} (not counted)`

/** A seat (`attended` or `completed`) in a programme that was not held (warning). */
export const participationInCancelledProgramme: ParticipationRule = {
  code: "participation/in-cancelled-programme",
  after: "participation/completed-on-without-completion",
  on: "participations",
  check(p, _ctx, report) {
    const programme = p.programme
    if (programme !== undefined && !isHeld(programme.status) && isCountedStatus(p.record.status)) {
      report(["status"], message(p.record.status, p.programmeId as string, programme.status))
    }
  },
}
