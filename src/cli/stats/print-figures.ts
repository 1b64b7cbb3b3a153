import type { Out } from "../command.js"
import { format } from "../table.js"
import type { Stats } from "./compute.js"
import { cut, fittedTable, wrap } from "./print.js"

const BOUND_WORDS = { exact: "", "at-least": "at least ", "at-most": "at most ", about: "about " }

/**
 * Prints the figures the sources report in aggregate (`reportedFigures`), after the alumni
 * counted from person records, and says plainly that the two are never added together.
 */
export function printReportedFigures(stats: Stats, out: Out, width = 100): void {
  const figures = stats.reportedFigures
  if (figures.length === 0) return
  out(
    `\n${cut(`Reported figures — ${format(figures.length)} stated by the sources in aggregate, as of ${stats.asOf}`, width)}`,
  )
  for (const line of fittedTable(
    ["metric", "figure", "value", "countries", "as of", "scope"],
    figures.map((f) => [
      f.metric,
      f.figure,
      `${BOUND_WORDS[f.bound]}${format(f.value)}`,
      f.countries ?? "",
      f.asOf,
      scopeOf(f.scope),
    ]),
    [5, 1, 0],
    width - 2,
  ))
    out(`  ${line}`)
  for (const line of wrap(
    "Reported alumni are never added to alumni counted from person records: the same people may be in several figures, and distinct people cannot be summed across sources.",
    width,
    "  ",
  ))
    out(line)
}

function scopeOf(scope: Stats["reportedFigures"][number]["scope"]): string {
  const parts: string[] = []
  if (scope.organisation !== undefined) parts.push(`organisation ${scope.organisation}`)
  if (scope.series !== undefined) parts.push(`series ${scope.series}`)
  if (scope.programmes !== undefined) parts.push(`programmes ${scope.programmes.join(", ")}`)
  return parts.join("; ")
}
