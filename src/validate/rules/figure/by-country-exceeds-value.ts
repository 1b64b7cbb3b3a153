import { field } from "../../record-fields.js"
import type { RecordRule } from "../rule.js"
import { figureByCountry } from "./by-country.js"

/** The message: what is wrong and what would be right, on one line. */
const message = (sum: number, value: number, bound: string) =>
  `byCountry adds up to ${sum}, more than the ${bound === "at-most" ? "at-most " : ""}value of ${value}; if the source says "over", the bound is 'at-least'`

/**
 * `byCountry` adds up to more than `value`, when the value is exact or an upper bound (an
 * `at-least` or `about` value may well be below its parts).
 */
export const figureByCountryExceedsValue: RecordRule = {
  code: "figure/by-country-exceeds-value",
  after: "figure/unknown-programme",
  on: "figures",
  check(figure, _ctx, report) {
    const bound = field(figure, "bound") ?? "exact"
    if (bound !== "exact" && bound !== "at-most") return
    const value = field(figure, "value")
    const byCountry = figureByCountry(figure)
    if (typeof value === "number" && byCountry !== undefined && byCountry.sum > value) {
      report(["byCountry"], message(byCountry.sum, value, bound))
    }
  },
}
