// The DuckDB engine under justice-cooperation/duckdb: the optional peer loaded on first use,
// the kinds of files it reads, and the values it appends. I/O by design.

import { readFile, stat } from "node:fs/promises"
import { basename, extname } from "node:path"
import type { ColumnType, TableRow } from "../sql/tables.js"

/** The package this subpath runs on, loaded on first use only. */
const PACKAGE = "@duckdb/node-api"

// biome-ignore lint/suspicious/noExplicitAny: the optional peer's types are not required to build.
export type DuckModule = any

/** Loads the optional peer; without it, a one-line error naming the package. */
export async function loadDuckdb(): Promise<DuckModule> {
  try {
    return await import(PACKAGE)
  } catch (error) {
    throw new Error(
      `justice-cooperation/duckdb needs the package ${PACKAGE}: install it with npm install ${PACKAGE}`,
      { cause: error },
    )
  }
}

/** The kinds of file read: the library's JSON (a list, or one record a line), or flat tables. */
export type Kind = "json" | "ndjson" | "parquet" | "csv"

export function kindOf(file: string): Kind {
  const ext = extname(file).toLowerCase()
  if (ext === ".ndjson" || ext === ".jsonl") return "ndjson"
  if (ext === ".json") return "json"
  if (ext === ".parquet") return "parquet"
  if (ext === ".csv") return "csv"
  throw new Error(
    `duckdbStats: cannot read ${basename(file)}: use .ndjson, .jsonl, .json, .parquet or .csv`,
  )
}

/** Whether a file is a table of the flat schema (Parquet or CSV). */
export const isTableFile = (file: string | undefined): file is string =>
  file !== undefined && (kindOf(file) === "parquet" || kindOf(file) === "csv")

/** Reads the records of a JSON or NDJSON file (small files: programmes, groups, pledges). */
export async function readRecords(file: string, kind: Kind = kindOf(file)): Promise<unknown[]> {
  const text = await readFile(file, "utf8")
  if (kind === "json") {
    const value = JSON.parse(text)
    if (!Array.isArray(value)) throw new Error(`duckdbStats: ${basename(file)} is not a JSON list`)
    return value
  }
  const records: unknown[] = []
  for (const line of text.split("\n")) if (line.trim() !== "") records.push(JSON.parse(line))
  return records
}

export async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}

/** DuckDB's type of each column type of the flat schema. */
export const DUCK_TYPES: Record<ColumnType, string> = {
  text: "VARCHAR",
  integer: "BIGINT",
  double: "DOUBLE",
  boolean: "BOOLEAN",
}

/** A text literal: single quotes doubled. */
export const quoteText = (text: string) => `'${text.replaceAll("'", "''")}'`

// biome-ignore lint/suspicious/noExplicitAny: the appender of the optional peer.
export function appendValue(appender: any, value: TableRow[string], type: ColumnType): void {
  if (value === null) appender.appendNull()
  else if (type === "integer") appender.appendBigInt(BigInt(value as number))
  else if (type === "double") appender.appendDouble(value as number)
  else if (type === "boolean") appender.appendBoolean(value as boolean)
  else appender.appendVarchar(String(value))
}
