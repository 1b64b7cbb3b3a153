// Opens an in-memory DuckDB database and loads files into the flat tables: views over Parquet
// and CSV tables, DuckDB's own read_json for NDJSON participants and participations, toTables
// for the small JSON lists (programmes, groups, frameworks, figures, pledges). I/O by design.

import { dirname, extname, join } from "node:path"
import type { Dataset } from "../schemas/dataset.js"
import { num } from "../sql/results.js"
import {
  type ColumnType,
  createTablesSql,
  TABLE_COLUMNS,
  type TableName,
  type Tables,
  toTables,
} from "../sql/tables.js"
import {
  appendValue,
  DUCK_TYPES,
  exists,
  isTableFile,
  type Kind,
  kindOf,
  loadDuckdb,
  quoteText,
  readRecords,
} from "./engine.js"
import type { DuckdbFiles } from "./stats.js"

/** The files read (`duckdbStats`'s): each the library's JSON or a flat table file. */
export type LoadFiles = DuckdbFiles

type Row = Record<string, unknown>

/** An in-memory DuckDB database holding the flat tables of some files. */
export type Loaded = {
  run(sql: string): Promise<void>
  query(sql: string): Promise<Row[]>
  append(tables: Tables, names: readonly TableName[]): Promise<void>
  // biome-ignore lint/suspicious/noExplicitAny: the optional peer's connection.
  connection: any
  close(): void
}

const PROGRAMME_TABLES: TableName[] = [
  "programmes",
  "programme_countries",
  "programme_groups",
  "programme_themes",
  "programme_goals",
  "programme_pledges",
  "programme_organisations",
  "programme_sdg_targets",
  "programme_dac_codes",
  "reported_by_country",
]
const GROUP_TABLES: TableName[] = ["groups", "group_members"]
export const FRAMEWORK_TABLES: TableName[] = [
  "frameworks",
  "framework_goals",
  "framework_goal_themes",
  "framework_regions",
  "framework_region_countries",
  "framework_region_groups",
  "framework_region_themes",
]
export const FIGURE_TABLES: TableName[] = ["figures", "figure_programmes", "figure_by_country"]
export const PLEDGE_TABLES: TableName[] = [
  "pledges",
  "pledge_recipient_countries",
  "pledge_recipient_groups",
  "pledge_themes",
  "pledge_targets",
  "pledge_fulfilments",
]
/** The small lists: JSON read here through toTables, or tables next to the given file. */
const LISTS = [
  ["programmes", PROGRAMME_TABLES],
  ["frameworks", FRAMEWORK_TABLES],
  ["figures", FIGURE_TABLES],
  ["pledges", PLEDGE_TABLES],
] as const

/**
 * `read_json` columns of the library's JSON records: per flat column (but `ordinal` and
 * `extra`), the record's field (`birth_year` is `birthYear`) and its DuckDB type.
 */
function jsonColumns(name: "participants" | "participations"): [string, string, string][] {
  return columnsOf(name)
    .filter(([column]) => column !== "ordinal" && column !== "extra")
    .map(([column, type]) => [
      column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()),
      DUCK_TYPES[type],
      column,
    ])
}

const columnsOf = (name: TableName) => Object.entries(TABLE_COLUMNS[name]) as [string, ColumnType][]

/** A view over a Parquet or CSV file of the flat schema, its columns cast to the schema's types. */
function viewSql(name: TableName, file: string, kind: Kind): string {
  const columns = columnsOf(name)
  const reader =
    kind === "parquet"
      ? `read_parquet(${quoteText(file)})`
      : `read_csv(${quoteText(file)}, header = true, columns = {${columns
          .map(([c, t]) => `${quoteText(c)}: ${quoteText(DUCK_TYPES[t])}`)
          .join(", ")}})`
  return `CREATE VIEW ${name} AS SELECT ${columns
    .map(([c, t]) => `CAST(${c} AS ${DUCK_TYPES[t]}) AS ${c}`)
    .join(", ")} FROM ${reader}`
}

/**
 * Opens DuckDB and loads the files into the flat tables. Every table of the schema is there
 * (empty when no file gives it). `participationOrdinals`: number the NDJSON participations (a
 * window over every record; no SQL of the counting rules reads it, writeTables keeps it).
 */
export async function load(
  files: LoadFiles | undefined,
  participationOrdinals = false,
): Promise<Loaded> {
  const duckdb = await loadDuckdb()
  const instance = await duckdb.DuckDBInstance.create(":memory:")
  const connection = await instance.connect()
  const run = async (sql: string) => {
    await connection.run(sql)
  }
  const query = async (sql: string): Promise<Row[]> =>
    (await connection.runAndReadAll(sql)).getRowObjectsJS() as Row[]
  const append = async (tables: Tables, names: readonly TableName[]) => {
    for (const name of names) {
      const rows = tables[name]
      if (rows.length === 0) continue
      const columns = columnsOf(name)
      const appender = await connection.createAppender(name)
      for (const row of rows) {
        for (const [column, type] of columns) appendValue(appender, row[column] ?? null, type)
        appender.endRow()
      }
      appender.closeSync()
    }
  }
  // A statement on a connection of its own, to run while this one appends.
  const runApart = async (sql: string) => {
    const apart = await instance.connect()
    try {
      await apart.run(sql)
    } finally {
      apart.closeSync()
    }
  }
  const loaded: Loaded = {
    run,
    query,
    append,
    connection,
    close() {
      connection.closeSync()
      instance.closeSync?.()
    },
  }
  try {
    if (files !== undefined) await fill(loaded, files, participationOrdinals, runApart)
    else await run(createTablesSql("duckdb"))
  } catch (error) {
    loaded.close()
    throw error
  }
  return loaded
}

/**
 * Loads the files: every statement that defines a table in one batch, then the rows: DuckDB
 * copies NDJSON participants and participations (each on a connection of its own) while the
 * small lists are read and appended here.
 */
async function fill(
  loaded: Loaded,
  files: LoadFiles,
  participationOrdinals: boolean,
  runApart: (sql: string) => Promise<void>,
) {
  const views = new Map<TableName, string>()
  const rows: Partial<Dataset> = {}
  const records: [string, string][] = []
  const viewOver = async (name: TableName, file: string, kind: Kind) => {
    if (await exists(file)) views.set(name, viewSql(name, file, kind))
  }
  /** Tables of the flat schema next to `given` (its siblings, named after them). */
  const siblings = async (given: string, names: readonly TableName[]) => {
    for (const name of names) {
      const file = name === names[0] ? given : join(dirname(given), `${name}${extname(given)}`)
      await viewOver(name, file, kindOf(given))
    }
  }
  for (const [list, names] of LISTS) {
    const file = files[list]
    if (file !== undefined && !isTableFile(file)) records.push([list, file])
    else if (file !== undefined) await siblings(file, names)
    // Tables written with the programmes' (frameworks.parquet … next to programmes.parquet).
    else if (isTableFile(files.programmes))
      await siblings(
        join(dirname(files.programmes), `${names[0]}${extname(files.programmes)}`),
        names,
      )
  }
  const groupTables = isTableFile(files.groups)
  if (groupTables) await siblings(files.groups as string, GROUP_TABLES)
  else if (files.groups !== undefined) records.push(["groups", files.groups])
  for (const name of ["participants", "participations"] as const) {
    const file = files[name]
    if (isTableFile(file)) await viewOver(name, file, kindOf(file))
  }

  // NDJSON participants and participations: read by DuckDB into tables of the file's columns
  // only (never held here), under the flat schema as views that add the columns a file never
  // gives (extra, and the ordinal of participations unless numbered): DuckDB stores a table
  // column by column, one value at a time, and a column of NULLs costs as much as any other.
  const tablesOfFiles: string[] = []
  const copies: string[] = []
  for (const name of ["participants", "participations"] as const) {
    const file = files[name]
    if (file === undefined || isTableFile(file)) continue
    const sql = ndjsonSql(name, file, name === "participants" || participationOrdinals)
    tablesOfFiles.push(sql.table)
    copies.push(sql.copy)
    views.set(name, sql.view)
  }

  // Data groups as views are renamed: the groups tables add the reference groupings after them.
  const renamed = (name: TableName) =>
    groupTables && GROUP_TABLES.includes(name) ? `data_${name}` : name
  const create = createTablesSql("duckdb").split(";\n")
  const names = Object.keys(TABLE_COLUMNS) as TableName[]
  await loaded.run(
    [
      ...tablesOfFiles,
      ...names.map((name, k) => {
        const view = views.get(name)
        return view === undefined
          ? create[k]
          : view.replace(`VIEW ${name} `, `VIEW ${renamed(name)} `)
      }),
      "CREATE TABLE country_counts (country VARCHAR, count DOUBLE)",
      ...(groupTables
        ? GROUP_TABLES.map((name) => `CREATE TABLE ${name} AS SELECT * FROM data_${name}`)
        : []),
    ].join(";\n"),
  )

  // Each copy stores its rows one at a time, on one core: they run in DuckDB's threads, each on
  // a connection of its own, while the small lists are read and appended here.
  const copying = Promise.allSettled(copies.map(runApart))
  const errors: unknown[] = []
  try {
    for (const [list, file] of records)
      (rows as Record<string, unknown>)[list] = await readRecords(file)
    await appendLists(
      loaded,
      rows,
      groupTables,
      names.filter((name) => !views.has(name) || (groupTables && GROUP_TABLES.includes(name))),
    )
  } catch (error) {
    errors.push(error)
  }
  // The copies are never left running (the database closes when loading fails).
  for (const copied of await copying) if (copied.status === "rejected") errors.push(copied.reason)
  if (errors.length > 0) throw errors[0]
}

/**
 * The small lists read as JSON, and the groupings (the data's, then the reference ones),
 * appended to the tables `names` (those not over a file; the groups tables are tables again).
 */
async function appendLists(
  loaded: Loaded,
  rows: Partial<Dataset>,
  groupTables: boolean,
  names: TableName[],
) {
  const tables = toTables(rows as Dataset)
  if (groupTables) {
    const present = new Set(
      (await loaded.query("SELECT DISTINCT id FROM groups")).map((r) => String(r.id)),
    )
    const offset = num(
      (await loaded.query("SELECT COALESCE(max(ordinal) + 1, 0) AS n FROM groups"))[0]?.n,
    )
    const keep = new Set(
      tables.groups.filter((g) => !present.has(String(g.id))).map((g) => g.ordinal),
    )
    tables.groups = tables.groups
      .filter((g) => keep.has(g.ordinal))
      .map((g) => ({ ...g, ordinal: (g.ordinal as number) + offset }))
    tables.group_members = tables.group_members
      .filter((m) => keep.has(m.group_ordinal))
      .map((m) => ({ ...m, group_ordinal: (m.group_ordinal as number) + offset }))
  }
  await loaded.append(tables, names)
}

/**
 * An NDJSON (or JSON list) file of participants or participations: the table `ndjson_<name>`
 * of its columns, the statement that copies them into it (`ordinal`: each record's position,
 * numbered in file order, for "of two with the same id, the first counts"), and the view
 * `<name>` of the flat schema over it.
 */
function ndjsonSql(name: "participants" | "participations", file: string, numbered: boolean) {
  const spec = jsonColumns(name)
  const columns = spec.map(([key, type]) => `${quoteText(key)}: ${quoteText(type)}`).join(", ")
  const format = kindOf(file) === "json" ? "array" : "newline_delimited"
  // Numbering is a window over every record, which DuckDB cannot split across threads; no SQL
  // of the counting rules reads the position of a participation, so only writeTables asks.
  const stored = [
    ...(numbered ? [["ordinal", "BIGINT"]] : []),
    ...spec.map(([, type, flat]) => [flat, type]),
  ]
  const table = `CREATE TABLE ndjson_${name} (${stored.map((c) => c.join(" ")).join(", ")})`
  const copy = `INSERT INTO ndjson_${name} SELECT ${numbered ? "row_number() OVER () - 1, " : ""}${spec
    .map(([key]) => `"${key}"`)
    .join(", ")} FROM read_json(${quoteText(file)}, format = '${format}', columns = {${columns}})`
  const view = `CREATE VIEW ${name} AS SELECT ${columnsOf(name)
    .map(([column, type]) =>
      column === "extra" || (column === "ordinal" && !numbered)
        ? `CAST(NULL AS ${DUCK_TYPES[type]}) AS ${column}`
        : column,
    )
    .join(", ")} FROM ndjson_${name}`
  return { table, copy, view }
}
