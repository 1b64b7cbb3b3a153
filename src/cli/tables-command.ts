import { mkdir } from "node:fs/promises"
import { quote } from "../text/quote.js"
import { validateDataset } from "../validate/validate-dataset.js"
import { type CommandOptions, readArgs, stringOption, UsageError } from "./args.js"
import type { Command, Out } from "./command.js"
import { displayName, readBytes } from "./read.js"
import { readJsonBytes } from "./read-data.js"
import { findListFiles, isDirectory, LISTS } from "./stats/dir.js"

export const TABLES_HELP = `Usage: justice-cooperation tables INPUT --out DIR [options]

Writes the flat tables of the SQL schema (justice-cooperation/sql) as files, one per table: programmes,
programme_countries, programme_themes, …, participants, participations, groups,
group_members, frameworks and their parts. Read them with stats DIR --engine duckdb (much
faster than NDJSON), or load them into Postgres, BigQuery or Spark. INPUT is a JSON dataset
(validated first: a dataset with errors is not written, exit 1) or a directory of
programmes.*, participants.*, participations.* (groups.*, frameworks.*) as NDJSON or JSON,
read by DuckDB without holding the participations in memory. Needs the package
@duckdb/node-api.

Options:
  --out DIR                 the directory to write into (made when missing)
  --format parquet|csv      the file format (default parquet)
  -h, --help                show this help

Example:
  justice-cooperation tables data/ --out tables/
  justice-cooperation stats tables/ --engine duckdb`

const TABLES_OPTIONS: CommandOptions = {
  out: { type: "string", example: "tables/" },
  format: { type: "string", example: "parquet" },
}

async function runTables(args: string[], out: Out): Promise<number> {
  const parsed = readArgs("tables", args, TABLES_OPTIONS, TABLES_HELP, out)
  if (parsed === undefined) return 0
  const { values, positionals } = parsed
  const input = positionals[0]
  if (input === undefined || positionals.length > 1)
    throw new UsageError("tables: give one INPUT, a JSON dataset or a directory (see --help)")
  const dir = stringOption(values, "out")
  if (dir === undefined) throw new UsageError("tables: give --out DIR, where the tables go")
  const format = stringOption(values, "format") ?? "parquet"
  if (format !== "parquet" && format !== "csv")
    throw new UsageError(`tables: --format must be parquet or csv, not ${quote(format)}`)
  const { writeTables } = await import("../duckdb/index.js")
  await mkdir(dir, { recursive: true })
  let written: string[]
  if (await isDirectory(input)) {
    // Every list is looked for; the flat tables have no organisations, so theirs is not read.
    const found = await findListFiles(input, LISTS, [".ndjson", ".jsonl", ".json"])
    if (found.programmes === undefined)
      throw new UsageError(`tables: ${input} has no programmes.ndjson (or .jsonl, .json)`)
    written = await writeTables(
      {
        files: {
          programmes: found.programmes,
          participants: found.participants,
          participations: found.participations,
          groups: found.groups,
          figures: found.figures,
          pledges: found.pledges,
        },
        frameworks: found.frameworks,
      },
      dir,
      { format },
    )
  } else {
    const read = readJsonBytes(await readBytes(input))
    const validated = read.value === undefined ? undefined : validateDataset(read.value)
    const errors = [...read.issues, ...(validated?.issues ?? [])].filter(
      (issue) => issue.severity === "error",
    )
    if (validated === undefined || !validated.ok || errors.length > 0) {
      out(
        `${displayName(input)} has ${errors.length} ${errors.length === 1 ? "error" : "errors"}; run justice-cooperation validate for the list. First: ${errors[0]?.message}`,
      )
      return 1
    }
    written = await writeTables({ dataset: validated.dataset }, dir, { format })
  }
  out(`wrote ${written.length} tables (${format}) to ${dir}`)
  return 0
}

export const tablesCommand: Command = {
  name: "tables",
  synopsis: "INPUT --out DIR",
  summary: "write a dataset or NDJSON files as Parquet (or CSV) tables of the SQL schema",
  help: TABLES_HELP,
  run: runTables,
}
