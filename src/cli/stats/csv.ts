import { findCountry } from "../../reference/countries.js"
import { csvCell } from "../csv-guard.js"
import type { Stats } from "./compute.js"

/** The tables `stats --csv` writes, each as tidy CSV: one row per observation, one column per variable. */
export const CSV_TABLES = ["seats", "alumni", "programmes", "goals", "cells", "pledges"] as const

/** A table of `stats --csv`. */
export type CsvTable = (typeof CSV_TABLES)[number]

function csv(header: string[], rows: (string | number | boolean)[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")
}

const countryName = (code: string) => findCountry(code)?.name ?? code

/**
 * One table of the statistics as CSV, with a header row; numbers as plain digits (no grouping),
 * ratios as decimals. Seats not attributed to a country are a row with an empty country.
 */
export function statsCsv(stats: Stats, name: CsvTable): string {
  switch (name) {
    case "seats":
      return csv(
        ["country", "country_name", "seats"],
        [
          ...stats.seats.rows.map((r) => [r.country, countryName(r.country), r.count]),
          ...(stats.seats.unattributed > 0
            ? [["", "not attributed to a country", stats.seats.unattributed]]
            : []),
        ],
      )
    case "alumni":
      return csv(
        ["country", "country_name", "alumni"],
        stats.alumni.byCountry.map((r) => [r.country, countryName(r.country), r.count]),
      )
    case "programmes":
      return csv(
        ["fiscal_year", "programmes_held"],
        [
          ...stats.programmesByFiscalYear.rows.map((r) => [r.period, r.count]),
          ...(stats.programmesByFiscalYear.undetermined > 0
            ? [["undetermined", stats.programmesByFiscalYear.undetermined]]
            : []),
        ],
      )
    case "goals":
      return csv(
        ["framework", "goal", "title", "covered", "programmes", "seats", "countries"],
        stats.coverage.flatMap((c) =>
          c.goals.map((g) => [
            c.framework,
            g.goal,
            g.title,
            g.covered,
            g.programmes,
            g.participations,
            g.countries,
          ]),
        ),
      )
    case "cells":
      return csv(
        ["framework", "region", "theme", "covered", "programmes"],
        stats.coverage.flatMap((c) =>
          c.cells.map((cell) => [
            c.framework,
            cell.region,
            cell.theme,
            cell.covered,
            cell.programmes,
          ]),
        ),
      )
    case "pledges":
      return csv(
        [
          "pledge",
          "as_of",
          "pledge_status",
          "elapsed",
          "target",
          "kind",
          "goal",
          "achieved",
          "ratio",
          "status",
        ],
        stats.pledges.flatMap((p) =>
          "error" in p
            ? []
            : p.targets.map((t) => [
                p.pledge,
                p.asOf,
                p.status,
                p.elapsed,
                t.target,
                t.kind,
                t.goal,
                t.achieved,
                t.ratio,
                t.status,
              ]),
        ),
      )
  }
}
