import { ruleMessages } from "../../messages.js"
import type { RecordRule } from "../rule.js"
import { reportedFigures } from "./reported-figures.js"

/** `reportedParticipants.byCountry` names more countries than `reportedParticipants.countries`. */
export const programmeReportedTooManyCountries: RecordRule = {
  code: "programme/reported-too-many-countries",
  on: "programmes",
  check(programme, _ctx, report) {
    const reported = reportedFigures(programme)
    const byCountry = reported?.byCountry
    if (
      byCountry !== undefined &&
      typeof reported?.countries === "number" &&
      byCountry.named > reported.countries
    ) {
      report(
        ["reportedParticipants", "byCountry"],
        ruleMessages.reportedTooManyCountries(byCountry.named, reported.countries),
      )
    }
  },
}
