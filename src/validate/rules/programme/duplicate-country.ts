import { quote } from "../../../text/quote.js"
import { field, listOf } from "../../record-fields.js"
import type { RecordRule } from "../rule.js"

/** The message: what is wrong and what would be right, on one line. */
const message = (index: number, country: unknown) => `countries[${index}] repeats ${quote(country)}`

/** A programme lists the same country twice in `countries` (warning). */
export const programmeDuplicateCountry: RecordRule = {
  code: "programme/duplicate-country",
  after: "programme/unknown-pledge",
  on: "programmes",
  check(programme, _ctx, report) {
    const countries = listOf(field(programme, "countries"))
    if (countries.length < 2) return
    const seen = new Set<unknown>()
    countries.forEach((country, i) => {
      if (seen.has(country)) report(["countries", i], message(i, country))
      seen.add(country)
    })
  },
}
