import { PARTICIPATION_STATUSES } from "../../../schemas/participation.js"
import { quote } from "../../../text/quote.js"
import type { ParticipationRule } from "../rule.js"

/** The message: what is wrong and what would be right, on one line. */
const message = (completedOn: unknown, status: unknown) =>
  `completedOn ${quote(completedOn)} is given but status is ${quote(status)}`

const KNOWN_STATUSES: ReadonlySet<unknown> = new Set(PARTICIPATION_STATUSES)

/**
 * `completedOn` on a participation whose (valid) status is not `completed` (warning). A record
 * without a programme id is left to the schema's issue.
 */
export const participationCompletedOnWithoutCompletion: ParticipationRule = {
  code: "participation/completed-on-without-completion",
  after: "participation/unknown-programme",
  on: "participations",
  check(p, _ctx, report) {
    if (p.programmeId === undefined) return
    const { completedOn, status } = p.record
    if (completedOn !== undefined && status !== "completed" && KNOWN_STATUSES.has(status)) {
      report(["completedOn"], message(completedOn, status))
    }
  },
}
