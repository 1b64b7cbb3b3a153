// `stats DIR`: the statistics of data kept as one file per list (programmes.*, participants.*,
// participations.*, groups.*, frameworks.*), computed by the JavaScript functions
// (`--engine js`, NDJSON/JSON only, validated first) or by DuckDB (`--engine duckdb`: NDJSON,
// JSON, Parquet or CSV of the flat schema, nothing held in JavaScript but programmes, groups and
// frameworks). Both give the same figures on valid data.

import { readFile, stat } from "node:fs/promises"
import { join } from "node:path"
import type { Dataset } from "../../schemas/dataset.js"
import { periodsFromRows } from "../../sql/results.js"
import { sqlFor } from "../../sql/sql-for.js"
import { withProgrammeCondition } from "../../sql/steps.js"
import { validateDataset } from "../../validate/validate-dataset.js"
import { UsageError } from "../args.js"
import { computeStats, type StatsOptions } from "./compute.js"
import { printStats } from "./print.js"

/** The lists of a dataset, each of which a data directory may hold as a file of its name. */
export const LISTS = [
  "programmes",
  "participants",
  "participations",
  "groups",
  "frameworks",
  "organisations",
  "pledges",
  "figures",
] as const
type List = (typeof LISTS)[number]
const EXTENSIONS = [".parquet", ".ndjson", ".jsonl", ".json", ".csv"]

/** Whether a path is a directory. */
export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}

/**
 * The first file of each list in `dir`, trying the extensions in order (`programmes.parquet`,
 * then `programmes.ndjson`, …); a list without a file is left out.
 */
export async function findListFiles<L extends string>(
  dir: string,
  lists: readonly L[],
  extensions: readonly string[],
): Promise<Partial<Record<L, string>>> {
  const found: Partial<Record<L, string>> = {}
  for (const list of lists) {
    for (const ext of extensions) {
      const file = join(dir, `${list}${ext}`)
      try {
        if ((await stat(file)).isFile()) {
          found[list] = file
          break
        }
      } catch {
        // not there: try the next extension
      }
    }
  }
  return found
}

/** The file of each list in DIR: the first of programmes.parquet, .ndjson, .jsonl, .json, .csv. */
async function findFiles(dir: string): Promise<Partial<Record<List, string>>> {
  const found = await findListFiles(dir, LISTS, EXTENSIONS)
  if (found.programmes === undefined)
    throw new UsageError(
      `stats: ${dir} has no programmes file: put programmes.ndjson (or .jsonl, .json, .parquet, .csv) there`,
    )
  return found
}

async function readJsonRecords(file: string): Promise<unknown[]> {
  const text = await readFile(file, "utf8")
  if (file.endsWith(".json")) {
    const value = JSON.parse(text)
    return Array.isArray(value) ? value : [value]
  }
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line))
}

/** What `stats DIR` computes: the statistics, or the errors of the data. */
export type DirStats =
  | { ok: true; stats: ReturnType<typeof computeStats> }
  | { ok: false; errors: { message: string }[] }

/**
 * The statistics of a directory, by the JavaScript functions or by DuckDB: the same figures,
 * pledges and reported figures included.
 */
export async function computeDirStats(
  dir: string,
  options: StatsOptions,
  engine: "js" | "duckdb",
): Promise<DirStats> {
  const files = await findFiles(dir)
  if (engine === "js") {
    const dataset: Record<string, unknown[]> = {}
    for (const list of LISTS) {
      const file = files[list]
      if (file === undefined) continue
      if (file.endsWith(".parquet") || file.endsWith(".csv"))
        throw new UsageError(
          `stats: ${file} is a table of the flat schema: read it with --engine duckdb`,
        )
      dataset[list] = await readJsonRecords(file)
    }
    const validated = validateDataset(dataset)
    const errors = validated.issues.filter((issue) => issue.severity === "error")
    if (!validated.ok || errors.length > 0) return { ok: false, errors }
    return { ok: true, stats: computeStats(validated.dataset as Dataset, options) }
  }

  const { duckdbStats } = await import("../../duckdb/index.js")
  const stats = await duckdbStats({
    programmes: files.programmes as string,
    participants: files.participants,
    participations: files.participations,
    groups: files.groups,
    frameworks: files.frameworks,
    figures: files.figures,
    pledges: files.pledges,
  })
  try {
    const { asOf, fiscalYearStartMonth } = options
    const ids = async (table: string) =>
      (await stats.query(`SELECT id FROM ${table} ORDER BY ordinal`)).map((row) => String(row.id))
    const coverage = []
    for (const framework of await ids("frameworks"))
      coverage.push(await stats.goalCoverage(framework, { asOf }))
    const pledges = []
    for (const pledge of await ids("pledges")) {
      try {
        pledges.push(await stats.pledgeProgress(pledge, { asOf }))
      } catch (error) {
        pledges.push({ pledge, error: (error as Error).message })
      }
    }
    // Programmes held: planned ones are left out, as computeStats's `where` leaves them out.
    const periods = withProgrammeCondition(
      sqlFor("countByPeriod", {
        of: "programmes",
        period: "fiscal-year",
        fiscalYearStartMonth,
        asOf,
      }),
      "Programmes held: planned ones are left out.",
      "COALESCE(p.status, '') <> 'planned'",
    )
    return {
      ok: true,
      stats: {
        asOf,
        seats: await stats.participationsByCountry({ asOf }),
        alumni: await stats.alumniTotals({ asOf }),
        reportedFigures: await stats.reportedFigures({ asOf }),
        coverage,
        pledges,
        programmesByFiscalYear: periodsFromRows(await stats.query(periods)),
        fiscalYearStartMonth,
      },
    }
  } finally {
    await stats.close()
  }
}

/** Runs `stats DIR` and prints as `stats FILE` does; exit 1 when the data has errors. */
export async function runDirStats(
  dir: string,
  options: StatsOptions,
  engine: "js" | "duckdb",
  json: boolean,
  out: (text: string) => void,
): Promise<number> {
  const result = await computeDirStats(dir, options, engine)
  if (!result.ok) {
    const n = result.errors.length
    out(
      `${dir} has ${n} ${n === 1 ? "error" : "errors"}; run justice-cooperation validate for the list. First: ${result.errors[0]?.message}`,
    )
    return 1
  }
  if (json) {
    out(JSON.stringify({ source: dir, ...result.stats }, null, 2))
    return 0
  }
  printStats(result.stats, dir, out)
  return 0
}
