import { quote } from "../../text/quote.js"
import { COUNTRY, DATE, invalidRecord, TEXT } from "../errors.js"
import type { Problem } from "./problem.js"
import { isCountryShape, isDate, isRecord } from "./shapes.js"

/** Checks a grouping: `id`, and `members` with a country code and dates. */
export function assertGrouping(fn: string, grouping: unknown, where: string): void {
  if (!isRecord(grouping))
    throw invalidRecord(
      fn,
      where,
      "",
      grouping,
      "a grouping { id, name, members: [{ country, from?, until? }] }",
    )
  const { id, members } = grouping
  const problem = groupingProblem(id, members)
  if (problem !== undefined)
    throw invalidRecord(fn, typeof id === "string" ? `${where} (${quote(id)})` : where, ...problem)
}

function groupingProblem(id: unknown, members: unknown): Problem {
  if (typeof id !== "string") return ["id", id, TEXT]
  if (!Array.isArray(members)) return ["members", members, "[{ country, from?, until? }]"]
  // Each member checked building nothing when right (a grouping may have thousands of spans).
  for (let k = 0; k < members.length; k++) {
    const member: unknown = members[k]
    if (!isRecord(member)) return [`members[${k}]`, member, "{ country, from?, until? }"]
    const { country, from, until } = member
    if (!isCountryShape(country)) return [`members[${k}].country`, country, COUNTRY]
    if (from !== undefined && !isDate(from)) return [`members[${k}].from`, from, DATE]
    if (until !== undefined && !isDate(until)) return [`members[${k}].until`, until, DATE]
  }
  return undefined
}
