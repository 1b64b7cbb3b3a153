import { quote } from "../text/quote.js"
import { type CommandOptions, stringOption, UsageError } from "./args.js"
import type { Command, Out } from "./command.js"
import { loadValidDataset, readCountingArgs } from "./dataset-input.js"
import { applyDecisions, readDecisionsFile } from "./duplicates-command.js"
import { computeStats } from "./stats/compute.js"
import { CSV_TABLES, type CsvTable, statsCsv } from "./stats/csv.js"
import { isDirectory, runDirStats } from "./stats/dir.js"
import { printStats, printWidth } from "./stats/print.js"

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
  --decisions D.json        count on the dataset with the identity decisions of D.json
                            applied (records decided the same person counted once; see
                            justice-cooperation duplicates); an error in them stops
  --engine js|duckdb        who counts: the JavaScript functions (default) or DuckDB (needs
                            the package @duckdb/node-api), for DIR only: a directory of
                            programmes.*, participants.*, participations.* (groups.*,
                            frameworks.*) as NDJSON, JSON, or Parquet/CSV (see tables --help)
  --json                    print the statistics as JSON
  --csv TABLE               print one table as tidy CSV (a header row, one row per
                            observation): seats, alumni, programmes, goals, cells or pledges
  -h, --help                show this help

Example:
  justice-cooperation stats --as-of 2018-12-31
  justice-cooperation stats dataset.json --json
  justice-cooperation stats dataset.json --csv seats > seats.csv
  justice-cooperation stats data/ --engine duckdb`

const STATS_OPTIONS: CommandOptions = {
  decisions: { type: "string", example: "decisions.json" },
  engine: { type: "string", example: "duckdb" },
  json: { type: "boolean" },
  csv: { type: "string", example: "seats" },
}

async function runStats(args: string[], out: Out): Promise<number> {
  const parsed = readCountingArgs("stats", args, STATS_OPTIONS, STATS_HELP, out)
  if (parsed === undefined) return 0
  const { values, file, asOf, fiscalYearStartMonth } = parsed
  const csvTable = stringOption(values, "csv")
  if (csvTable !== undefined && !(CSV_TABLES as readonly string[]).includes(csvTable))
    throw new UsageError(
      `stats: --csv takes a table: ${CSV_TABLES.join(", ")}; not ${quote(csvTable)}`,
    )
  if (csvTable !== undefined && values.json)
    throw new UsageError("stats: give --json or --csv, not both")
  const engine = stringOption(values, "engine") ?? "js"
  if (engine !== "js" && engine !== "duckdb")
    throw new UsageError(`stats: --engine must be js or duckdb, not ${quote(engine)}`)
  if (file !== undefined && (await isDirectory(file))) {
    if (values.decisions !== undefined || csvTable !== undefined)
      throw new UsageError("stats: --decisions and --csv take a dataset FILE, not a DIR")
    return runDirStats(file, { asOf, fiscalYearStartMonth }, engine, Boolean(values.json), out)
  }
  if (engine === "duckdb")
    throw new UsageError("stats: --engine duckdb reads a directory of files: give DIR, not a file")
  const loaded = await loadValidDataset(file, out)
  if (loaded === undefined) return 1
  const decisionsFile = stringOption(values, "decisions")
  const identities =
    decisionsFile === undefined
      ? undefined
      : applyDecisions(loaded.dataset, await readDecisionsFile(decisionsFile, "stats"))
  if (identities !== undefined && identities.errors > 0) {
    out(identities.lines.join("\n"))
    return 1
  }
  const dataset = identities?.dataset ?? loaded.dataset
  const stats = computeStats(dataset, { asOf, fiscalYearStartMonth })
  if (csvTable !== undefined) {
    out(statsCsv(stats, csvTable as CsvTable))
    return 0
  }
  if (identities !== undefined && !values.json) out(identities.lines.join("\n"))
  if (values.json) {
    const identity = identities && { clusters: identities.clusters, issues: identities.issues }
    out(
      JSON.stringify(
        { source: file ?? "example dataset", ...stats, ...(identity && { identities: identity }) },
        null,
        2,
      ),
    )
    return 0
  }
  printStats(stats, loaded.source, out, printWidth(process.stdout.columns))
  return 0
}

export const statsCommand: Command = {
  name: "stats",
  synopsis: "[FILE | DIR]",
  summary:
    "seats per country, alumni, goal coverage and pledge progress\n(no FILE: the example dataset drawn from the seed texts)",
  help: STATS_HELP,
  run: runStats,
}
