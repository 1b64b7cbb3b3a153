import { ruleMessages } from "../../messages.js"
import type { RecordRule } from "../rule.js"
import { byCountryAnd } from "./reported-figures.js"

/** `reportedParticipants.byCountry` names more countries than `reportedParticipants.countries`. */
export const programmeReportedTooManyCountries: RecordRule = {
  code: "programme/reported-too-many-countries",
  on: "programmes",
  check(programme, _ctx, report) {
    const compared = byCountryAnd(programme, "countries")
    if (compared !== undefined && compared.byCountry.named > compared.given) {
      report(
        ["reportedParticipants", "byCountry"],
        ruleMessages.reportedTooManyCountries(compared.byCountry.named, compared.given),
      )
    }
  },
}
