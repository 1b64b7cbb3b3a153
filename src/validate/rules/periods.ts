import type { IssueCode } from "../catalogue.js"
import type { Location } from "../issue.js"
import { field, text } from "../report.js"
import type { Context } from "./context.js"

/**
 * `<kind>/end-before-start`: a period whose end's last day is before its start's first day.
 * Partial dates are compared as the widest reading, so "2024-10" to "2024-10" is a valid
 * one-month period, and only a certain contradiction is an error.
 */
export function checkPeriod(
  ctx: Context,
  record: Record<string, unknown>,
  location: Location,
  code: IssueCode,
): void {
  const period = field(record, "period")
  const start = text(period, "start")
  const end = text(period, "end")
  const from = ctx.span(start)
  const until = ctx.span(end)
  if (from !== undefined && until !== undefined && until[1] < from[0]) {
    ctx.reporter.add(
      code,
      location,
      ["period", "end"],
      `period.end ${end} is before period.start ${start}`,
    )
  }
}
