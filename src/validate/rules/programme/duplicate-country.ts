import { ruleMessages } from "../../messages.js"
import { field, listOf } from "../../record-fields.js"
import type { RecordRule } from "../rule.js"

/** A programme lists the same country twice in `countries` (warning). */
export const programmeDuplicateCountry: RecordRule = {
  code: "programme/duplicate-country",
  on: "programmes",
  check(programme, _ctx, report) {
    const countries = listOf(field(programme, "countries"))
    if (countries.length < 2) return
    const seen = new Set<unknown>()
    countries.forEach((country, i) => {
      if (seen.has(country)) report(["countries", i], ruleMessages.duplicateCountry(i, country))
      seen.add(country)
    })
  },
}
