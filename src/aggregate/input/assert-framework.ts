// What `goalCoverage` reads of a strategic framework and of the programmes in it, checked.
import type { Programme } from "../../schemas/programme.js"
import { quote } from "../../text/quote.js"
import { TEXT, TEXTS } from "../errors.js"
import { assertCountries, assertField, assertPeriod } from "./assert-field.js"
import { isRecord, isTexts } from "./shapes.js"

/** Checks what `goalCoverage` reads of a strategic framework. */
export function assertFramework(fn: string, framework: Record<string, unknown>): void {
  const { id, goals, period, priorityRegions } = framework
  const where = () => (typeof id === "string" ? `framework ${quote(id)}` : "the framework")
  assertField(typeof id === "string", fn, where, "id", id, TEXT)
  assertPeriod(fn, where, period)
  assertField(Array.isArray(goals), fn, where, "goals", goals, "[{ id, title }]")
  for (let k = 0; k < (goals as unknown[]).length; k++) {
    const goal = (goals as unknown[])[k] as Record<string, unknown>
    assertField(
      isRecord(goal) && typeof goal.id === "string" && typeof goal.title === "string",
      fn,
      where,
      `goals[${k}]`,
      goal,
      "{ id, title } as text",
    )
  }
  if (priorityRegions === undefined) return
  const region = "{ id, name, countries?, groups?, themes }"
  const regions = priorityRegions as unknown[]
  assertField(Array.isArray(regions), fn, where, "priorityRegions", regions, `[${region}]`)
  for (let k = 0; k < regions.length; k++) {
    const at = `priorityRegions[${k}]`
    const r = regions[k] as Record<string, unknown>
    assertField(isRecord(r), fn, where, at, r, region)
    assertField(typeof r.id === "string", fn, where, `${at}.id`, r.id, TEXT)
    assertCountries(fn, where, `${at}.countries`, r.countries)
    const { groups, themes } = r
    assertField(groups === undefined || isTexts(groups), fn, where, `${at}.groups`, groups, TEXTS)
    assertField(isTexts(themes), fn, where, `${at}.themes`, themes, TEXTS)
  }
}

/** Checks what `goalCoverage` reads of a programme besides the rest: `goals`, `countries`, `groups`. */
export function assertProgrammeLinks(fn: string, programme: Programme): void {
  const where = () => `programme ${quote(programme.id)}`
  const { goals, countries, groups } = programme as Record<string, unknown>
  if (goals !== undefined) {
    assertField(Array.isArray(goals), fn, where, "goals", goals, "[{ framework, goal }]")
    for (let k = 0; k < (goals as unknown[]).length; k++) {
      const link = (goals as unknown[])[k] as Record<string, unknown>
      assertField(
        isRecord(link) && typeof link.framework === "string" && typeof link.goal === "string",
        fn,
        where,
        `goals[${k}]`,
        link,
        "{ framework, goal } with their ids",
      )
    }
  }
  assertCountries(fn, where, "countries", countries)
  assertField(groups === undefined || isTexts(groups), fn, where, "groups", groups, TEXTS)
}
