import { ruleMessages } from "../../messages.js"
import type { RecordRule } from "../rule.js"
import { reportedFigures } from "./reported-figures.js"

/** `reportedParticipants.countries` is larger than its `total`. */
export const programmeReportedCountriesExceedTotal: RecordRule = {
  code: "programme/reported-countries-exceed-total",
  on: "programmes",
  check(programme, _ctx, report) {
    const reported = reportedFigures(programme)
    const countries = reported?.countries
    if (
      typeof countries === "number" &&
      typeof reported?.total === "number" &&
      countries > reported.total
    ) {
      report(
        ["reportedParticipants", "countries"],
        ruleMessages.reportedCountriesExceedTotal(countries, reported.total),
      )
    }
  },
}
