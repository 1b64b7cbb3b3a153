import { quote } from "../../../text/quote.js"
import type { ParticipationRule } from "../rule.js"

/** The message: what is wrong and what would be right, on one line. */
const message = (
  completedOn: unknown,
  programme: string,
  start: string | undefined,
  end: string | undefined,
) =>
  `completedOn ${completedOn} is outside programme ${quote(programme)} (${start} to ${end ?? "open end"})`

/**
 * `completedOn` outside the programme's period: only when no day of the completion can fall
 * within it (a completion dated `2024` fits a programme in October 2024).
 */
export const participationCompletedOutsideProgramme: ParticipationRule = {
  code: "participation/completed-outside-programme",
  after: "participation/in-cancelled-programme",
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
        message(completedOn, p.programmeId as string, programme.start, programme.end),
      )
    }
  },
}
