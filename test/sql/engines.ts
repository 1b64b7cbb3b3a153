/** Test helpers: a dataset written as NDJSON files for duckdbStats, and loaded into PGlite. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { PGlite } from "@electric-sql/pglite"
import type { Dataset } from "../../src/index.js"
import { literal } from "../../src/sql/sql-for.js"
import { createTablesSql, type TableName, toTables } from "../../src/sql/tables.js"

export type DatasetFiles = {
  dir: string
  files: { programmes: string; participants: string; participations: string; groups: string }
  remove: () => void
}

/** Writes a dataset as the library's NDJSON, one file per list. */
export function writeNdjson(dataset: Dataset): DatasetFiles {
  const dir = mkdtempSync(join(tmpdir(), "jc-sql-"))
  const nd = (xs: readonly unknown[] | undefined) =>
    (xs ?? []).map((x) => JSON.stringify(x)).join("\n")
  const files = {
    programmes: join(dir, "programmes.ndjson"),
    participants: join(dir, "participants.ndjson"),
    participations: join(dir, "participations.ndjson"),
    groups: join(dir, "groups.ndjson"),
  }
  writeFileSync(files.programmes, nd(dataset.programmes))
  writeFileSync(files.participants, nd(dataset.participants))
  writeFileSync(files.participations, nd([...(dataset.participations ?? [])]))
  writeFileSync(files.groups, nd(dataset.groups))
  return { dir, files, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

const sqlValue = (v: unknown) =>
  v === null || v === undefined
    ? "NULL"
    : typeof v === "number"
      ? String(v)
      : typeof v === "boolean"
        ? String(v).toUpperCase()
        : literal(String(v))

/** One Postgres (PGlite) database with the flat schema, reloaded per dataset. */
export class Postgres {
  private db: PGlite | undefined

  async open(): Promise<PGlite> {
    if (this.db === undefined) {
      this.db = new PGlite()
      await this.db.exec(createTablesSql("postgres"))
    }
    return this.db
  }

  /** Empties every table and loads the dataset's flat tables. */
  async load(dataset: Dataset): Promise<void> {
    const db = await this.open()
    const tables = toTables(dataset)
    const statements: string[] = []
    for (const [name, rows] of Object.entries(tables) as [TableName, Record<string, unknown>[]][]) {
      statements.push(`DELETE FROM ${name}`)
      if (rows.length === 0) continue
      const columns = Object.keys(rows[0] as object)
      statements.push(
        `INSERT INTO ${name} (${columns.join(", ")}) VALUES ${rows
          .map((row) => `(${columns.map((c) => sqlValue(row[c])).join(", ")})`)
          .join(", ")}`,
      )
    }
    await db.exec(statements.join(";\n"))
  }

  async query(sql: string): Promise<Record<string, unknown>[]> {
    const db = await this.open()
    return (await db.query<Record<string, unknown>>(sql)).rows
  }

  async close(): Promise<void> {
    await this.db?.close()
  }
}
