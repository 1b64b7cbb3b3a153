// duckdbStats: the aggregations run by DuckDB over data files, each returning exactly what the
// JavaScript function of the same name returns. I/O by design; the SQL is sqlFor's (src/sql).

import type {
  AlumniTotalsOptions as AlumniOptions,
  AlumniTotals,
} from "../aggregate/alumni-totals.js"
import type { CountByPeriod, CountByPeriodOptions } from "../aggregate/count-by-period.js"
import type { DisaggregateOptions, DisaggregateRow } from "../aggregate/disaggregate.js"
import { AggregationError, invalidOption } from "../aggregate/errors.js"
import type { GoalCoverage, GoalCoverageOptions } from "../aggregate/goal-coverage.js"
import type {
  ParticipationsByCountry,
  ParticipationsByCountryOptions,
} from "../aggregate/participations-by-country.js"
import {
  createPledgeProgressAccumulator,
  PEOPLE_TRAINED,
  type PledgeProgress,
  type PledgeProgressOptions,
} from "../aggregate/pledge-progress.js"
import {
  type ReportedFigureRow,
  type ReportedFiguresFilter,
  reportedFigures,
} from "../aggregate/reported-figures.js"
import type { RollUp, RollUpOptions } from "../aggregate/roll-up.js"
import type { CountryCount, Dimension } from "../aggregate/types.js"
import type { Grouping } from "../schemas/grouping.js"
import type { Pledge } from "../schemas/pledge.js"
import type { Programme } from "../schemas/programme.js"
import type { StrategicFramework } from "../schemas/strategic-framework.js"
import { pledgeCompletionsSql, pledgeProgrammesSql } from "../sql/aggregations/pledge-trained.js"
import {
  alumniFromRows,
  coverageFromRows,
  crossTabFromRows,
  periodsFromRows,
  rollUpFromRows,
  seatsFromRows,
} from "../sql/results.js"
import { type SqlOptions, sqlFor } from "../sql/sql-for.js"
import { figuresFromTables, pledgesFromTables } from "../sql/tables/from-tables.js"
import { createTablesSql, frameworkRows, toTables } from "../sql/tables.js"
import { checkCoverageGroups, checkDisaggregateGroups, resolveRollUpGroups } from "./groups.js"
import { FIGURE_TABLES, FRAMEWORK_TABLES, type Loaded, load, PLEDGE_TABLES } from "./load.js"

/**
 * The files `duckdbStats` reads. Each is `.ndjson` / `.jsonl` (one record per line, as the
 * library's JSON), `.json` (a JSON list of records), `.parquet` or `.csv` (the flat schema of
 * docs/sql.md). For `.parquet` and `.csv`, the other tables of the flat schema are read from
 * files named after them next to the given one (`programme_themes.parquet` next to
 * `programmes.parquet`; `frameworks`, `figures` and `pledges` tables next to the programmes'
 * when not given); a missing one is empty.
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
  /** Strategic frameworks, for `goalCoverage` by id. */
  readonly frameworks?: string | undefined
  /** Reported figures, for `reportedFigures`. */
  readonly figures?: string | undefined
  /** Pledges, for `pledgeProgress` by id. */
  readonly pledges?: string | undefined
}

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
  /** As `reportedFigures(dataset, filter)`, over the loaded figures. */
  reportedFigures(filter?: ReportedFiguresFilter): Promise<ReportedFigureRow[]>
  /**
   * As `pledgeProgress(pledge, { ...options, dataset })`: a pledge, or the id of one in the loaded
   * pledges; its "people-trained" targets count the completions of the loaded participations.
   */
  pledgeProgress(
    pledge: Pledge | string,
    options: Omit<PledgeProgressOptions, "dataset">,
  ): Promise<PledgeProgress>
  /** Runs any SQL on the loaded tables (the flat schema) and returns its rows as plain objects. */
  query(sql: string): Promise<Record<string, unknown>[]>
  /** Closes the connection and the in-memory database. */
  close(): Promise<void>
}

const counting = (options: object | undefined) => ({ ...(options ?? {}) }) as SqlOptions

/** The rows of some tables, by name. */
async function tablesOf(
  query: Loaded["query"],
  names: readonly string[],
): Promise<Record<string, Record<string, unknown>[]>> {
  const out: Record<string, Record<string, unknown>[]> = {}
  for (const name of names) out[name] = await query(`SELECT * FROM ${name}`)
  return out
}

/**
 * Opens an in-memory DuckDB database over data files and returns the aggregations run there.
 * NDJSON participants and participations are read by DuckDB itself (`read_json`, into a table,
 * once); Parquet and CSV files of the flat schema are read in place (views), every time a
 * query runs; programmes, groups, frameworks, figures and pledges in JSON are read here and
 * turned into the flat tables by `toTables`. The reference groupings are always there (after the
 * data's own).
 *
 * Every method returns exactly what the JavaScript function of the same name returns on the same
 * (valid) data, in the same order, and refuses what it refuses (an unknown group id is the same
 * `aggregate/unknown-group`); options are those of the JavaScript function, except `where`
 * (a JavaScript predicate cannot run in SQL). Validate the data first: the SQL trusts it
 * (docs/sql.md lists what it does not check). `reportedFigures` and `pledgeProgress` run the
 * JavaScript functions on the loaded figures and pledges (small lists), the completions of a
 * pledge's programmes counted by DuckDB.
 *
 * Needs the optional peer dependency `@duckdb/node-api`; without it, a one-line error names it.
 *
 * @param files - The files: `programmes` (required), `participants`, `participations`, `groups`,
 *   `frameworks`, `figures`, `pledges`.
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

  return {
    query,
    async participationsByCountry(options) {
      return seatsFromRows(await query(sqlFor("participationsByCountry", counting(options))))
    },
    async alumniTotals(options) {
      return alumniFromRows(await query(sqlFor("alumniTotals", counting(options))))
    },
    async countByPeriod(options) {
      return periodsFromRows(await query(sqlFor("countByPeriod", counting(options))))
    },
    async goalCoverage(framework, options) {
      if (typeof framework !== "string") {
        if (typeof framework !== "object" || framework === null)
          throw new AggregationError(
            "aggregate/invalid-option",
            "goalCoverage: pass a strategic framework with goals, or the id of one in the tables",
          )
        // The framework given replaces the frameworks of the tables.
        await replaceFrameworks(run, query, append, framework)
      }
      const id = typeof framework === "string" ? framework : framework.id
      const sqlOptions = { ...counting(options), framework: id } as SqlOptions
      const sql = sqlFor("goalCoverage", sqlOptions)
      await checkCoverageGroups(query, sqlOptions)
      return coverageFromRows(id, await query(sql))
    },
    async disaggregate<D extends Dimension>(options: DisaggregateOptions<D>) {
      const { order, ...sqlOptions } = (options ?? {}) as DisaggregateOptions<D>
      const sql = sqlFor("disaggregate", counting(sqlOptions) as SqlOptions)
      if ((options?.by as readonly string[] | undefined)?.includes("group"))
        await checkDisaggregateGroups(query, options?.groups)
      return crossTabFromRows(
        options?.by ?? [],
        await query(sql),
        options?.minCount ?? 0,
        order ?? "count",
      ) as unknown as DisaggregateRow<D>[]
    },
    async rollUp(rows, groups, options) {
      // Group ids resolve as the JavaScript rollUp resolves them: options.dataset's groups
      // first, then the reference groupings; each goes to the SQL whole.
      const resolved = resolveRollUpGroups(groups, options?.dataset?.groups)
      await run("DELETE FROM country_counts")
      const appender = await connection.createAppender("country_counts")
      for (const row of rows) {
        appender.appendVarchar(String(row.country))
        appender.appendDouble(Number(row.count))
        appender.endRow()
      }
      appender.closeSync()
      const sql = sqlFor("rollUp", {
        groups: resolved,
        ...(options?.on === undefined ? {} : { on: options.on }),
      })
      return rollUpFromRows(await query(sql))
    },
    async reportedFigures(filter) {
      const figures = figuresFromTables((await tablesOf(query, FIGURE_TABLES)) as never)
      return reportedFigures({ figures }, filter)
    },
    async pledgeProgress(pledge, options) {
      let given = pledge
      if (typeof pledge === "string") {
        const pledges = pledgesFromTables((await tablesOf(query, PLEDGE_TABLES)) as never)
        const found = pledges.find((p) => p.id === pledge)
        if (found === undefined)
          throw invalidOption(
            "pledgeProgress",
            "pledge",
            pledge,
            "name a pledge of the loaded pledges",
          )
        given = found
      }
      return pledgeProgressOf(query, given as Pledge, options)
    },
    async close() {
      close()
    },
  }
}

/** Drops the frameworks tables (or views) and loads one framework's rows in their place. */
async function replaceFrameworks(
  run: Loaded["run"],
  query: Loaded["query"],
  append: Loaded["append"],
  framework: StrategicFramework,
): Promise<void> {
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
}

/**
 * pledgeProgress by its own accumulator: the programmes naming the pledge and their completions
 * come from DuckDB (one row per programme and completion date, added as many times as it
 * counts), so that the rule that dates and counts them is the JavaScript one.
 */
async function pledgeProgressOf(
  query: Loaded["query"],
  pledge: Pledge,
  options: Omit<PledgeProgressOptions, "dataset">,
): Promise<PledgeProgress> {
  const trains =
    typeof pledge === "object" &&
    pledge !== null &&
    Array.isArray(pledge.targets) &&
    typeof pledge.id === "string" &&
    pledge.targets.some((t) => t?.kind === "quantity" && t.metric === PEOPLE_TRAINED)
  const programmes: Programme[] = []
  if (trains)
    for (const row of await query(pledgeProgrammesSql(pledge.id)))
      programmes.push({
        id: String(row.id),
        status: row.status,
        period: {
          start: row.period_start,
          ...(row.period_end === null ? {} : { end: row.period_end }),
        },
        pledges: [pledge.id],
      } as Programme)
  const accumulator = createPledgeProgressAccumulator(pledge, {
    ...(options ?? {}),
    dataset: { programmes },
  } as PledgeProgressOptions)
  if (trains)
    for (const row of await query(pledgeCompletionsSql(pledge.id))) {
      const record = {
        participant: "",
        programme: String(row.programme),
        status: "completed" as const,
        ...(row.completed_on === null ? {} : { completedOn: String(row.completed_on) }),
      }
      for (let n = Number(row.n); n > 0; n--) accumulator.add(record)
    }
  return accumulator.result()
}
