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
import { validateDataset } from "../validate/validate-dataset.js"
import { parseCommand, stringOption, UsageError } from "./args.js"
import { readText } from "./read.js"
import { format, table } from "./table.js"

export const STATS_HELP = `Usage: justice-cooperation stats [FILE] [options]

Prints the headline statistics of a JSON dataset: seats per country, alumni, goal coverage
of each strategic framework with its gaps, pledge progress, and programmes per year. With no
FILE, the example dataset drawn from the seed texts. The dataset is validated first; a
dataset with errors is not counted (exit 1).

Options:
  --as-of DATE              date of pledge progress (YYYY-MM-DD; default: today)
  --fiscal-year-start M     month (1–12) the fiscal year starts in, for programmes per
                            fiscal year (default 4, as Japan's: FY2018 = Apr 2018–Mar 2019)
  --json                    print the statistics as JSON
  -h, --help                show this help

Example:
  justice-cooperation stats --as-of 2018-12-31
  justice-cooperation stats dataset.json --json`

const countryName = (code: string) => findCountry(code)?.name ?? code

export function runStats(args: string[], out: (text: string) => void): number {
  const { values, positionals } = parseCommand(
    args,
    {
      "as-of": { type: "string" },
      "fiscal-year-start": { type: "string" },
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
  if (!isPartialDate(asOf) || asOf.length !== 10)
    throw new UsageError(`stats: --as-of must be a date such as 2024-12-31, not '${asOf}'`)
  const startText = stringOption(values, "fiscal-year-start") ?? "4"
  const fiscalYearStartMonth = Number(startText)
  if (!/^\d{1,2}$/.test(startText) || fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
    throw new UsageError(
      `stats: --fiscal-year-start must be a month from 1 to 12, not '${startText}'`,
    )
  }

  const file = positionals[0]
  let input: unknown = exampleDataset
  if (file !== undefined) {
    try {
      input = JSON.parse(readText(file))
    } catch (error) {
      if (error instanceof UsageError) throw error
      out(`${file} is not JSON: ${(error as Error).message}`)
      return 1
    }
  }
  const validated = validateDataset(input)
  if (!validated.ok) {
    const errors = validated.issues.filter((issue) => issue.severity === "error")
    out(
      `${file ?? "the dataset"} has ${errors.length} errors; run justice-cooperation validate for the list. First: ${errors[0]?.message}`,
    )
    return 1
  }
  const stats = computeStats(validated.dataset, asOf, fiscalYearStartMonth)
  if (values.json) {
    out(JSON.stringify({ source: file ?? "example dataset", ...stats }, null, 2))
    return 0
  }
  printStats(stats, file ?? "the example dataset drawn from the seed texts", out)
  return 0
}

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
    seats: participationsByCountry(dataset),
    alumni: alumniTotals(dataset),
    coverage: (dataset.frameworks ?? []).map((framework) => goalCoverage(framework, dataset)),
    pledges,
    programmesByFiscalYear: countByPeriod(dataset, {
      of: "programmes",
      period: "fiscal-year",
      fiscalYearStartMonth,
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
