import type { RecordRule } from "../rule.js"
import { reportedFigures } from "./reported-figures.js"

/** The message: what is wrong and what would be right, on one line. */
const message = (countries: number, total: number) =>
  `reportedParticipants.countries is ${countries}, more than the total of ${total} participants`

/** `reportedParticipants.countries` is larger than its `total`. */
export const programmeReportedCountriesExceedTotal: RecordRule = {
  code: "programme/reported-countries-exceed-total",
  after: "programme/reported-too-many-countries",
  on: "programmes",
  check(programme, _ctx, report) {
    const reported = reportedFigures(programme)
    const countries = reported?.countries
    if (
      typeof countries === "number" &&
      typeof reported?.total === "number" &&
      countries > reported.total
    ) {
      report(["reportedParticipants", "countries"], message(countries, reported.total))
    }
  },
}
