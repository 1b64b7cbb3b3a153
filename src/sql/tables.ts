// The flat table schema of docs/sql.md: one row per fact, every value text, a number, a
// boolean or NULL, so that any SQL engine (DuckDB, Postgres, BigQuery, Spark) and any file
// format (Parquet, CSV) can hold it. Pure: a dataset in, plain rows out.

import { listGroupings } from "../reference/groupings.js"
import type { Dataset } from "../schemas/dataset.js"
import type { Grouping } from "../schemas/grouping.js"
import type { StrategicFramework } from "../schemas/strategic-framework.js"

/**
 * One value of a flat table: text, a number, a boolean, or `null` for a missing value.
 *
 * @example
 * const value: TableValue = "UA"
 *
 * @category SQL
 */
export type TableValue = string | number | boolean | null

/**
 * One row of a flat table: column name → value.
 *
 * @example
 * const row: TableRow = { programme: "uncac-26", country: "UA", count: 4 }
 *
 * @category SQL
 */
export type TableRow = Record<string, TableValue>

/**
 * The column types of a flat table, for `CREATE TABLE` and for typed readers (CSV, JSON).
 *
 * @example
 * TABLE_COLUMNS.participations.status //=> "text"
 *
 * @category SQL
 */
export type ColumnType = "text" | "integer" | "double" | "boolean"

/**
 * Every table of the flat schema with its columns and their types, in the order `toTables`
 * writes them. Column and table names are lower case (no quoting needed in any engine); the
 * columns that would be reserved words are renamed (`group_id`, `member_from`).
 *
 * - `ordinal` is the record's position in its list in the dataset (0-based): of two records with
 *   the same id, the one with the smaller ordinal counts, as in the JS functions; child rows keep
 *   the position of their value in the list (goals and regions keep the framework's order).
 * - `extra` is the record's `extra` as JSON text, `null` without one.
 * - `groups` and `group_members` hold the dataset's groupings (`source` `dataset`) and then every
 *   reference grouping the dataset does not define (`source` `reference`): group ids resolve from
 *   the dataset first, then the reference, as in the JS functions.
 * - Reserved for the next version (DESIGN.md §7.1, §7.2): `framework_goal_themes` (a goal's
 *   `themes`, when frameworks have them) and `figures`, `figure_programmes`, `figure_by_country`
 *   (reported figures, when datasets have them). They are written when the data has them.
 *
 * @example
 * Object.keys(TABLE_COLUMNS.programmes).slice(0, 4) //=> ["ordinal", "id", "title", "kind"]
 *
 * @category SQL
 */
export const TABLE_COLUMNS = {
  programmes: {
    ordinal: "integer",
    id: "text",
    title: "text",
    kind: "text",
    status: "text",
    period_start: "text",
    period_end: "text",
    series_id: "text",
    series_session: "integer",
    mode: "text",
    venue_country: "text",
    venue_city: "text",
    budget_amount: "double",
    budget_currency: "text",
    budget_approximate: "boolean",
    reported_total: "integer",
    reported_countries: "integer",
    reported_approximate: "boolean",
    extra: "text",
  },
  programme_countries: { programme: "text", ordinal: "integer", country: "text" },
  programme_groups: { programme: "text", ordinal: "integer", group_id: "text" },
  programme_themes: { programme: "text", ordinal: "integer", theme: "text" },
  programme_goals: { programme: "text", ordinal: "integer", framework: "text", goal: "text" },
  programme_pledges: { programme: "text", ordinal: "integer", pledge: "text" },
  programme_organisations: {
    programme: "text",
    ordinal: "integer",
    organisation: "text",
    role: "text",
  },
  programme_sdg_targets: { programme: "text", ordinal: "integer", target: "text" },
  programme_dac_codes: { programme: "text", ordinal: "integer", code: "integer" },
  reported_by_country: { programme: "text", country: "text", count: "integer" },
  participants: {
    ordinal: "integer",
    id: "text",
    country: "text",
    name: "text",
    gender: "text",
    birth_year: "integer",
    organisation: "text",
    profession: "text",
    extra: "text",
  },
  participations: {
    ordinal: "integer",
    participant: "text",
    programme: "text",
    role: "text",
    status: "text",
    country: "text",
    completed_on: "text",
    extra: "text",
  },
  organisations: {
    ordinal: "integer",
    id: "text",
    name: "text",
    acronym: "text",
    type: "text",
    country: "text",
    extra: "text",
  },
  groups: { ordinal: "integer", id: "text", name: "text", source: "text", extra: "text" },
  group_members: {
    group_id: "text",
    group_ordinal: "integer",
    country: "text",
    member_from: "text",
    member_until: "text",
  },
  frameworks: {
    ordinal: "integer",
    id: "text",
    title: "text",
    adopted_on: "text",
    period_start: "text",
    period_end: "text",
    extra: "text",
  },
  framework_goals: {
    framework: "text",
    ordinal: "integer",
    goal: "text",
    title: "text",
    description: "text",
  },
  framework_goal_themes: {
    framework: "text",
    goal_ordinal: "integer",
    ordinal: "integer",
    theme: "text",
  },
  framework_regions: { framework: "text", ordinal: "integer", region: "text", name: "text" },
  framework_region_countries: {
    framework: "text",
    region_ordinal: "integer",
    country: "text",
  },
  framework_region_groups: { framework: "text", region_ordinal: "integer", group_id: "text" },
  framework_region_themes: {
    framework: "text",
    region_ordinal: "integer",
    ordinal: "integer",
    theme: "text",
  },
  figures: {
    ordinal: "integer",
    id: "text",
    metric: "text",
    value: "double",
    bound: "text",
    countries: "integer",
    scope_organisation: "text",
    scope_series: "text",
    as_of: "text",
    since: "text",
    extra: "text",
  },
  figure_programmes: { figure: "text", ordinal: "integer", programme: "text" },
  figure_by_country: { figure: "text", country: "text", count: "integer" },
} as const satisfies Record<string, Record<string, ColumnType>>

/**
 * The name of a table of the flat schema.
 *
 * @example
 * const name: TableName = "participations"
 *
 * @category SQL
 */
export type TableName = keyof typeof TABLE_COLUMNS

/**
 * The flat tables of a dataset: table name → rows.
 *
 * @example
 * const tables: Tables = toTables(dataset)
 * tables.participations.length
 *
 * @category SQL
 */
export type Tables = Record<TableName, TableRow[]>

const value = (v: unknown): TableValue =>
  v === undefined || v === null
    ? null
    : typeof v === "string" || typeof v === "number" || typeof v === "boolean"
      ? v
      : JSON.stringify(v)

const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v))

type Loose = Record<string, unknown>

/**
 * Turns a dataset into the flat tables of the SQL schema (docs/sql.md): one row per fact —
 * programmes and their countries, groups, themes, goal links, pledges, organisations, SDG
 * targets, DAC codes and reported figures per country; participants; participations;
 * organisations; groupings and their dated memberships (the dataset's, then the reference
 * groupings it does not define); frameworks with their goals, priority regions and the regions'
 * countries, groups and themes. No nested or map types: every value is text, a number, a boolean
 * or `null`, so any SQL engine can load the tables and `sqlFor`'s SQL can run over them.
 *
 * Nothing is dropped: every field of the model has a column or a table, and `extra` is kept as
 * JSON text. Pledges are not tabled (no SQL aggregation reads them). The dataset is not
 * validated here, nor modified: validate it first (`validateDataset`), as the SQL trusts it.
 *
 * @param dataset - A dataset (every list optional); not modified.
 * @returns Every table of {@link TABLE_COLUMNS}, each a list of rows (possibly empty).
 *
 * @example
 * const tables = toTables({ programmes: [uncac26] })
 * tables.reported_by_country //=> [{ programme: "uncac-26", country: "UA", count: 4 }]
 *
 * @category SQL
 */
export function toTables(dataset: Dataset): Tables {
  const tables = Object.fromEntries(
    Object.keys(TABLE_COLUMNS).map((name) => [name, [] as TableRow[]]),
  ) as Tables
  const push = (name: TableName, row: TableRow) => tables[name].push(row)

  ;(dataset.programmes ?? []).forEach((p, ordinal) => {
    const reported = p.reportedParticipants as Loose | undefined
    push("programmes", {
      ordinal,
      id: p.id,
      title: value(p.title),
      kind: value(p.kind),
      status: value(p.status),
      period_start: value(p.period?.start),
      period_end: value(p.period?.end),
      series_id: value(p.series?.id),
      series_session: value(p.series?.session),
      mode: value(p.mode),
      venue_country: value(p.venue?.country),
      venue_city: value(p.venue?.city),
      budget_amount: value(p.budget?.amount),
      budget_currency: value(p.budget?.currency),
      budget_approximate: value(p.budget?.approximate),
      reported_total: value(reported?.total),
      reported_countries: value(reported?.countries),
      reported_approximate: value(reported?.approximate),
      extra: json(p.extra),
    })
    const id = p.id
    ;(p.countries ?? []).forEach((country, k) => {
      push("programme_countries", { programme: id, ordinal: k, country })
    })
    ;(p.groups ?? []).forEach((group, k) => {
      push("programme_groups", { programme: id, ordinal: k, group_id: group })
    })
    ;(p.themes ?? []).forEach((theme, k) => {
      push("programme_themes", { programme: id, ordinal: k, theme })
    })
    ;(p.goals ?? []).forEach((link, k) => {
      push("programme_goals", {
        programme: id,
        ordinal: k,
        framework: link.framework,
        goal: link.goal,
      })
    })
    ;(p.pledges ?? []).forEach((pledge, k) => {
      push("programme_pledges", { programme: id, ordinal: k, pledge })
    })
    ;(p.organisations ?? []).forEach((o, k) => {
      push("programme_organisations", {
        programme: id,
        ordinal: k,
        organisation: o.organisation,
        role: o.role,
      })
    })
    ;(p.sdgTargets ?? []).forEach((target, k) => {
      push("programme_sdg_targets", { programme: id, ordinal: k, target })
    })
    ;(p.dacPurposeCodes ?? []).forEach((code, k) => {
      push("programme_dac_codes", { programme: id, ordinal: k, code })
    })
    const byCountry = reported?.byCountry as Record<string, number> | undefined
    if (byCountry !== undefined)
      for (const country of Object.keys(byCountry))
        push("reported_by_country", { programme: id, country, count: value(byCountry[country]) })
  })

  ;(dataset.participants ?? []).forEach((p, ordinal) => {
    push("participants", {
      ordinal,
      id: p.id,
      country: value(p.country),
      name: value(p.name),
      gender: value(p.gender),
      birth_year: value(p.birthYear),
      organisation: value(p.organisation),
      profession: value(p.profession),
      extra: json(p.extra),
    })
  })

  let ordinal = 0
  for (const p of dataset.participations ?? []) {
    push("participations", {
      ordinal: ordinal++,
      participant: value(p.participant),
      programme: value(p.programme),
      role: value(p.role),
      status: value(p.status),
      country: value(p.country),
      completed_on: value(p.completedOn),
      extra: json(p.extra),
    })
  }

  ;(dataset.organisations ?? []).forEach((o, k) => {
    push("organisations", {
      ordinal: k,
      id: o.id,
      name: value(o.name),
      acronym: value(o.acronym),
      type: value(o.type),
      country: value(o.country),
      extra: json(o.extra),
    })
  })

  groupRows(dataset.groups ?? [], tables)
  ;(dataset.frameworks ?? []).forEach((f, k) => {
    frameworkRows(f, k, tables)
  })

  // Reported figures (DESIGN.md §7.1), when the dataset has them.
  const figures = (dataset as Loose).figures
  if (Array.isArray(figures))
    figures.forEach((figure: Loose, k: number) => {
      const scope = (figure.scope ?? {}) as Loose
      push("figures", {
        ordinal: k,
        id: value(figure.id),
        metric: value(figure.metric),
        value: value(figure.value),
        bound: value(figure.bound),
        countries: value(figure.countries),
        scope_organisation: value(scope.organisation),
        scope_series: value(scope.series),
        as_of: value(figure.asOf),
        since: value(figure.since),
        extra: json(figure.extra),
      })
      const programmes = scope.programmes
      if (Array.isArray(programmes))
        programmes.forEach((programme, j) => {
          push("figure_programmes", {
            figure: value(figure.id),
            ordinal: j,
            programme: value(programme),
          })
        })
      const byCountry = figure.byCountry as Record<string, number> | undefined
      if (byCountry !== undefined && byCountry !== null)
        for (const country of Object.keys(byCountry))
          push("figure_by_country", {
            figure: value(figure.id),
            country,
            count: value(byCountry[country]),
          })
    })
  return tables
}

/** The groupings' rows: the dataset's, then every reference grouping it does not define. */
function groupRows(groups: readonly Grouping[], tables: Tables): void {
  const own = new Set(groups.map((g) => g.id))
  const all: [Grouping, string][] = [
    ...groups.map((g): [Grouping, string] => [g, "dataset"]),
    ...listGroupings()
      .filter((g) => !own.has(g.id))
      .map((g): [Grouping, string] => [g, "reference"]),
  ]
  all.forEach(([g, source], ordinal) => {
    tables.groups.push({ ordinal, id: g.id, name: value(g.name), source, extra: json(g.extra) })
    for (const m of g.members ?? [])
      tables.group_members.push({
        group_id: g.id,
        group_ordinal: ordinal,
        country: value(m.country),
        member_from: value(m.from),
        member_until: value(m.until),
      })
  })
}

/** A framework's rows: the framework, its goals (and their themes), regions and their parts. */
export function frameworkRows(f: StrategicFramework, ordinal: number, tables: Tables): void {
  const framework = f.id
  tables.frameworks.push({
    ordinal,
    id: framework,
    title: value(f.title),
    adopted_on: value(f.adoptedOn),
    period_start: value(f.period?.start),
    period_end: value(f.period?.end),
    extra: json(f.extra),
  })
  ;(f.goals ?? []).forEach((goal, k) => {
    tables.framework_goals.push({
      framework,
      ordinal: k,
      goal: goal.id,
      title: value(goal.title),
      description: value(goal.description),
    })
    const themes = (goal as Loose).themes
    if (Array.isArray(themes))
      themes.forEach((theme, j) => {
        tables.framework_goal_themes.push({
          framework,
          goal_ordinal: k,
          ordinal: j,
          theme: value(theme),
        })
      })
  })
  ;(f.priorityRegions ?? []).forEach((region, k) => {
    tables.framework_regions.push({
      framework,
      ordinal: k,
      region: region.id,
      name: value(region.name),
    })
    for (const country of region.countries ?? [])
      tables.framework_region_countries.push({ framework, region_ordinal: k, country })
    for (const group of region.groups ?? [])
      tables.framework_region_groups.push({ framework, region_ordinal: k, group_id: group })
    region.themes.forEach((theme, j) => {
      tables.framework_region_themes.push({ framework, region_ordinal: k, ordinal: j, theme })
    })
  })
}

/**
 * `CREATE TABLE` statements for every table of the flat schema, in the dialect's types
 * (`TEXT`, `BIGINT`, `DOUBLE` / `DOUBLE PRECISION`, `BOOLEAN`), separated by semicolons: run
 * them, then insert the rows of {@link toTables} (or load Parquet or CSV files into them).
 *
 * @param dialect - `"duckdb"` (default) or `"postgres"`.
 *
 * @example
 * createTablesSql("postgres").startsWith("CREATE TABLE programmes (") //=> true
 *
 * @category SQL
 */
export function createTablesSql(dialect: "duckdb" | "postgres" = "duckdb"): string {
  const types: Record<ColumnType, string> = {
    text: "TEXT",
    integer: "BIGINT",
    double: dialect === "postgres" ? "DOUBLE PRECISION" : "DOUBLE",
    boolean: "BOOLEAN",
  }
  return Object.entries(TABLE_COLUMNS)
    .map(
      ([table, columns]) =>
        `CREATE TABLE ${table} (${Object.entries(columns)
          .map(([column, type]) => `${column} ${types[type as ColumnType]}`)
          .join(", ")})`,
    )
    .join(";\n")
}
