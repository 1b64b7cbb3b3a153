import { ruleMessages } from "../../messages.js"
import { field } from "../../record-fields.js"
import type { RecordRule } from "../rule.js"
import { figureByCountry } from "./by-country.js"

/**
 * `byCountry` adds up to more than `value`, when the value is exact or an upper bound (an
 * `at-least` or `about` value may well be below its parts).
 */
export const figureByCountryExceedsValue: RecordRule = {
  code: "figure/by-country-exceeds-value",
  on: "figures",
  check(figure, _ctx, report) {
    const bound = field(figure, "bound") ?? "exact"
    if (bound !== "exact" && bound !== "at-most") return
    const value = field(figure, "value")
    const byCountry = figureByCountry(figure)
    if (typeof value === "number" && byCountry !== undefined && byCountry.sum > value) {
      report(["byCountry"], ruleMessages.figureByCountryExceedsValue(byCountry.sum, value, bound))
    }
  },
}
