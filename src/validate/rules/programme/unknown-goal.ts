import { ruleMessages } from "../../messages.js"
import { field, listOf, text } from "../../record-fields.js"
import type { RecordRule } from "../rule.js"

/** A programme's `goals` names a framework not in the dataset, or a goal its framework lacks. */
export const programmeUnknownGoal: RecordRule = {
  code: "programme/unknown-goal",
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
        report(["goals", i, "framework"], ruleMessages.unknownFramework(i, framework))
      } else if (!goals.has(goal)) {
        report(["goals", i, "goal"], ruleMessages.unknownGoal(i, goal, framework))
      }
    })
  },
}
