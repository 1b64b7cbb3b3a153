import { quote } from "../../text/quote.js"
import { field, listOf, text } from "../report.js"
import { type Context, eachRecord } from "./context.js"
import { checkPeriod } from "./periods.js"
import { checkThemes } from "./themes.js"

/** Every rule on strategic frameworks. */
export function checkFrameworks(ctx: Context): void {
  eachRecord(ctx, "frameworks", (framework, location) => {
    checkPeriod(ctx, framework, location, "framework/end-before-start")
    listOf(field(framework, "parties")).forEach((id, i) => {
      if (typeof id === "string" && !ctx.knows("organisations", id)) {
        ctx.reporter.add(
          "framework/unknown-party",
          location,
          ["parties", i],
          `parties[${i}] ${quote(id)} is not in organisations`,
        )
      }
    })
    const goals = new Map<string, number>()
    listOf(field(framework, "goals")).forEach((goal, i) => {
      const id = text(goal, "id")
      if (id === undefined) return
      const earlier = goals.get(id)
      if (earlier === undefined) goals.set(id, i)
      else {
        ctx.reporter.add(
          "framework/duplicate-goal-id",
          location,
          ["goals", i, "id"],
          `goals[${i}] has the id ${quote(id)} of goals[${earlier}]`,
        )
      }
    })
    const regions = new Map<string, number>()
    listOf(field(framework, "priorityRegions")).forEach((region, i) => {
      const id = text(region, "id")
      if (id !== undefined) {
        const earlier = regions.get(id)
        if (earlier === undefined) regions.set(id, i)
        else {
          ctx.reporter.add(
            "framework/duplicate-region-id",
            location,
            ["priorityRegions", i, "id"],
            `priorityRegions[${i}] has the id ${quote(id)} of priorityRegions[${earlier}]`,
          )
        }
      }
      listOf(field(region, "groups")).forEach((group, j) => {
        if (typeof group === "string" && !ctx.knows("groups", group)) {
          ctx.reporter.add(
            "framework/unknown-group",
            location,
            ["priorityRegions", i, "groups", j],
            `priorityRegions[${i}].groups[${j}] ${quote(group)} is not in groups or the reference groupings`,
          )
        }
      })
      checkThemes(
        ctx,
        field(region, "themes"),
        location,
        ["priorityRegions", i, "themes"],
        "framework/unknown-theme",
      )
    })
  })
}
