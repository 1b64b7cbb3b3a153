import { findCountry } from "../../reference/countries.js"
import type { Out } from "../command.js"
import { format, table } from "../table.js"
import type { Stats } from "./compute.js"
import { printReportedFigures } from "./print-figures.js"

const countryName = (code: string) => findCountry(code)?.name ?? code

/** Prints the statistics as text for a terminal. */
export function printStats(stats: Stats, source: string, out: Out): void {
  out(`Statistics of ${source}, as of ${stats.asOf}\n`)

  const { seats } = stats
  out(
    `Seats per country — ${format(seats.total)} seats, ${format(seats.unattributed)} not attributed to a country`,
  )
  for (const line of table(
    ["country", "", "seats"],
    [
      ...seats.rows.map((row) => [row.country, countryName(row.country), row.count]),
      ["—", "unattributed", seats.unattributed],
      ["—", "total", seats.total],
    ],
  )) {
    out(`  ${line}`)
  }

  const { alumni } = stats
  out(`\nAlumni — ${format(alumni.alumni)} people from ${format(alumni.countries)} countries`)
  if (alumni.byCountry.length > 0) {
    for (const line of table(
      ["country", "", "alumni"],
      alumni.byCountry.map((row) => [row.country, countryName(row.country), row.count]),
    )) {
      out(`  ${line}`)
    }
  } else {
    out("  (no per-person records of completions in this dataset)")
  }
  printReportedFigures(stats, out)

  for (const coverage of stats.coverage) {
    out(
      `\nGoal coverage — ${coverage.framework}: ${coverage.covered} of ${coverage.total} goals covered (${(coverage.ratio * 100).toFixed(0)}%)`,
    )
    for (const line of table(
      ["goal", "title", "covered", "programmes", "linked", "seats", "countries"],
      coverage.goals.map((goal) => [
        goal.goal,
        goal.title,
        goal.covered ? "yes" : "no",
        goal.programmes,
        goal.linked,
        goal.participations,
        goal.countries,
      ]),
    )) {
      out(`  ${line}`)
    }
    const cells = coverage.cellCoverage
    out(
      `  priority regions × themes: ${cells.covered} of ${cells.total} covered (${(cells.ratio * 100).toFixed(0)}%)`,
    )
    if (coverage.gaps.goals.length > 0)
      out(`  goals without a programme: ${coverage.gaps.goals.join(", ")}`)
    const gaps = coverage.gaps.cells.map((cell) => `${cell.region} × ${cell.theme}`)
    if (gaps.length > 0) out(`  region × theme gaps: ${gaps.join("; ")}`)
  }

  if (stats.pledges.length > 0) {
    out(`\nPledge progress, as of ${stats.asOf}`)
    for (const progress of stats.pledges) {
      if ("error" in progress) {
        out(`  ${progress.pledge}: cannot be computed — ${progress.error}`)
        continue
      }
      out(
        `  ${progress.pledge}: ${progress.status} (${(progress.elapsed * 100).toFixed(0)}% of the period elapsed)`,
      )
      for (const line of table(
        ["target", "kind", "goal", "achieved", "ratio", "status"],
        progress.targets.map((t) => [t.target, t.kind, t.goal, t.achieved, t.ratio, t.status]),
      )) {
        out(`    ${line}`)
      }
    }
  }

  const { programmesByFiscalYear: byYear } = stats
  out(`\nProgrammes held, by fiscal year (starting in month ${stats.fiscalYearStartMonth})`)
  for (const line of table(
    ["fiscal year", "programmes"],
    byYear.rows.map((row) => [row.period, row.count]),
  ))
    out(`  ${line}`)
  if (byYear.undetermined > 0)
    out(`  ${byYear.undetermined} programmes dated by year only: fiscal year undetermined`)
}
