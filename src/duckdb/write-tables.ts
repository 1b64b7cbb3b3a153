// writeTables: the flat tables of some data written as Parquet or CSV files. I/O by design.

import { join } from "node:path"
import type { Dataset } from "../schemas/dataset.js"
import { TABLE_COLUMNS, type TableName, toTables } from "../sql/tables.js"
import { quoteText } from "./engine.js"
import { type Loaded, load } from "./load.js"
import type { DuckdbFiles } from "./stats.js"

/**
 * What `writeTables` reads: a dataset already in memory, or files as `duckdbStats` reads them
 * (plus, optionally, a JSON or NDJSON file of strategic frameworks).
 *
 * @example
 * const input: TablesInput = { files: { programmes: "programmes.ndjson", participations: "participations.ndjson" } }
 *
 * @category DuckDB
 */
export type TablesInput =
  | { readonly dataset: Dataset }
  | { readonly files: DuckdbFiles; readonly frameworks?: string | undefined }

/**
 * Writes the flat tables of docs/sql.md as files, one per table (`programmes.parquet`,
 * `programme_themes.parquet`, …, every table, empty ones included), for the next run of
 * `duckdbStats` (much faster than NDJSON) and for other engines (Postgres, BigQuery, Spark).
 * NDJSON participations are read by DuckDB, never held in JavaScript.
 *
 * Needs the optional peer dependency `@duckdb/node-api`.
 *
 * @param input - `{ dataset }` or `{ files, frameworks? }`.
 * @param dir - The directory to write into (it must exist); files there of the same names are replaced.
 * @param options - `format`: `"parquet"` (default) or `"csv"` (with a header row; NULL as an empty field).
 * @returns The paths written, in the order of the schema.
 *
 * @example
 * await writeTables({ files: { programmes: "in/programmes.ndjson", participants: "in/participants.ndjson", participations: "in/participations.ndjson" } }, "out")
 * // then: duckdbStats({ programmes: "out/programmes.parquet", participants: "out/participants.parquet", participations: "out/participations.parquet", groups: "out/groups.parquet" })
 *
 * @category DuckDB
 */
export async function writeTables(
  input: TablesInput,
  dir: string,
  options?: { format?: "parquet" | "csv" },
): Promise<string[]> {
  const format = options?.format ?? "parquet"
  if (format !== "parquet" && format !== "csv")
    throw new TypeError(
      `writeTables: format '${String(format)}' is not known: use 'parquet' or 'csv'`,
    )
  let loaded: Loaded
  if ("dataset" in input) {
    // Every table empty, then the dataset's rows appended.
    loaded = await load(undefined)
    await loaded.append(toTables(input.dataset), Object.keys(TABLE_COLUMNS) as TableName[])
  } else {
    const { frameworks } = input
    loaded = await load(
      { ...input.files, ...(frameworks === undefined ? {} : { frameworks }) },
      true,
    )
  }
  const written: string[] = []
  try {
    for (const name of Object.keys(TABLE_COLUMNS) as TableName[]) {
      const file = join(dir, `${name}.${format}`)
      const order = "ordinal" in TABLE_COLUMNS[name] ? " ORDER BY ordinal" : ""
      await loaded.run(
        `COPY (SELECT * FROM ${name}${order}) TO ${quoteText(file)} (FORMAT ${format === "parquet" ? "parquet" : "csv, HEADER true"})`,
      )
      written.push(file)
    }
  } finally {
    loaded.close()
  }
  return written
}
