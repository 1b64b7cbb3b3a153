import { isPlainObject } from "../../schemas/fields.js"
import { quote } from "../../text/quote.js"
import type { Location } from "../issue.js"
import { field, isObject, listOf, text } from "../report.js"
import { type Context, eachRecord } from "./context.js"
import { checkPeriod } from "./periods.js"
import { checkThemes } from "./themes.js"

/** Every rule on programmes. */
export function checkProgrammes(ctx: Context): void {
  eachRecord(ctx, "programmes", (programme, location) => {
    checkPeriod(ctx, programme, location, "programme/end-before-start")
    checkCompletedWithoutEnd(ctx, programme, location)
    checkReported(ctx, programme, location)
    checkReferences(ctx, programme, location)
    checkDuplicateCountries(ctx, programme, location)
    checkThemes(ctx, field(programme, "themes"), location, ["themes"], "programme/unknown-theme")
  })
}

function checkCompletedWithoutEnd(
  ctx: Context,
  programme: Record<string, unknown>,
  location: Location,
): void {
  const period = field(programme, "period")
  if (
    field(programme, "status") === "completed" &&
    isPlainObject(period) &&
    field(period, "end") === undefined
  ) {
    ctx.reporter.add(
      "programme/completed-without-end",
      location,
      ["period"],
      "status is 'completed' but period has no end",
    )
  }
}

/** Reported figures must be possible: parts within the total, countries within both. */
function checkReported(ctx: Context, programme: Record<string, unknown>, location: Location): void {
  const reported = field(programme, "reportedParticipants")
  if (!isObject(reported)) return
  const total = field(reported, "total")
  const countries = field(reported, "countries")
  const byCountry = field(reported, "byCountry")
  const path = ["reportedParticipants"]
  if (isObject(byCountry) && !Array.isArray(byCountry)) {
    let sum = 0
    let named = 0
    for (const key of Object.keys(byCountry)) {
      const n = byCountry[key]
      if (typeof n === "number" && Number.isFinite(n)) sum += n
      named++
    }
    if (typeof total === "number" && sum > total) {
      ctx.reporter.add(
        "programme/reported-exceeds-total",
        location,
        [...path, "byCountry"],
        `reportedParticipants.byCountry adds up to ${exactSum(byCountry, sum)}, more than the total of ${total}`,
      )
    }
    if (typeof countries === "number" && named > countries) {
      ctx.reporter.add(
        "programme/reported-too-many-countries",
        location,
        [...path, "byCountry"],
        `reportedParticipants.byCountry names ${named} countries, more than the ${countries} of reportedParticipants.countries`,
      )
    }
  }
  if (typeof countries === "number" && typeof total === "number" && countries > total) {
    ctx.reporter.add(
      "programme/reported-countries-exceed-total",
      location,
      [...path, "countries"],
      `reportedParticipants.countries is ${countries}, more than the total of ${total} participants`,
    )
  }
}

function checkReferences(
  ctx: Context,
  programme: Record<string, unknown>,
  location: Location,
): void {
  listOf(field(programme, "organisations")).forEach((link, i) => {
    const id = text(link, "organisation")
    if (id !== undefined && !ctx.knows("organisations", id)) {
      ctx.reporter.add(
        "programme/unknown-organisation",
        location,
        ["organisations", i, "organisation"],
        `organisations[${i}].organisation ${quote(id)} is not in organisations`,
      )
    }
  })
  listOf(field(programme, "groups")).forEach((id, i) => {
    if (typeof id === "string" && !ctx.knows("groups", id)) {
      ctx.reporter.add(
        "programme/unknown-group",
        location,
        ["groups", i],
        `groups[${i}] ${quote(id)} is not in groups or the reference groupings`,
      )
    }
  })
  listOf(field(programme, "goals")).forEach((link, i) => {
    const framework = text(link, "framework")
    const goal = text(link, "goal")
    if (framework === undefined || goal === undefined) return
    const frameworkOrdinal = ctx.ids.frameworks.ordinal.get(framework)
    const goals = frameworkOrdinal === undefined ? undefined : ctx.frameworkGoals[frameworkOrdinal]
    if (!ctx.references) return
    if (goals === undefined) {
      ctx.reporter.add(
        "programme/unknown-goal",
        location,
        ["goals", i, "framework"],
        `goals[${i}] names framework ${quote(framework)}, which is not in frameworks`,
      )
    } else if (!goals.has(goal)) {
      ctx.reporter.add(
        "programme/unknown-goal",
        location,
        ["goals", i, "goal"],
        `goals[${i}] names goal ${quote(goal)}, which framework ${quote(framework)} does not have`,
      )
    }
  })
  listOf(field(programme, "pledges")).forEach((id, i) => {
    if (typeof id === "string" && !ctx.knows("pledges", id)) {
      ctx.reporter.add(
        "programme/unknown-pledge",
        location,
        ["pledges", i],
        `pledges[${i}] ${quote(id)} is not in pledges`,
      )
    }
  })
}

function checkDuplicateCountries(
  ctx: Context,
  programme: Record<string, unknown>,
  location: Location,
): void {
  const countries = listOf(field(programme, "countries"))
  if (countries.length < 2) return
  const seen = new Set<unknown>()
  countries.forEach((country, i) => {
    if (seen.has(country)) {
      ctx.reporter.add(
        "programme/duplicate-country",
        location,
        ["countries", i],
        `countries[${i}] repeats ${quote(country)}`,
      )
    }
    seen.add(country)
  })
}

/**
 * The sum of the whole counts of a record, exactly: beyond `Number.MAX_SAFE_INTEGER` a
 * floating-point sum has lost ones (4 + 2^53 − 1 is not 2^53 + 3), so it is redone in BigInt.
 */
function exactSum(counts: Record<string, unknown>, sum: number): string {
  if (sum <= Number.MAX_SAFE_INTEGER) return String(sum)
  let exact = 0n
  for (const key of Object.keys(counts)) {
    const n = counts[key]
    if (typeof n !== "number" || !Number.isInteger(n)) return String(sum)
    exact += BigInt(n)
  }
  return String(exact)
}
