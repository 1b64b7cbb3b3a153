import type { RecordRule } from "../rule.js"
import { byCountryAnd } from "./reported-figures.js"

/** The message: what is wrong and what would be right, on one line. */
const message = (named: number, countries: number) =>
  `reportedParticipants.byCountry names ${named} countries, more than the ${countries} of reportedParticipants.countries`

/** `reportedParticipants.byCountry` names more countries than `reportedParticipants.countries`. */
export const programmeReportedTooManyCountries: RecordRule = {
  code: "programme/reported-too-many-countries",
  after: "programme/reported-exceeds-total",
  on: "programmes",
  check(programme, _ctx, report) {
    const compared = byCountryAnd(programme, "countries")
    if (compared !== undefined && compared.byCountry.named > compared.given) {
      report(
        ["reportedParticipants", "byCountry"],
        message(compared.byCountry.named, compared.given),
      )
    }
  },
}
