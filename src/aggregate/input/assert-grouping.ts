import { quote } from "../../text/quote.js"
import { COUNTRY, DATE, invalidRecord, TEXT } from "../errors.js"
import { assertField } from "./assert-field.js"
import { isCountryShape, isDate, isRecord } from "./shapes.js"

/** Checks a grouping: `id`, and `members` with a country code and dates. */
export function assertGrouping(fn: string, grouping: unknown, where: string): void {
  assertField(
    isRecord(grouping),
    fn,
    where,
    "",
    grouping,
    "a grouping { id, name, members: [{ country, from?, until? }] }",
  )
  const { id, members } = grouping as Record<string, unknown>
  const at = () => (typeof id === "string" ? `${where} (${quote(id)})` : where)
  assertField(typeof id === "string", fn, at, "id", id, TEXT)
  assertField(Array.isArray(members), fn, at, "members", members, "[{ country, from?, until? }]")
  const list = members as unknown[]
  for (let k = 0; k < list.length; k++) {
    const member = list[k] as Record<string, unknown>
    // The common case first, building no text (a grouping may have thousands of spans).
    if (
      isRecord(member) &&
      isCountryShape(member.country) &&
      (member.from === undefined || isDate(member.from)) &&
      (member.until === undefined || isDate(member.until))
    )
      continue
    const m = `members[${k}]`
    assertField(isRecord(member), fn, at, m, member, "{ country, from?, until? }")
    assertField(isCountryShape(member.country), fn, at, `${m}.country`, member.country, COUNTRY)
    const { from, until } = member
    assertField(from === undefined || isDate(from), fn, at, `${m}.from`, from, DATE)
    throw invalidRecord(fn, at, `${m}.until`, until, DATE)
  }
}
