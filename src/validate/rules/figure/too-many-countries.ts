import { field } from "../../record-fields.js"
import type { RecordRule } from "../rule.js"
import { figureByCountry } from "./by-country.js"

/** The message: what is wrong and what would be right, on one line. */
const message = (named: number, countries: number) =>
  `byCountry names ${named} countries, more than the ${countries} of countries`

/** `byCountry` names more countries than `countries`. */
export const figureTooManyCountries: RecordRule = {
  code: "figure/too-many-countries",
  after: "figure/by-country-exceeds-value",
  on: "figures",
  check(figure, _ctx, report) {
    const countries = field(figure, "countries")
    const byCountry = figureByCountry(figure)
    if (typeof countries === "number" && byCountry !== undefined && byCountry.named > countries) {
      report(["byCountry"], message(byCountry.named, countries))
    }
  },
}
