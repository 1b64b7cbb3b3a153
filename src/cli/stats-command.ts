import { formatISO } from "date-fns"
import { alumniTotals } from "../aggregate/alumni-totals.js"
import { countByPeriod } from "../aggregate/count-by-period.js"
import { goalCoverage } from "../aggregate/goal-coverage.js"
import { participationsByCountry } from "../aggregate/participations-by-country.js"
import { pledgeProgress } from "../aggregate/pledge-progress.js"
import { isPartialDate } from "../dates/partial-date.js"
import { findCountry } from "../reference/countries.js"
import { exampleDataset } from "../reference/example-dataset.js"
import type { Dataset } from "../schemas/dataset.js"
import { quote } from "../text/quote.js"
import type { ValidationIssue } from "../validate/issue.js"
import { validateDataset } from "../validate/validate-dataset.js"
import { parseCommand, stringOption, UsageError } from "./args.js"
import { displayName, readBytes } from "./read.js"
import { readJsonBytes } from "./read-data.js"
import { format, table } from "./table.js"

export const STATS_HELP = `Usage: justice-cooperation stats [FILE] [options]

Prints the headline statistics of a JSON dataset: seats per country, alumni, goal coverage
of each strategic framework with its gaps, pledge progress, and programmes per year. With no
FILE, the example dataset drawn from the seed texts; FILE - reads standard input. The
dataset is validated first; a dataset with errors is not counted (exit 1).

Options:
  --as-of DATE              the date every figure is counted on (default: today): only
                            programmes started by then, completions dated by then, and
                            pledge progress on that day. YYYY-MM-DD, YYYY-MM or YYYY (the
                            last day of that month or year)
  --fiscal-year-start M     month (1–12) the fiscal year starts in, for programmes per
                            fiscal year (default 4, as Japan's: FY2018 = Apr 2018–Mar 2019)
  --json                    print the statistics as JSON
  -h, --help                show this help

Example:
  justice-cooperation stats --as-of 2018-12-31
  justice-cooperation stats dataset.json --json`

const countryName = (code: string) => findCountry(code)?.name ?? code

export async function runStats(args: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    {
      "as-of": { type: "string", example: "2024-12-31" },
      "fiscal-year-start": { type: "string", example: "4" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    "stats",
  )
  if (values.help) {
    out(STATS_HELP)
    return 0
  }
  if (positionals.length > 1)
    throw new UsageError("stats: give at most one FILE (see justice-cooperation stats --help)")
  // The user's own calendar date: the one place where local time is the right answer.
  const asOf = stringOption(values, "as-of") ?? formatISO(new Date(), { representation: "date" })
  if (!isPartialDate(asOf))
    throw new UsageError(
      `stats: --as-of must be a date such as 2024-12-31, 2024-12 or 2024, not ${quote(asOf)}`,
    )
  const startText = stringOption(values, "fiscal-year-start") ?? "4"
  const fiscalYearStartMonth = Number(startText)
  if (!/^\d{1,2}$/.test(startText) || fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
    throw new UsageError(
      `stats: --fiscal-year-start must be a month from 1 to 12, not '${startText}'`,
    )
  }

  const file = positionals[0]
  let input: unknown = exampleDataset
  let readIssues: ValidationIssue[] = []
  if (file !== undefined) {
    const read = readJsonBytes(await readBytes(file))
    readIssues = read.issues
    input = read.value
  }
  const validated =
    readIssues.length > 0 && input === undefined ? undefined : validateDataset(input)
  const errors = [...readIssues, ...(validated?.issues ?? [])].filter(
    (issue) => issue.severity === "error",
  )
  if (validated === undefined || !validated.ok || errors.length > 0) {
    out(
      `${file === undefined ? "the dataset" : displayName(file)} has ${errors.length} ${errors.length === 1 ? "error" : "errors"}; run justice-cooperation validate for the list. First: ${errors[0]?.message}`,
    )
    return 1
  }
  const stats = computeStats(validated.dataset, asOf, fiscalYearStartMonth)
  if (values.json) {
    out(JSON.stringify({ source: file ?? "example dataset", ...stats }, null, 2))
    return 0
  }
  printStats(
    stats,
    file === undefined ? "the example dataset drawn from the seed texts" : displayName(file),
    out,
  )
  return 0
}

// `asOf` goes to every aggregation, so that "as of" in the heading holds for every figure.
function computeStats(dataset: Dataset, asOf: string, fiscalYearStartMonth: number) {
  const pledges = (dataset.pledges ?? []).map((pledge) => {
    try {
      return pledgeProgress(pledge, { asOf, dataset })
    } catch (error) {
      return { pledge: pledge.id, error: (error as Error).message }
    }
  })
  return {
    asOf,
    seats: participationsByCountry(dataset, { asOf }),
    alumni: alumniTotals(dataset, { asOf }),
    coverage: (dataset.frameworks ?? []).map((framework) =>
      goalCoverage(framework, dataset, { asOf }),
    ),
    pledges,
    programmesByFiscalYear: countByPeriod(dataset, {
      of: "programmes",
      period: "fiscal-year",
      fiscalYearStartMonth,
      asOf,
    }),
    fiscalYearStartMonth,
  }
}

function printStats(
  stats: ReturnType<typeof computeStats>,
  source: string,
  out: (text: string) => void,
): void {
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

  for (const coverage of stats.coverage) {
    out(
      `\nGoal coverage — ${coverage.framework}: ${coverage.covered} of ${coverage.total} goals covered (${(coverage.ratio * 100).toFixed(0)}%)`,
    )
    for (const line of table(
      ["goal", "title", "covered", "programmes", "seats", "countries"],
      coverage.goals.map((goal) => [
        goal.goal,
        goal.title,
        goal.covered ? "yes" : "no",
        goal.programmes,
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
