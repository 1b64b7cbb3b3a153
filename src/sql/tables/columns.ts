// The flat table schema of docs/sql.md: its tables, their columns and the columns' types. One
// row per fact, every value text, a number, a boolean or NULL, so that any SQL engine (DuckDB,
// Postgres, BigQuery, Spark) and any file format (Parquet, CSV) can hold it.

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
 * - `extra` is the record's `extra` as JSON text, `null` without one; `sources` (of figures
 *   and pledges) their sources as JSON text.
 * - `groups` and `group_members` hold the dataset's groupings (`source` `dataset`) and then every
 *   reference grouping the dataset does not define (`source` `reference`): group ids resolve from
 *   the dataset first, then the reference, as in the JS functions.
 * - `framework_goal_themes` holds a goal's `themes`; `figures`, `figure_programmes` and
 *   `figure_by_country` the reported figures (DESIGN.md §7.1); `pledges` and its
 *   `pledge_…` tables the pledges, their targets and fulfilments (read back by `duckdbStats`
 *   for `pledgeProgress` and `reportedFigures`, which run in JavaScript on them).
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
    sources: "text",
  },
  figure_programmes: { figure: "text", ordinal: "integer", programme: "text" },
  figure_by_country: { figure: "text", country: "text", count: "integer" },
  pledges: {
    ordinal: "integer",
    id: "text",
    title: "text",
    pledger: "text",
    announced_on: "text",
    occasion: "text",
    period_start: "text",
    period_end: "text",
    recipient_organisation: "text",
    extra: "text",
    sources: "text",
  },
  pledge_recipient_countries: { pledge: "text", ordinal: "integer", country: "text" },
  pledge_recipient_groups: { pledge: "text", ordinal: "integer", group_id: "text" },
  pledge_themes: { pledge: "text", ordinal: "integer", theme: "text" },
  pledge_targets: {
    pledge: "text",
    ordinal: "integer",
    target: "text",
    kind: "text",
    money_amount: "double",
    money_currency: "text",
    money_approximate: "boolean",
    metric: "text",
    value: "double",
    unit: "text",
    approximate: "boolean",
  },
  pledge_fulfilments: {
    pledge: "text",
    ordinal: "integer",
    target: "text",
    on_date: "text",
    kind: "text",
    money_amount: "double",
    money_currency: "text",
    money_approximate: "boolean",
    value: "double",
    source: "text",
  },
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
