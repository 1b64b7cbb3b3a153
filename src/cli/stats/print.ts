import { findCountry } from "../../reference/countries.js"
import type { Out } from "../command.js"
import { format, table } from "../table.js"
import { goalRow, type Stats } from "./compute.js"
import { printReportedFigures } from "./print-figures.js"

const countryName = (code: string) => findCountry(code)?.name ?? code

/** "1 programme", "2 programmes", "1,234 seats". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${format(n)} ${n === 1 ? one : many}`
}

/** The width `stats` prints to: the terminal's, kept within 80–120 columns; 100 when not a terminal. */
export function printWidth(columns: number | undefined): number {
  if (columns === undefined || !Number.isFinite(columns) || columns <= 0) return 100
  return Math.min(120, Math.max(80, Math.floor(columns)))
}

/** Words laid out in lines of at most `width` characters, each line after `indent`. */
export function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = []
  let line = ""
  for (const word of text.split(" ")) {
    if (line !== "" && indent.length + [...line].length + 1 + [...word].length > width) {
      lines.push(`${indent}${line}`)
      line = word
    } else line = line === "" ? word : `${line} ${word}`
  }
  if (line !== "") lines.push(`${indent}${line}`)
  return lines.map((l) => cut(l, width))
}

/** A text cut to `max` characters, the last one an ellipsis when it was cut. */
export function cut(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join("")}…`
}

/**
 * An aligned table no wider than `width`: when it would be wider, the cells of the `flexible`
 * columns (titles first, then ids) are cut with an ellipsis, each down to 12 characters at the
 * least, in that order, until it fits.
 */
export function fittedTable(
  header: string[],
  rows: (string | number)[][],
  flexible: number | number[],
  width: number,
): string[] {
  let cells = rows
  for (const column of typeof flexible === "number" ? [flexible] : flexible) {
    const lines = table(header, cells)
    const widest = Math.max(...lines.map((line) => [...line].length))
    if (widest <= width) return lines
    const longest = Math.max(
      ...[header, ...cells].map((row) => [...String(row[column] ?? "")].length),
    )
    const max = Math.max(12, longest - (widest - width))
    cells = cells.map((row) =>
      row.map((cell, i) => (i === column && typeof cell === "string" ? cut(cell, max) : cell)),
    )
  }
  return table(header, cells)
}

/** Prints the statistics as text for a terminal of `width` columns (default 100). */
export function printStats(stats: Stats, source: string, out: Out, width = 100): void {
  const print = (lines: string[], indent = "  ") => {
    for (const line of lines) out(`${indent}${line}`)
  }
  out(`Statistics of ${source}, as of ${stats.asOf}\n`)

  const { seats } = stats
  out(
    `Seats per country — ${plural(seats.total, "seat")}, ${format(seats.unattributed)} not attributed to a country`,
  )
  print(
    fittedTable(
      ["country", "", "seats"],
      [
        ...seats.rows.map((row) => [row.country, countryName(row.country), row.count]),
        ["—", "unattributed", seats.unattributed],
        ["—", "total", seats.total],
      ],
      1,
      width - 2,
    ),
  )

  const { alumni } = stats
  out(
    `\nAlumni — ${plural(alumni.alumni, "person", "people")} from ${plural(alumni.countries, "country", "countries")}`,
  )
  if (alumni.byCountry.length > 0) {
    print(
      fittedTable(
        ["country", "", "alumni"],
        alumni.byCountry.map((row) => [row.country, countryName(row.country), row.count]),
        1,
        width - 2,
      ),
    )
  } else {
    out("  (no per-person records of completions in this dataset)")
  }
  printReportedFigures(stats, out, width)

  for (const coverage of stats.coverage) {
    out(
      `\nGoal coverage — ${coverage.framework}: ${coverage.covered} of ${plural(coverage.total, "goal")} covered (${(coverage.ratio * 100).toFixed(0)}%)`,
    )
    print(
      fittedTable(
        ["goal", "title", "covered", "programmes", "linked", "seats", "countries"],
        coverage.goals.map((goal) => goalRow(goal, true)),
        [1, 0],
        width - 2,
      ),
    )
    const cells = coverage.cellCoverage
    out(
      `  priority regions × themes: ${cells.covered} of ${plural(cells.total, "cell")} covered (${(cells.ratio * 100).toFixed(0)}%)`,
    )
    if (coverage.gaps.goals.length > 0) {
      out(`  goals without a programme (${coverage.gaps.goals.length}):`)
      for (const goal of coverage.gaps.goals) out(`    ${cut(goal, width - 4)}`)
    }
    if (coverage.gaps.cells.length > 0) {
      out(`  region × theme gaps (${coverage.gaps.cells.length}):`)
      for (const cell of coverage.gaps.cells)
        out(`    ${cut(`${cell.region} × ${cell.theme}`, width - 4)}`)
    }
  }

  if (stats.pledges.length > 0) {
    out(`\nPledge progress, as of ${stats.asOf}`)
    for (const progress of stats.pledges) {
      if ("error" in progress) {
        out(`  ${progress.pledge}: cannot be computed — ${cut(progress.error, width - 40)}`)
        continue
      }
      out(
        `  ${progress.pledge}: ${progress.status} (${(progress.elapsed * 100).toFixed(0)}% of the period elapsed)`,
      )
      print(
        fittedTable(
          ["target", "kind", "goal", "achieved", "ratio", "status"],
          progress.targets.map((t) => [t.target, t.kind, t.goal, t.achieved, t.ratio, t.status]),
          0,
          width - 4,
        ),
        "    ",
      )
    }
  }

  const { programmesByFiscalYear: byYear } = stats
  out(`\nProgrammes held, by fiscal year (starting in month ${stats.fiscalYearStartMonth})`)
  out("  (planned, cancelled and postponed programmes are not counted)")
  if (byYear.rows.length === 0) out("  (no programme held)")
  else
    print(
      table(
        ["fiscal year", "programmes"],
        byYear.rows.map((row) => [row.period, row.count]),
      ),
    )
  if (byYear.undetermined > 0)
    out(
      `  ${plural(byYear.undetermined, "programme")} dated by year only: fiscal year undetermined`,
    )
}
