import { quote } from "../../../text/quote.js"
import { field, listOf, text } from "../../record-fields.js"
import type { RecordRule } from "../rule.js"

/** The message: what is wrong and what would be right, on one line. */
const unknownFrameworkMessage = (index: number, framework: string) =>
  `goals[${index}] names framework ${quote(framework)}, which is not in frameworks`

/** The message: what is wrong and what would be right, on one line. */
const unknownGoalMessage = (index: number, goal: string, framework: string) =>
  `goals[${index}] names goal ${quote(goal)}, which framework ${quote(framework)} does not have`

/** A programme's `goals` names a framework not in the dataset, or a goal its framework lacks. */
export const programmeUnknownGoal: RecordRule = {
  code: "programme/unknown-goal",
  after: "programme/unknown-group",
  on: "programmes",
  check(programme, ctx, report) {
    if (!ctx.references) return
    listOf(field(programme, "goals")).forEach((link, i) => {
      const framework = text(link, "framework")
      const goal = text(link, "goal")
      if (framework === undefined || goal === undefined) return
      const ordinal = ctx.ids.frameworks.ordinal.get(framework)
      const goals = ordinal === undefined ? undefined : ctx.frameworkGoals[ordinal]
      if (goals === undefined) {
        report(["goals", i, "framework"], unknownFrameworkMessage(i, framework))
      } else if (!goals.has(goal)) {
        report(["goals", i, "goal"], unknownGoalMessage(i, goal, framework))
      }
    })
  },
}
