import { ruleMessages } from "../../messages.js"
import { field } from "../../record-fields.js"
import type { RecordRule } from "../rule.js"
import { figureByCountry } from "./by-country.js"

/** `byCountry` names more countries than `countries`. */
export const figureTooManyCountries: RecordRule = {
  code: "figure/too-many-countries",
  on: "figures",
  check(figure, _ctx, report) {
    const countries = field(figure, "countries")
    const byCountry = figureByCountry(figure)
    if (typeof countries === "number" && byCountry !== undefined && byCountry.named > countries) {
      report(["byCountry"], ruleMessages.figureTooManyCountries(byCountry.named, countries))
    }
  },
}
