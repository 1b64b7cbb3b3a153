import { formatISO } from "date-fns"
import { isPartialDate } from "../dates/partial-date.js"
import { exampleDataset } from "../reference/example-dataset.js"
import { quote } from "../text/quote.js"
import type { ValidationIssue } from "../validate/issue.js"
import { validateDataset } from "../validate/validate-dataset.js"
import { parseCommand, stringOption, UsageError } from "./args.js"
import type { Command, Out } from "./command.js"
import { displayName, readBytes } from "./read.js"
import { readJsonBytes } from "./read-data.js"
import { computeStats } from "./stats/compute.js"
import { isDirectory, runDirStats } from "./stats/dir.js"
import { printStats } from "./stats/print.js"

export const STATS_HELP = `Usage: justice-cooperation stats [FILE | DIR] [options]

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
  --engine js|duckdb        who counts: the JavaScript functions (default) or DuckDB (needs
                            the package @duckdb/node-api), for DIR only: a directory of
                            programmes.*, participants.*, participations.* (groups.*,
                            frameworks.*) as NDJSON, JSON, or Parquet/CSV (see tables --help)
  --json                    print the statistics as JSON
  -h, --help                show this help

Example:
  justice-cooperation stats --as-of 2018-12-31
  justice-cooperation stats dataset.json --json
  justice-cooperation stats data/ --engine duckdb`

async function runStats(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    {
      "as-of": { type: "string", example: "2024-12-31" },
      "fiscal-year-start": { type: "string", example: "4" },
      engine: { type: "string", example: "duckdb" },
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
  const engine = stringOption(values, "engine") ?? "js"
  if (engine !== "js" && engine !== "duckdb")
    throw new UsageError(`stats: --engine must be js or duckdb, not ${quote(engine)}`)
  if (file !== undefined && (await isDirectory(file)))
    return runDirStats(file, { asOf, fiscalYearStartMonth }, engine, Boolean(values.json), out)
  if (engine === "duckdb")
    throw new UsageError("stats: --engine duckdb reads a directory of files: give DIR, not a file")
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
  const stats = computeStats(validated.dataset, { asOf, fiscalYearStartMonth })
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

export const statsCommand: Command = {
  name: "stats",
  synopsis: "[FILE]",
  summary:
    "seats per country, alumni, goal coverage and pledge progress\n(no FILE: the example dataset drawn from the seed texts)",
  help: STATS_HELP,
  run: runStats,
}
