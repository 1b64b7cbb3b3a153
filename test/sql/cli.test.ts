/**
 * The CLI on an engine: `stats DIR` gives the same figures with and without `--engine duckdb`,
 * from NDJSON and from the Parquet and CSV tables that `tables` writes; and duckdbStats over
 * those tables agrees with the JavaScript functions on generated datasets.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import fc from "fast-check"
import { afterAll, describe, expect, test } from "vitest"
import {
  alumniTotals,
  countByPeriod,
  disaggregate,
  goalCoverage,
  participationsByCountry,
  pledgeProgress,
} from "../../src/aggregate/index.js"
import { statsCommand } from "../../src/cli/stats-command.js"
import { tablesCommand } from "../../src/cli/tables-command.js"
import { duckdbStats, writeTables } from "../../src/duckdb/index.js"
import { exampleDataset } from "../../src/reference/index.js"
import {
  countingOptions,
  dataset as datasetArbitrary,
  framework,
} from "../aggregate/arbitraries.js"

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "jc-sql-cli-"))
  dirs.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

async function run(command: typeof statsCommand, args: string[]) {
  let text = ""
  const code = await command.run(args, (t) => {
    text += `${t}\n`
  })
  return { code, text }
}

/** The example dataset as a directory of NDJSON files, one per list. */
function exampleDir(): string {
  const dir = tempDir()
  const lists = [
    "organisations",
    "groups",
    "programmes",
    "participants",
    "participations",
    "pledges",
    "frameworks",
    "figures",
  ] as const
  for (const list of lists)
    writeFileSync(
      join(dir, `${list}.ndjson`),
      ((exampleDataset[list] ?? []) as unknown[]).map((r) => JSON.stringify(r)).join("\n"),
    )
  return dir
}

describe("stats DIR --engine duckdb", () => {
  test("gives the figures of the JavaScript path, as text and as JSON, from NDJSON, Parquet and CSV", async () => {
    const dir = exampleDir()
    const js = await run(statsCommand, [dir, "--as-of", "2025-12-31", "--json"])
    expect(js.code).toBe(0)
    const figures = JSON.parse(js.text)
    expect(figures.seats.total).toBeGreaterThan(0)
    // Pledge progress and reported figures are read from the directory on both paths.
    expect(figures.pledges.length).toBe(exampleDataset.pledges?.length)
    expect(figures.pledges.every((p: { targets?: unknown[] }) => p.targets !== undefined)).toBe(
      true,
    )
    expect(figures.reportedFigures.length).toBeGreaterThan(0)
    const duck = await run(statsCommand, [
      dir,
      "--as-of",
      "2025-12-31",
      "--json",
      "--engine",
      "duckdb",
    ])
    expect(duck).toEqual(js)
    const text = await run(statsCommand, [dir, "--as-of", "2025-12-31"])
    expect(await run(statsCommand, [dir, "--as-of", "2025-12-31", "--engine", "duckdb"])).toEqual(
      text,
    )

    for (const format of ["parquet", "csv"]) {
      const out = join(tempDir(), "tables")
      const written = await run(tablesCommand, [dir, "--out", out, "--format", format])
      expect(written).toEqual({ code: 0, text: `wrote 31 tables (${format}) to ${out}\n` })
      const fromTables = await run(statsCommand, [
        out,
        "--as-of",
        "2025-12-31",
        "--json",
        "--engine",
        "duckdb",
      ])
      expect({ ...JSON.parse(fromTables.text), source: dir }).toEqual(figures)
    }
  }, 120_000)

  test("a dataset file can be written as tables too, and --engine duckdb wants a directory", async () => {
    const dir = tempDir()
    const file = join(dir, "dataset.json")
    writeFileSync(file, JSON.stringify(exampleDataset))
    const out = join(dir, "tables")
    expect((await run(tablesCommand, [file, "--out", out])).code).toBe(0)
    const fromTables = await run(statsCommand, [
      out,
      "--as-of",
      "2025-12-31",
      "--json",
      "--engine",
      "duckdb",
    ])
    const fromFile = await run(statsCommand, [file, "--as-of", "2025-12-31", "--json"])
    // The file's pledges and reported figures are in the tables: the same figures.
    const fileStats = JSON.parse(fromFile.text)
    expect(fileStats.reportedFigures.length).toBeGreaterThan(0)
    expect(fileStats.pledges.length).toBeGreaterThan(0)
    expect({ ...JSON.parse(fromTables.text), source: file }).toEqual(fileStats)
    await expect(run(statsCommand, [file, "--engine", "duckdb"])).rejects.toThrow(
      "stats: --engine duckdb reads a directory of files: give DIR, not a file",
    )
    await expect(run(statsCommand, [dir, "--engine", "spark"])).rejects.toThrow(
      "stats: --engine must be js or duckdb, not 'spark'",
    )
  }, 120_000)
})

describe("stats DIR: pledges, reported figures and programmes held, on both engines", () => {
  test("a planned programme is not counted and people trained come from the records", async () => {
    const dir = exampleDir()
    // A planned programme: counted by neither engine in programmes by fiscal year.
    const planned = {
      ...(exampleDataset.programmes?.[0] as object),
      id: "planned-2025",
      status: "planned",
      period: { start: "2025-06-01", end: "2025-06-10" },
    }
    // Every programme also counts for a pledge with a "people-trained" target.
    const programmes = [...(exampleDataset.programmes ?? []), planned].map((p) => ({
      ...p,
      pledges: [...((p as { pledges?: string[] }).pledges ?? []), "ct-asia-2016"],
    }))
    writeFileSync(
      join(dir, "programmes.ndjson"),
      programmes.map((r) => JSON.stringify(r)).join("\n"),
    )
    // Participations (the example has none): completions dated by completedOn or the
    // programme's end, one only attended.
    const programme = (exampleDataset.programmes ?? [])[0]?.id as string
    const participants = ["a", "b", "c", "d"].map((id) => ({ id, country: "VN" }))
    const participations = [
      { participant: "a", programme, status: "completed", completedOn: "2024-11" },
      { participant: "b", programme, status: "completed" },
      { participant: "c", programme, status: "attended" },
      { participant: "d", programme, status: "completed", completedOn: "2024-11" },
    ]
    writeFileSync(
      join(dir, "participants.ndjson"),
      participants.map((r) => JSON.stringify(r)).join("\n"),
    )
    writeFileSync(
      join(dir, "participations.ndjson"),
      participations.map((r) => JSON.stringify(r)).join("\n"),
    )
    const args = [dir, "--as-of", "2025-12-31", "--json"]
    const jsRun = await run(statsCommand, args)
    expect(jsRun.code, jsRun.text).toBe(0)
    const js = JSON.parse(jsRun.text)
    const duck = JSON.parse((await run(statsCommand, [...args, "--engine", "duckdb"])).text)
    expect(duck).toEqual(js)
    const held = countByPeriod(exampleDataset, {
      of: "programmes",
      period: "fiscal-year",
      asOf: "2025-12-31",
      where: (p) => p.status !== "planned",
    })
    expect(js.programmesByFiscalYear).toEqual(held)
    // Some pledge counts people trained from the participations (not from its records alone).
    const fromRecordsOnly = (exampleDataset.pledges ?? []).map((pledge) =>
      pledgeProgress(pledge, { asOf: "2025-12-31" }),
    )
    expect(duck.pledges).not.toEqual(fromRecordsOnly)
  }, 120_000)
})

describe("duckdbStats over Parquet and CSV tables", () => {
  test("agrees with the JavaScript functions on generated datasets", async () => {
    await fc.assert(
      fc.asyncProperty(
        datasetArbitrary,
        countingOptions,
        framework,
        fc.constantFrom("parquet", "csv") as fc.Arbitrary<"parquet" | "csv">,
        async (dataset, options, fw, format) => {
          const dir = tempDir()
          await writeTables({ dataset: { ...dataset, frameworks: [fw] } }, dir, { format })
          const stats = await duckdbStats({
            programmes: join(dir, `programmes.${format}`),
            participants: join(dir, `participants.${format}`),
            participations: join(dir, `participations.${format}`),
            groups: join(dir, `groups.${format}`),
          })
          try {
            expect(await stats.participationsByCountry(options)).toEqual(
              participationsByCountry(dataset, options),
            )
            expect(await stats.alumniTotals(options)).toEqual(alumniTotals(dataset, options))
            const periods = { ...options, of: "participations", period: "fiscal-year" } as const
            expect(await stats.countByPeriod(periods)).toEqual(countByPeriod(dataset, periods))
            // The framework from the tables, by id.
            expect(await stats.goalCoverage("fw", options)).toEqual(
              goalCoverage(fw, dataset, options),
            )
            const cross = { ...options, by: ["theme", "gender"] as ("theme" | "gender")[] }
            expect(await stats.disaggregate(cross)).toEqual(disaggregate(dataset, cross))
          } finally {
            await stats.close()
          }
        },
      ),
      { seed: 1618, numRuns: 8 },
    )
  }, 240_000)

  test("a file of another kind is a one-line error naming what it reads", async () => {
    await expect(duckdbStats({ programmes: "data.xlsx" })).rejects.toThrow(
      "duckdbStats: cannot read data.xlsx: use .ndjson, .jsonl, .json, .parquet or .csv",
    )
  })
})
