// What `goalCoverage` reads of a strategic framework and of the programmes in it, checked.
import type { Programme } from "../../schemas/programme.js"
import { quote } from "../../text/quote.js"
import { invalidRecord, TEXT, TEXTS } from "../errors.js"
import { countriesProblem, type Problem, periodProblem, throwProblem } from "./problem.js"
import { isRecord, isTexts } from "./shapes.js"

/** Checks what `goalCoverage` reads of a strategic framework. */
export function assertFramework(fn: string, framework: Record<string, unknown>): void {
  throwProblem(fn, "framework", framework.id, frameworkProblem(framework))
}

function frameworkProblem(framework: Record<string, unknown>): Problem {
  const { id, goals, period, priorityRegions } = framework
  if (typeof id !== "string") return ["id", id, TEXT]
  const problem = periodProblem(period)
  if (problem !== undefined) return problem
  if (!Array.isArray(goals)) return ["goals", goals, "[{ id, title }]"]
  for (let k = 0; k < goals.length; k++) {
    const goal: unknown = goals[k]
    if (!(isRecord(goal) && typeof goal.id === "string" && typeof goal.title === "string"))
      return [`goals[${k}]`, goal, "{ id, title } as text"]
  }
  if (priorityRegions === undefined) return undefined
  const region = "{ id, name, countries?, groups?, themes }"
  if (!Array.isArray(priorityRegions)) return ["priorityRegions", priorityRegions, `[${region}]`]
  for (let k = 0; k < priorityRegions.length; k++) {
    const at = `priorityRegions[${k}]`
    const r: unknown = priorityRegions[k]
    if (!isRecord(r)) return [at, r, region]
    const { groups, themes } = r
    const problem: Problem =
      typeof r.id !== "string"
        ? [`${at}.id`, r.id, TEXT]
        : (countriesProblem(`${at}.countries`, r.countries) ??
          (groups !== undefined && !isTexts(groups)
            ? [`${at}.groups`, groups, TEXTS]
            : !isTexts(themes)
              ? [`${at}.themes`, themes, TEXTS]
              : undefined))
    if (problem !== undefined) return problem
  }
  return undefined
}

/** Checks what `goalCoverage` reads of a programme besides the rest: `goals`, `countries`, `groups`. */
export function assertProgrammeLinks(fn: string, programme: Programme): void {
  const { goals, countries, groups } = programme as Record<string, unknown>
  const problem: Problem =
    linksProblem(goals) ??
    countriesProblem("countries", countries) ??
    (groups !== undefined && !isTexts(groups) ? ["groups", groups, TEXTS] : undefined)
  if (problem !== undefined) throw invalidRecord(fn, `programme ${quote(programme.id)}`, ...problem)
}

function linksProblem(goals: unknown): Problem {
  if (goals === undefined) return undefined
  if (!Array.isArray(goals)) return ["goals", goals, "[{ framework, goal }]"]
  for (let k = 0; k < goals.length; k++) {
    const link: unknown = goals[k]
    if (!(isRecord(link) && typeof link.framework === "string" && typeof link.goal === "string"))
      return [`goals[${k}]`, link, "{ framework, goal } with their ids"]
  }
  return undefined
}
