// justice-cooperation/duckdb: the counting rules run by DuckDB (in process, through the
// optional peer dependency @duckdb/node-api) over NDJSON, Parquet or CSV files, with results
// identical to the JavaScript functions'. The engine runner does I/O by design; the SQL it runs
// is sqlFor's (src/sql).

import { readFile, stat } from "node:fs/promises"
import { basename, dirname, extname, join } from "node:path"
import type {
  AlumniTotalsOptions as AlumniOptions,
  AlumniTotals,
} from "../aggregate/alumni-totals.js"
import type { CountByPeriod, CountByPeriodOptions } from "../aggregate/count-by-period.js"
import type { DisaggregateOptions, DisaggregateRow } from "../aggregate/disaggregate.js"
import { AggregationError } from "../aggregate/errors.js"
import type { GoalCoverage, GoalCoverageOptions } from "../aggregate/goal-coverage.js"
import type {
  ParticipationsByCountry,
  ParticipationsByCountryOptions,
} from "../aggregate/participations-by-country.js"
import type { RollUp, RollUpOptions } from "../aggregate/roll-up.js"
import type { CountryCount, Dimension } from "../aggregate/types.js"
import { resolveGrouping } from "../reference/groupings.js"
import type { Dataset } from "../schemas/dataset.js"
import type { Grouping } from "../schemas/grouping.js"
import type { Programme } from "../schemas/programme.js"
import type { StrategicFramework } from "../schemas/strategic-framework.js"
import {
  alumniFromRows,
  coverageFromRows,
  crossTabFromRows,
  num,
  periodsFromRows,
  rollUpFromRows,
  seatsFromRows,
} from "../sql/results.js"
import { type SqlOptions, sqlFor } from "../sql/sql-for.js"
import {
  type ColumnType,
  createTablesSql,
  frameworkRows,
  TABLE_COLUMNS,
  type TableName,
  type TableRow,
  type Tables,
  toTables,
} from "../sql/tables.js"

/**
 * The files `duckdbStats` reads. Each is `.ndjson` / `.jsonl` (one record per line, as the
 * library's JSON), `.json` (a JSON list of records), `.parquet` or `.csv` (the flat schema of
 * docs/sql.md). For `.parquet` and `.csv`, the other tables of the flat schema are read from
 * files named after them next to the given one (`programme_themes.parquet` next to
 * `programmes.parquet`); a missing one is empty.
 *
 * @example
 * const files: DuckdbFiles = { programmes: "data/programmes.parquet", participations: "data/participations.parquet" }
 *
 * @category DuckDB
 */
export type DuckdbFiles = {
  readonly programmes: string
  readonly participants?: string | undefined
  readonly participations?: string | undefined
  readonly groups?: string | undefined
}

type Row = Record<string, unknown>

/**
 * What `duckdbStats` returns: the aggregations, run by DuckDB over the files, each returning
 * exactly what the JavaScript function of the same name returns on the same data, and `close`.
 *
 * @example
 * const stats: DuckdbStats = await duckdbStats({ programmes: "programmes.ndjson" })
 *
 * @category DuckDB
 */
export type DuckdbStats = {
  /** As `participationsByCountry(dataset, options)`. */
  participationsByCountry(
    options?: ParticipationsByCountryOptions,
  ): Promise<ParticipationsByCountry>
  /** As `alumniTotals(dataset, options)`. */
  alumniTotals(options?: AlumniOptions): Promise<AlumniTotals>
  /** As `countByPeriod(dataset, options)`. */
  countByPeriod(options: CountByPeriodOptions): Promise<CountByPeriod>
  /**
   * As `goalCoverage(framework, dataset, options)`; or, given a framework's id, of that framework
   * in the loaded tables (`frameworks.parquet` and its parts next to `programmes.parquet`).
   */
  goalCoverage(
    framework: StrategicFramework | string,
    options?: GoalCoverageOptions,
  ): Promise<GoalCoverage>
  /** As `disaggregate(dataset, options)`. */
  disaggregate<D extends Dimension>(options: DisaggregateOptions<D>): Promise<DisaggregateRow<D>[]>
  /** As `rollUp(rows, groups, options)`. */
  rollUp(
    rows: Iterable<CountryCount>,
    groups: readonly (string | Grouping)[],
    options?: RollUpOptions,
  ): Promise<RollUp>
  /** Runs any SQL on the loaded tables (the flat schema) and returns its rows as plain objects. */
  query(sql: string): Promise<Record<string, unknown>[]>
  /** Closes the connection and the in-memory database. */
  close(): Promise<void>
}

/** The package this subpath runs on, loaded on first use only. */
const PACKAGE = "@duckdb/node-api"

// biome-ignore lint/suspicious/noExplicitAny: the optional peer's types are not required to build.
type DuckModule = any

async function loadDuckdb(): Promise<DuckModule> {
  try {
    return await import(PACKAGE)
  } catch (error) {
    throw new Error(
      `justice-cooperation/duckdb needs the package ${PACKAGE}: install it with npm install ${PACKAGE}`,
      { cause: error },
    )
  }
}

type Kind = "json" | "ndjson" | "parquet" | "csv"

function kindOf(file: string): Kind {
  const ext = extname(file).toLowerCase()
  if (ext === ".ndjson" || ext === ".jsonl") return "ndjson"
  if (ext === ".json") return "json"
  if (ext === ".parquet") return "parquet"
  if (ext === ".csv") return "csv"
  throw new Error(
    `duckdbStats: cannot read ${basename(file)}: use .ndjson, .jsonl, .json, .parquet or .csv`,
  )
}

/** Reads the records of a JSON or NDJSON file (small files: programmes, groups). */
async function readRecords(file: string, kind: Kind): Promise<unknown[]> {
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

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
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
const FRAMEWORK_TABLES: TableName[] = [
  "frameworks",
  "framework_goals",
  "framework_goal_themes",
  "framework_regions",
  "framework_region_countries",
  "framework_region_groups",
  "framework_region_themes",
]

/** `read_json` column types of the library's JSON records, and their flat names. */
const JSON_COLUMNS = {
  participants: {
    id: ["id", "VARCHAR"],
    country: ["country", "VARCHAR"],
    name: ["name", "VARCHAR"],
    gender: ["gender", "VARCHAR"],
    birthYear: ["birth_year", "BIGINT"],
    organisation: ["organisation", "VARCHAR"],
    profession: ["profession", "VARCHAR"],
  },
  participations: {
    participant: ["participant", "VARCHAR"],
    programme: ["programme", "VARCHAR"],
    role: ["role", "VARCHAR"],
    status: ["status", "VARCHAR"],
    country: ["country", "VARCHAR"],
    completedOn: ["completed_on", "VARCHAR"],
  },
} as const

const DUCK_TYPES: Record<ColumnType, string> = {
  text: "VARCHAR",
  integer: "BIGINT",
  double: "DOUBLE",
  boolean: "BOOLEAN",
}

const quoteText = (text: string) => `'${text.replaceAll("'", "''")}'`

/** An in-memory DuckDB database holding the flat tables of some files. */
type Loaded = {
  run(sql: string): Promise<void>
  query(sql: string): Promise<Row[]>
  append(tables: Tables, names: readonly TableName[]): Promise<void>
  // biome-ignore lint/suspicious/noExplicitAny: the optional peer's connection.
  connection: any
  close(): void
}

/** Opens DuckDB and loads the files into the flat tables (views over Parquet and CSV). */
async function load(
  files: DuckdbFiles,
  frameworks?: string,
  empty = false,
  participationOrdinals = false,
): Promise<Loaded> {
  const duckdb = await loadDuckdb()
  const instance = await duckdb.DuckDBInstance.create(":memory:")
  const connection = await instance.connect()
  const run = async (sql: string) => {
    await connection.run(sql)
  }
  const query = async (sql: string): Promise<Row[]> => {
    const reader = await connection.runAndReadAll(sql)
    return reader.getRowObjectsJS() as Row[]
  }

  const append = async (tables: Tables, names: readonly TableName[]) => {
    for (const name of names) {
      const rows = tables[name]
      if (rows.length === 0) continue
      const columns = Object.entries(TABLE_COLUMNS[name]) as [string, ColumnType][]
      const appender = await connection.createAppender(name)
      for (const row of rows) {
        for (const [column, type] of columns) appendValue(appender, row[column] ?? null, type)
        appender.endRow()
      }
      appender.closeSync()
    }
  }

  try {
    for (const statement of createTablesSql("duckdb").split(";\n")) await run(statement)
    await run("CREATE TABLE country_counts (country VARCHAR, count DOUBLE)")

    /** Replaces a table by a view over its file (Parquet or CSV), when the file exists. */
    const viewOver = async (name: TableName, file: string, kind: Kind) => {
      if (!(await exists(file))) return false
      const columns = Object.entries(TABLE_COLUMNS[name]) as [string, ColumnType][]
      const reader =
        kind === "parquet"
          ? `read_parquet(${quoteText(file)})`
          : `read_csv(${quoteText(file)}, header = true, columns = {${columns
              .map(([c, t]) => `${quoteText(c)}: ${quoteText(DUCK_TYPES[t])}`)
              .join(", ")}})`
      await run(`DROP TABLE ${name}`)
      await run(
        `CREATE VIEW ${name} AS SELECT ${columns
          .map(([c, t]) => `CAST(${c} AS ${DUCK_TYPES[t]}) AS ${c}`)
          .join(", ")} FROM ${reader}`,
      )
      return true
    }

    const siblings = async (given: string, names: readonly TableName[]) => {
      const kind = kindOf(given)
      const ext = extname(given)
      for (const name of names) {
        const file = name === names[0] ? given : join(dirname(given), `${name}${ext}`)
        await viewOver(name, file, kind)
      }
    }

    if (empty) return loadedOf()
    // Programmes: JSON through toTables, or the flat tables in place.
    const programmeKind = kindOf(files.programmes)
    if (programmeKind === "json" || programmeKind === "ndjson") {
      const programmes = (await readRecords(files.programmes, programmeKind)) as Programme[]
      await append(toTables({ programmes }), PROGRAMME_TABLES)
    } else {
      await siblings(files.programmes, PROGRAMME_TABLES)
      // Frameworks written with the tables (frameworks.parquet and its parts), when there.
      const ext = extname(files.programmes)
      for (const name of FRAMEWORK_TABLES)
        await viewOver(name, join(dirname(files.programmes), `${name}${ext}`), programmeKind)
    }

    // Groups: the data's own (JSON, or the flat tables), and the reference groupings.
    if (
      files.groups !== undefined &&
      (kindOf(files.groups) === "parquet" || kindOf(files.groups) === "csv")
    ) {
      await siblings(files.groups, GROUP_TABLES)
      // Tables written by toTables already hold the reference groupings; add any missing.
      const present = new Set(
        (await query("SELECT DISTINCT id FROM groups")).map((r) => String(r.id)),
      )
      await run("ALTER VIEW groups RENAME TO data_groups")
      await run("ALTER VIEW group_members RENAME TO data_group_members")
      await run("CREATE TABLE groups AS SELECT * FROM data_groups")
      await run("CREATE TABLE group_members AS SELECT * FROM data_group_members")
      const offset = num(
        (await query("SELECT COALESCE(max(ordinal) + 1, 0) AS n FROM groups"))[0]?.n,
      )
      const reference = toTables({})
      const keep = new Set(
        reference.groups.filter((g) => !present.has(String(g.id))).map((g) => g.ordinal),
      )
      await append(
        {
          ...reference,
          groups: reference.groups
            .filter((g) => keep.has(g.ordinal))
            .map((g) => ({ ...g, ordinal: (g.ordinal as number) + offset })),
          group_members: reference.group_members
            .filter((m) => keep.has(m.group_ordinal))
            .map((m) => ({ ...m, group_ordinal: (m.group_ordinal as number) + offset })),
        },
        GROUP_TABLES,
      )
    } else {
      const groups =
        files.groups === undefined
          ? []
          : ((await readRecords(files.groups, kindOf(files.groups))) as Grouping[])
      await append(toTables({ groups }), GROUP_TABLES)
    }

    // Participants and participations: read by DuckDB.
    for (const name of ["participants", "participations"] as const) {
      const file = files[name]
      if (file === undefined) continue
      const kind = kindOf(file)
      if (kind === "parquet" || kind === "csv") {
        await viewOver(name, file, kind)
        continue
      }
      const spec = JSON_COLUMNS[name]
      const columns = Object.entries(spec)
        .map(([key, [, type]]) => `${quoteText(key)}: ${quoteText(type)}`)
        .join(", ")
      const select = Object.entries(spec)
        .map(([key, [flat]]) => `"${key}" AS ${flat}`)
        .join(", ")
      const format = kind === "json" ? "array" : "newline_delimited"
      // The position of each record (for "of two with the same id, the first counts"). No SQL
      // reads the position of a participation: numbering them (a window over every record,
      // which DuckDB cannot split across threads) is left to writeTables.
      const ordinal =
        name === "participants" || participationOrdinals
          ? "row_number() OVER () - 1"
          : "CAST(NULL AS BIGINT)"
      await run(
        `INSERT INTO ${name} BY NAME SELECT ${ordinal} AS ordinal, ${select} FROM read_json(${quoteText(file)}, format = '${format}', columns = {${columns}})`,
      )
    }
    if (frameworks !== undefined) {
      const list = (await readRecords(frameworks, kindOf(frameworks))) as StrategicFramework[]
      await append(toTables({ frameworks: list }), FRAMEWORK_TABLES)
    }
  } catch (error) {
    connection.closeSync()
    instance.closeSync?.()
    throw error
  }
  return loadedOf()

  function loadedOf(): Loaded {
    return {
      run,
      query,
      append,
      connection,
      close() {
        connection.closeSync()
        instance.closeSync?.()
      },
    }
  }
}

/**
 * Opens an in-memory DuckDB database over data files and returns the aggregations run there.
 * NDJSON participants and participations are read by DuckDB itself (`read_json`, into a table,
 * once); Parquet and CSV files of the flat schema are read in place (views), every time a
 * query runs; programmes and groups in JSON are read here and turned into the flat tables by
 * `toTables`. The reference groupings are always there (after the data's own).
 *
 * Every method returns exactly what the JavaScript function of the same name returns on the same
 * (valid) data, in the same order; options are those of the JavaScript function, except `where`
 * (a JavaScript predicate cannot run in SQL). Validate the data first: the SQL trusts it
 * (docs/sql.md lists what it does not check).
 *
 * Needs the optional peer dependency `@duckdb/node-api`; without it, a one-line error names it.
 *
 * @param files - The files: `programmes` (required), `participants`, `participations`, `groups`.
 * @returns The aggregations, `query` for your own SQL over the same tables, and `close`.
 *
 * @example
 * const stats = await duckdbStats({ programmes: "programmes.ndjson", participants: "participants.ndjson", participations: "participations.ndjson" })
 * const seats = await stats.participationsByCountry({ asOf: "2024-12-31" })
 * await stats.close()
 *
 * @category DuckDB
 */
export async function duckdbStats(files: DuckdbFiles): Promise<DuckdbStats> {
  if (typeof files !== "object" || files === null || typeof files.programmes !== "string")
    throw new TypeError(
      "duckdbStats: pass { programmes, participants?, participations?, groups? } with file paths",
    )
  const { run, query, append, connection, close } = await load(files)
  const rowsOf = (sql: string) => query(sql)
  const counting = (options: object | undefined) => ({ ...(options ?? {}) }) as SqlOptions

  return {
    query,
    async participationsByCountry(options) {
      return seatsFromRows(await rowsOf(sqlFor("participationsByCountry", counting(options))))
    },
    async alumniTotals(options) {
      return alumniFromRows(await rowsOf(sqlFor("alumniTotals", counting(options))))
    },
    async countByPeriod(options) {
      return periodsFromRows(await rowsOf(sqlFor("countByPeriod", counting(options))))
    },
    async goalCoverage(framework, options) {
      if (typeof framework === "string") {
        // A framework of the loaded tables (frameworks.parquet next to programmes.parquet).
        const rows = await rowsOf(
          sqlFor("goalCoverage", { ...counting(options), framework } as SqlOptions),
        )
        return coverageFromRows(framework, rows)
      }
      if (typeof framework !== "object" || framework === null)
        throw new AggregationError(
          "aggregate/invalid-option",
          "goalCoverage: pass a strategic framework with goals, or the id of one in the tables",
        )
      // The framework given replaces the frameworks of the tables.
      const kinds = await query(
        "SELECT table_name, table_type FROM information_schema.tables WHERE table_name LIKE 'framework%'",
      )
      for (const { table_name, table_type } of kinds)
        await run(`DROP ${table_type === "VIEW" ? "VIEW" : "TABLE"} ${String(table_name)}`)
      for (const statement of createTablesSql("duckdb").split(";\n"))
        if (FRAMEWORK_TABLES.some((name) => statement.startsWith(`CREATE TABLE ${name} (`)))
          await run(statement)
      const tables = toTables({})
      frameworkRows(framework, 0, tables)
      await append(tables, FRAMEWORK_TABLES)
      const rows = await rowsOf(
        sqlFor("goalCoverage", { ...counting(options), framework: framework.id } as SqlOptions),
      )
      return coverageFromRows(framework.id, rows)
    },
    async disaggregate<D extends Dimension>(options: DisaggregateOptions<D>) {
      const { order, ...sqlOptions } = (options ?? {}) as DisaggregateOptions<D>
      const sql = sqlFor("disaggregate", counting(sqlOptions) as SqlOptions)
      if ((options?.by as readonly string[] | undefined)?.includes("group"))
        await checkGroups(query, options?.groups)
      return crossTabFromRows(
        options?.by ?? [],
        await rowsOf(sql),
        options?.minCount ?? 0,
        order ?? "count",
      ) as unknown as DisaggregateRow<D>[]
    },
    async rollUp(rows, groups, options) {
      // Group ids resolve as the JavaScript rollUp resolves them: options.dataset's groups
      // first, then the reference groupings; each goes to the SQL whole.
      if (!Array.isArray(groups))
        throw new AggregationError(
          "aggregate/invalid-option",
          "rollUp: pass a list of group ids (such as 'ASEAN') or groupings",
        )
      const resolved = groups.map((g, k) => {
        if (typeof g !== "string") return g
        const grouping = resolveGrouping(g, options?.dataset?.groups)
        if (grouping === undefined)
          throw new AggregationError(
            "aggregate/unknown-group",
            `rollUp: group '${g}' (groups[${k}]) is neither in the dataset's groups nor a reference grouping`,
          )
        return grouping
      })
      await run("DELETE FROM country_counts")
      const appender = await connection.createAppender("country_counts")
      for (const row of rows) {
        appender.appendVarchar(String(row.country))
        appender.appendDouble(Number(row.count))
        appender.endRow()
      }
      appender.closeSync()
      const out = await rowsOf(
        sqlFor("rollUp", {
          groups: resolved,
          ...(options?.on === undefined ? {} : { on: options.on }),
        }),
      )
      return rollUpFromRows(out)
    },
    async close() {
      close()
    },
  }
}

/** Group ids named in options must resolve (as in the JavaScript functions). */
async function checkGroups(
  query: (sql: string) => Promise<Row[]>,
  groups: readonly (string | Grouping)[] | undefined,
): Promise<void> {
  if (groups === undefined) {
    const own = await query("SELECT count(*) AS n FROM groups WHERE source = 'dataset'")
    if (num(own[0]?.n) === 0)
      throw new AggregationError(
        "aggregate/invalid-option",
        "disaggregate: option groups is nothing: name the groupings of the 'group' dimension (ids such as 'ASEAN', or groupings), or give the dataset groups",
      )
    return
  }
  const ids = groups.filter((g): g is string => typeof g === "string")
  if (ids.length === 0) return
  const known = new Set(
    (
      await query(`SELECT DISTINCT id FROM groups WHERE id IN (${ids.map(quoteText).join(", ")})`)
    ).map((r) => String(r.id)),
  )
  ids.forEach((id, k) => {
    if (!known.has(id))
      throw new AggregationError(
        "aggregate/unknown-group",
        `disaggregate: group '${id}' (options.groups[${k}]) is neither in the dataset's groups nor a reference grouping`,
      )
  })
}

// biome-ignore lint/suspicious/noExplicitAny: the appender of the optional peer.
function appendValue(appender: any, value: TableRow[string], type: ColumnType): void {
  if (value === null) appender.appendNull()
  else if (type === "integer") appender.appendBigInt(BigInt(value as number))
  else if (type === "double") appender.appendDouble(value as number)
  else if (type === "boolean") appender.appendBoolean(value as boolean)
  else appender.appendVarchar(String(value))
}

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
    // An empty NDJSON-free start: every table empty, then the dataset's rows appended.
    loaded = await load({ programmes: "" }, undefined, true)
    await loaded.append(toTables(input.dataset), Object.keys(TABLE_COLUMNS) as TableName[])
  } else {
    loaded = await load(input.files, input.frameworks, false, true)
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
