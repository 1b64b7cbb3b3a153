import { ruleMessages } from "../../messages.js"
import type { ParticipationRule } from "../rule.js"

/**
 * `completedOn` outside the programme's period: only when no day of the completion can fall
 * within it (a completion dated `2024` fits a programme in October 2024).
 */
export const participationCompletedOutsideProgramme: ParticipationRule = {
  code: "participation/completed-outside-programme",
  on: "participations",
  check(p, ctx, report) {
    const programme = p.programme
    const completedOn = p.record.completedOn
    if (
      programme === undefined ||
      completedOn === undefined ||
      programme.first === undefined ||
      programme.last === undefined
    ) {
      return
    }
    const completion = ctx.span(completedOn)
    if (
      completion !== undefined &&
      (completion[1] < programme.first || completion[0] > programme.last)
    ) {
      report(
        ["completedOn"],
        ruleMessages.completedOutsideProgramme(
          completedOn,
          p.programmeId as string,
          programme.start,
          programme.end,
        ),
      )
    }
  },
}
