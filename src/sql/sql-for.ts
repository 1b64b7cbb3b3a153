// The counting rules of DESIGN.md §6 (docs/counting-rules.md) as SQL over the flat tables of
// `toTables`, for DuckDB and Postgres. Pure: options in, SQL text out. Every value from the
// options is written as a quoted literal (quotes doubled), never pasted raw.

import { AggregationError } from "../aggregate/errors.js"
import { readFiscalYearStartMonth } from "../dates/fiscal-year.js"
import { firstDayOf, isPartialDate, lastDayOf } from "../dates/partial-date.js"
import type { Grouping } from "../schemas/grouping.js"

/**
 * The SQL dialects `sqlFor` writes.
 *
 * @example
 * const dialect: SqlDialect = "postgres"
 *
 * @category SQL
 */
export type SqlDialect = "duckdb" | "postgres"

/**
 * The aggregations `sqlFor` writes SQL for.
 *
 * @example
 * const aggregation: SqlAggregation = "alumniTotals"
 *
 * @category SQL
 */
export type SqlAggregation =
  | "participationsByCountry"
  | "alumniTotals"
  | "countByPeriod"
  | "goalCoverage"
  | "disaggregate"
  | "rollUp"

/**
 * The options of `sqlFor`: the dialect, and the aggregation's own options (docs/sql.md lists
 * which each takes). `where` (a JavaScript predicate) cannot become SQL: add a condition to the
 * `selected` step of the SQL yourself. `goalCoverage` takes the framework's id as `framework`;
 * `rollUp` its `groups` and, as `rows`, the table or subquery of `country`, `count` rows it sums
 * (default `country_counts`).
 *
 * @example
 * const options: SqlOptions = { dialect: "postgres", asOf: "2024-12-31", series: "unafei-itc" }
 *
 * @category SQL
 */
export type SqlOptions = {
  readonly dialect?: SqlDialect | undefined
  readonly series?: string | readonly string[] | undefined
  readonly kinds?: readonly string[] | undefined
  readonly themes?: readonly string[] | undefined
  readonly during?:
    | { readonly start?: string | undefined; readonly end?: string | undefined }
    | undefined
  readonly asOf?: string | undefined
  readonly seatCountry?: "participation" | "participant" | undefined
  /** `countByPeriod`: count programmes or their seats. */
  readonly of?: "programmes" | "participations" | "alumni" | undefined
  /** `countByPeriod`: calendar or fiscal years. */
  readonly period?: "year" | "fiscal-year" | undefined
  readonly fiscalYearStartMonth?: number | undefined
  readonly fill?: boolean | undefined
  /** `goalCoverage`: the framework's id (its rows in the `frameworks` tables). */
  readonly framework?: string | undefined
  /** `goalCoverage`: how programmes count for goals (see `GoalMatch`; `"links-and-themes"` by default). */
  readonly match?: "links" | "links-and-themes" | undefined
  /** `disaggregate`: the dimensions. */
  readonly by?: readonly string[] | undefined
  readonly minCount?: number | undefined
  /** `disaggregate` and `rollUp`: group ids (resolved in the `groups` table) or groupings. */
  readonly groups?: readonly (string | Grouping)[] | undefined
  /** `rollUp`: the date of membership. */
  readonly on?: string | undefined
  /** `rollUp`: the table or subquery of `country`, `count` rows (default `country_counts`). */
  readonly rows?: string | undefined
}

const KNOWN: Record<SqlAggregation, readonly string[]> = {
  participationsByCountry: [],
  alumniTotals: [],
  countByPeriod: ["of", "period", "fiscalYearStartMonth", "fill"],
  goalCoverage: ["framework", "match"],
  disaggregate: ["by", "of", "minCount", "groups", "fiscalYearStartMonth"],
  rollUp: ["groups", "on", "rows"],
}
const FILTER = ["series", "kinds", "themes", "during", "asOf", "seatCountry"]
const DIMENSIONS = ["country", "gender", "profession", "year", "fiscalYear", "theme", "group"]

function invalid(option: string, value: unknown, fix: string): never {
  let shown: string
  try {
    shown = typeof value === "string" ? `'${value}'` : String(JSON.stringify(value))
  } catch {
    shown = String(value)
  }
  throw new AggregationError(
    "aggregate/invalid-option",
    `sqlFor: option ${option} is ${shown.slice(0, 80)}: ${fix}`,
  )
}

/** A text literal: single quotes doubled (standard SQL; both dialects read it the same). */
export function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`
}

/** A date literal from a checked partial date read as its first or last day. */
function dateLiteral(date: string): string {
  return `DATE ${literal(date)}`
}

function texts(option: string, value: unknown): string[] {
  const list = typeof value === "string" ? [value] : value
  if (!Array.isArray(list) || !list.every((v) => typeof v === "string"))
    invalid(option, value, "pass a list of text values")
  return [...list]
}

/** `expression IN (…)`, or FALSE for an empty list (nothing matches). */
const isIn = (expression: string, values: readonly string[]) =>
  values.length === 0 ? "FALSE" : `${expression} IN (${values.map(literal).join(", ")})`

/**
 * SQL text: the first day of a partial date column (`"2024"` → 2024-01-01, `"2024-10"` →
 * 2024-10-01), as a DATE. NULL stays NULL.
 */
function firstDaySql(column: string): string {
  return `CAST(CASE length(${column}) WHEN 4 THEN ${column} || '-01-01' WHEN 7 THEN ${column} || '-01' ELSE ${column} END AS DATE)`
}

/**
 * SQL text: the last day of a partial date column (`"2024"` → 2024-12-31, `"2024-02"` →
 * 2024-02-29), as a DATE. NULL stays NULL.
 */
function lastDaySql(column: string): string {
  return `CASE length(${column}) WHEN 4 THEN CAST(${column} || '-12-31' AS DATE) WHEN 7 THEN CAST(CAST(${column} || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day' AS DATE) ELSE CAST(${column} AS DATE) END`
}

type Read = {
  dialect: SqlDialect
  series?: string[]
  kinds?: string[]
  themes?: string[]
  duringStart?: string
  duringEnd?: string
  asOf?: string
  seatCountry: "participation" | "participant"
  raw: Record<string, unknown>
}

function readOptions(aggregation: SqlAggregation, options: unknown): Read {
  if (options !== undefined && (typeof options !== "object" || options === null))
    invalid("options", options, "pass an object, or nothing")
  const raw: Record<string, unknown> = Object.create(null)
  for (const [k, v] of Object.entries(options ?? {})) if (v !== undefined) raw[k] = v
  const known = ["dialect", ...(aggregation === "rollUp" ? [] : FILTER), ...KNOWN[aggregation]]
  for (const name of Object.keys(raw)) {
    if (name === "where")
      invalid(
        "where",
        "a function",
        "a JavaScript predicate cannot run in SQL: add a condition to the `selected` step of the SQL",
      )
    if (!known.includes(name))
      throw new AggregationError(
        "aggregate/unknown-option",
        `sqlFor: ${aggregation} has no option '${name}': use ${known.map((k) => `'${k}'`).join(", ")}`,
      )
  }
  const dialect = raw.dialect ?? "duckdb"
  if (dialect !== "duckdb" && dialect !== "postgres")
    invalid("dialect", dialect, "use 'duckdb' (default) or 'postgres'")
  const date = (option: string, value: unknown): string => {
    if (!isPartialDate(value)) invalid(option, value, "use a date YYYY, YYYY-MM or YYYY-MM-DD")
    return value
  }
  const read: Read = {
    dialect,
    seatCountry: "participation",
    raw,
  }
  if (raw.series !== undefined) read.series = texts("series", raw.series)
  if (raw.kinds !== undefined) read.kinds = texts("kinds", raw.kinds)
  if (raw.themes !== undefined) read.themes = texts("themes", raw.themes)
  if (raw.during !== undefined) {
    const during = raw.during as Record<string, unknown>
    if (typeof during !== "object" || during === null)
      invalid("during", during, "pass { start?, end? } with partial dates")
    for (const name of Object.keys(during))
      if (name !== "start" && name !== "end")
        throw new AggregationError(
          "aggregate/unknown-option",
          `sqlFor: during has no '${name}': use 'start', 'end'`,
        )
    if (during.start !== undefined) read.duringStart = date("during.start", during.start)
    if (during.end !== undefined) read.duringEnd = date("during.end", during.end)
  }
  if (raw.asOf !== undefined) read.asOf = date("asOf", raw.asOf)
  if (raw.seatCountry !== undefined) {
    if (raw.seatCountry !== "participation" && raw.seatCountry !== "participant")
      invalid("seatCountry", raw.seatCountry, "use 'participation' (default) or 'participant'")
    read.seatCountry = raw.seatCountry
  }
  if (raw.on !== undefined) date("on", raw.on)
  return read
}

/** ORDER BY for a text key: byte order, which for these keys is code-unit order. */
function textOrder(dialect: SqlDialect, expression: string): string {
  return dialect === "postgres" ? `${expression} COLLATE "C"` : expression
}

// ——— Shared steps (CTEs) ———————————————————————————————————————————————————————————————

/** The programmes with their first and last day, and the ones that count (held, selected). */
function programmeSteps(read: Read): string {
  const conditions = [
    "-- Rule: a cancelled or postponed programme was not held: nothing of it counts.",
    "COALESCE(p.status, '') NOT IN ('cancelled', 'postponed')",
  ]
  if (read.series !== undefined)
    conditions.push(
      "-- Option series: the programme's series is one of these.",
      isIn("p.series_id", read.series),
    )
  if (read.kinds !== undefined) conditions.push("-- Option kinds.", isIn("p.kind", read.kinds))
  if (read.themes !== undefined)
    conditions.push(
      "-- Option themes: at least one theme in common.",
      `EXISTS (SELECT 1 FROM programme_themes t WHERE t.programme = p.id AND ${isIn("t.theme", read.themes)})`,
    )
  if (read.duringEnd !== undefined)
    conditions.push(
      "-- Option during.end: the programme starts by its last day.",
      `p.first_day <= ${dateLiteral(lastDayOf(read.duringEnd))}`,
    )
  if (read.duringStart !== undefined)
    conditions.push(
      "-- Option during.start: the programme ends on or after its first day (no end: open).",
      `(p.last_day IS NULL OR p.last_day >= ${dateLiteral(firstDayOf(read.duringStart))})`,
    )
  if (read.asOf !== undefined)
    conditions.push(
      "-- Option asOf (its last day): programmes that start after it are left out.",
      `p.first_day <= ${dateLiteral(lastDayOf(read.asOf))}`,
    )
  const where = conditions
    .map((c, k) => (c.startsWith("--") ? `    ${c}` : `    ${k > 1 ? "AND " : ""}${c}`))
    .join("\n")
  return `programme AS (
  -- Of two programmes with the same id, the first (smallest ordinal) counts.
  -- A partial start means its first day, a partial end its last day (no end: open-ended).
  SELECT id, status, kind, series_id, period_start, reported_total, reported_approximate,
    ${firstDaySql("period_start")} AS first_day,
    ${lastDaySql("period_end")} AS last_day
  FROM (
    SELECT programmes.*, row_number() OVER (PARTITION BY id ORDER BY ordinal) AS nth
    FROM programmes
  ) numbered
  WHERE nth = 1
),
selected AS (
  -- The programmes that count: held, and chosen by the options.
  SELECT p.* FROM programme p
  WHERE
${where}
)`
}

/** The participants, the first of each id. */
const participantStep = `participant AS (
  -- Of two participants with the same id, the first (smallest ordinal) counts.
  SELECT id, country, gender, profession FROM (
    SELECT participants.*, row_number() OVER (PARTITION BY id ORDER BY ordinal) AS nth
    FROM participants
  ) numbered
  WHERE nth = 1
)`

const COUNTED = `COALESCE(pa.role, 'participant') = 'participant' AND pa.status IN ('attended', 'completed')`

/** Per programme: whether it has any participation record, and its counted participations. */
const recordStep = `records AS (
  -- Rule (seats of a programme): a programme with any participation record at all — of any
  -- role or status — counts its records; its reported figures are then not used.
  -- Rule (counted participation): role participant (the default), status attended or completed.
  SELECT pa.programme,
    count(*) AS records,
    sum(CASE WHEN ${COUNTED} THEN 1 ELSE 0 END) AS seats
  FROM participations pa
  GROUP BY pa.programme
)`

/** Per selected programme without records: its reported seats. */
const reportedStep = `reported AS (
  -- Rule (seats of a programme): a programme without records counts its reported figures:
  -- reportedParticipants.byCountry (counts above 0) per country, and total minus their sum as
  -- unattributed (never below 0).
  SELECT s.id AS programme, r.country, r.count
  FROM selected s
  JOIN reported_by_country r ON r.programme = s.id
  WHERE r.count > 0 AND NOT EXISTS (SELECT 1 FROM records x WHERE x.programme = s.id)
  UNION ALL
  SELECT s.id, NULL, GREATEST(0, s.reported_total - COALESCE(
    (SELECT sum(r.count) FROM reported_by_country r WHERE r.programme = s.id AND r.count > 0), 0))
  FROM selected s
  WHERE s.reported_total IS NOT NULL AND NOT EXISTS (SELECT 1 FROM records x WHERE x.programme = s.id)
)`

/** Per selected programme: its seats (records, or reported figures unattributed included). */
const seatsPerProgrammeStep = `programme_seats AS (
  SELECT s.id,
    CASE WHEN rc.programme IS NOT NULL THEN rc.seats
      ELSE COALESCE((SELECT sum(r.count) FROM reported r WHERE r.programme = s.id), 0) END AS seats
  FROM selected s
  LEFT JOIN records rc ON rc.programme = s.id
)`

/** The country of a seat, by `seatCountry`. */
function seatCountrySql(read: Read): string {
  return read.seatCountry === "participant"
    ? "-- Option seatCountry 'participant': the participant's home country.\n    pt.country"
    : "-- Rule: the country the participation represents, else the participant's home country.\n    COALESCE(pa.country, pt.country)"
}

/** Group memberships as days; group ids resolve to the first grouping of that id. */
const memberStep = `member AS (
  -- A group id means the first grouping of that id in the groups table: the dataset's own,
  -- then the reference groupings. Membership spans are inclusive: from its first day until
  -- its last day; a missing bound is open.
  SELECT m.group_id, m.country,
    ${firstDaySql("m.member_from")} AS first_day,
    ${lastDaySql("m.member_until")} AS last_day
  FROM group_members m
  JOIN (SELECT id, min(ordinal) AS ordinal FROM groups GROUP BY id) g
    ON g.id = m.group_id AND g.ordinal = m.group_ordinal
)`

function header(aggregation: SqlAggregation, read: Read, extra = ""): string {
  const options = Object.entries(read.raw)
    .filter(([k]) => k !== "dialect")
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join(", ")
  return `-- ${aggregation}${options === "" ? "" : ` (${options})`}, ${read.dialect} dialect.
-- Generated by justice-cooperation sqlFor over the flat tables of toTables (docs/sql.md).
-- The rules are those of docs/counting-rules.md; each step names the one it applies.${extra}
`
}

// ——— participationsByCountry ————————————————————————————————————————————————————————————

function participationsByCountrySql(read: Read): string {
  return `${header("participationsByCountry", read, "\n-- Rows: country, count, approximate (the same on every row); the row with a NULL country holds\n-- the unattributed seats.")}WITH
${programmeSteps(read)},
${participantStep},
${recordStep},
${reportedStep},
seat AS (
  -- Each counted participation of a selected programme is one seat.
  SELECT
    ${seatCountrySql(read)} AS country
  FROM participations pa
  JOIN selected s ON s.id = pa.programme
  LEFT JOIN participant pt ON pt.id = pa.participant
  WHERE ${COUNTED}
),
every_seat AS (
  SELECT country, count(*) AS count FROM seat GROUP BY country
  UNION ALL
  SELECT country, count FROM reported
  UNION ALL
  -- The unattributed row is always there, 0 when nothing is unattributed.
  SELECT NULL, 0
),
approximate AS (
  -- Rule (approximate): some seat counted came from reported figures marked approximate.
  SELECT count(*) > 0 AS approximate
  FROM reported r JOIN selected sp ON sp.id = r.programme
  WHERE r.count > 0 AND sp.reported_approximate IS TRUE
)
SELECT country, CAST(sum(count) AS BIGINT) AS count, a.approximate
FROM every_seat CROSS JOIN approximate a
GROUP BY country, a.approximate
-- Only countries with a count above zero (and the unattributed row).
HAVING sum(count) > 0 OR country IS NULL
ORDER BY country IS NULL, count DESC, ${textOrder(read.dialect, "country")}`
}

// ——— alumniTotals ———————————————————————————————————————————————————————————————————————

/** SQL condition: the completion is dated on or before `asOf` (completedOn, else the programme's end). */
function completedByAsOf(read: Read, programme = "s"): string {
  if (read.asOf === undefined) return ""
  return `
    -- Option asOf: a completion counts only when dated on or before it: completedOn (its last
    -- day), else the programme's end (its last day); an undated completion does not count.
    AND COALESCE(${lastDaySql("pa.completed_on")}, ${programme}.last_day) <= ${dateLiteral(lastDayOf(read.asOf))}`
}

function alumniTotalsSql(read: Read): string {
  return `${header("alumniTotals", read, "\n-- Rows: country, count (alumni per home country).")}WITH
${programmeSteps(read)},
${participantStep},
alumnus AS (
  -- Rule (alumnus): a known participant with at least one counted participation of status
  -- completed; counted once, under the participant's own country.
  SELECT DISTINCT pt.id, pt.country
  FROM participations pa
  JOIN selected s ON s.id = pa.programme
  JOIN participant pt ON pt.id = pa.participant
  WHERE COALESCE(pa.role, 'participant') = 'participant' AND pa.status = 'completed'${completedByAsOf(read)}
)
SELECT country, CAST(count(*) AS BIGINT) AS count
FROM alumnus
GROUP BY country
ORDER BY count DESC, ${textOrder(read.dialect, "country")}`
}

// ——— countByPeriod ——————————————————————————————————————————————————————————————————————

function periodYearSql(fiscal: boolean, startMonth: number): string {
  const year = "CAST(substr(s.period_start, 1, 4) AS INTEGER)"
  if (!fiscal) return year
  return `CASE
      -- Rule: a year-only start has no fiscal year unless it starts in January (undetermined).
      WHEN length(s.period_start) = 4 THEN ${startMonth === 1 ? year : "NULL"}
      -- Fiscal years are named by the year they start in (month ${startMonth}).
      WHEN CAST(substr(s.period_start, 6, 2) AS INTEGER) >= ${startMonth} THEN ${year}
      ELSE ${year} - 1
    END`
}

function countByPeriodSql(read: Read): string {
  const { of, period, fill } = read.raw
  if (of !== "programmes" && of !== "participations")
    invalid("of", of, "use 'programmes' or 'participations'")
  if (period !== "year" && period !== "fiscal-year")
    invalid("period", period, "use 'year' or 'fiscal-year'")
  const startMonth = checkMonth(read.raw.fiscalYearStartMonth ?? 4)
  if (fill !== undefined && typeof fill !== "boolean") invalid("fill", fill, "use true or false")
  const fiscal = period === "fiscal-year"
  const label = (y: string) => `${fiscal ? "'FY' || " : ""}lpad(CAST(${y} AS TEXT), 4, '0')`
  const seats = of === "participations"
  const steps = [
    programmeSteps(read),
    ...(seats ? [recordStep, reportedStep, seatsPerProgrammeStep] : []),
    `placed AS (
  -- Rule: each programme (or its seats) is placed by its programme's start.
  SELECT ${periodYearSql(fiscal, startMonth)} AS year,
    ${seats ? "ps.seats" : "1"} AS count -- ${seats ? "its seats, unattributed included" : "each programme once"}
  FROM selected s${seats ? "\n  JOIN programme_seats ps ON ps.id = s.id" : ""}
)`,
    `per_year AS (
  -- Every period in which a counted programme starts has a row, even when its seats add up to 0.
  SELECT year, sum(count) AS count FROM placed WHERE year IS NOT NULL GROUP BY year
)`,
  ]
  if (fill === true)
    steps.push(`year_list AS (
  -- Option fill: every year from the first to the last, those with nothing counting 0.
  SELECT g.year FROM generate_series(
    (SELECT min(year) FROM per_year), (SELECT max(year) FROM per_year)) AS g(year)
)`)
  const rows =
    fill === true
      ? "SELECT y.year, COALESCE(p.count, 0) AS count FROM year_list y LEFT JOIN per_year p ON p.year = y.year"
      : "SELECT year, count FROM per_year"
  return `${header("countByPeriod", read, "\n-- Rows: period, count in time order; the row with a NULL period holds what is undetermined.")}WITH
${steps.join(",\n")}
SELECT period, count FROM (
  SELECT year, ${label("year")} AS period, CAST(count AS BIGINT) AS count FROM (${rows}) counted
  UNION ALL
  -- The undetermined row is always there, 0 when nothing is undetermined.
  SELECT NULL, NULL, CAST(COALESCE((SELECT sum(count) FROM placed WHERE year IS NULL), 0) AS BIGINT)
) result
ORDER BY year IS NULL, year`
}

function checkMonth(month: unknown): number {
  try {
    return readFiscalYearStartMonth(month)
  } catch {
    return invalid("fiscalYearStartMonth", month, "use a month from 1 (January) to 12 (December)")
  }
}

// ——— goalCoverage ———————————————————————————————————————————————————————————————————————

function goalCoverageSql(read: Read): string {
  const id = read.raw.framework
  if (typeof id !== "string")
    invalid("framework", id, "pass the framework's id (its rows in the frameworks tables)")
  const f = literal(id)
  const match = read.raw.match ?? "links-and-themes"
  if (match !== "links" && match !== "links-and-themes")
    invalid("match", match, "use 'links' or 'links-and-themes'")
  return `${header(
    "goalCoverage",
    read,
    `
-- Rows: part ('goal' or 'cell'), ordinal, goal, title, region, theme, programmes, linked
-- (programmes by explicit link), participations, countries — goals in the framework's order, then cells by region and theme.
-- A goal or a cell is covered when its programmes > 0.`,
  )}WITH
${programmeSteps(read)},
${participantStep},
${recordStep},
${reportedStep},
${seatsPerProgrammeStep},
${memberStep},
framework AS (
  SELECT ${firstDaySql("period_start")} AS first_day,
    ${lastDaySql("period_end")} AS last_day
  FROM (
    SELECT frameworks.*, row_number() OVER (ORDER BY ordinal) AS nth
    FROM frameworks WHERE id = ${f}
  ) numbered
  WHERE nth = 1
),
in_framework AS (
  -- Rule (goal coverage): a held programme counts for the framework when its period overlaps
  -- the framework's (inclusive; an open end runs on).
  SELECT s.* FROM selected s, framework f
  WHERE (f.last_day IS NULL OR s.first_day <= f.last_day)
    AND (s.last_day IS NULL OR s.last_day >= f.first_day)
),
reach AS (
  -- Rule (countries reached by a programme): its countries, the members of its groups on its
  -- start date, and the countries of its seats.
  SELECT p.id AS programme, c.country
  FROM in_framework p JOIN programme_countries c ON c.programme = p.id
  UNION
  SELECT p.id, m.country
  FROM in_framework p
  JOIN programme_groups g ON g.programme = p.id
  JOIN member m ON m.group_id = g.group_id
    AND (m.first_day IS NULL OR m.first_day <= p.first_day)
    AND (m.last_day IS NULL OR m.last_day >= p.first_day)
  UNION
  SELECT p.id,
    ${seatCountrySql(read)}
  FROM participations pa
  JOIN in_framework p ON p.id = pa.programme
  LEFT JOIN participant pt ON pt.id = pa.participant
  WHERE ${COUNTED}
  UNION
  SELECT r.programme, r.country
  FROM reported r JOIN in_framework p ON p.id = r.programme
),
goal AS (
  SELECT ordinal, goal, title FROM framework_goals WHERE framework = ${f}
),
explicit_link AS (
  -- A programme counts for a goal when its goals name this framework and goal (a link named
  -- twice counts once; of two goals with one id, the first has the links).
  SELECT DISTINCT g.ordinal AS goal_ordinal, l.programme
  FROM programme_goals l
  JOIN in_framework p ON p.id = l.programme
  JOIN (SELECT goal, min(ordinal) AS ordinal FROM goal GROUP BY goal) g ON g.goal = l.goal
  WHERE l.framework = ${f}
),
theme_link AS (
  -- Rule (goals through themes), option match ${literal(match)}: a programme that links no goal
  -- of this framework counts for each goal that lists one of its themes.
  SELECT DISTINCT gt.goal_ordinal, t.programme
  FROM framework_goal_themes gt
  JOIN programme_themes t ON t.theme = gt.theme
  JOIN in_framework p ON p.id = t.programme
  WHERE gt.framework = ${f} AND ${match === "links" ? "FALSE" : "TRUE"}
    AND NOT EXISTS (SELECT 1 FROM explicit_link l WHERE l.programme = t.programme)
),
goal_link AS (
  SELECT goal_ordinal, programme FROM explicit_link
  UNION
  SELECT goal_ordinal, programme FROM theme_link
),
goal_row AS (
  -- Per goal: its programmes, their seats (unattributed included), the distinct countries they reach.
  SELECT g.ordinal, g.goal, g.title,
    (SELECT count(*) FROM goal_link l WHERE l.goal_ordinal = g.ordinal) AS programmes,
    (SELECT count(*) FROM explicit_link l WHERE l.goal_ordinal = g.ordinal) AS linked,
    (SELECT COALESCE(sum(ps.seats), 0) FROM goal_link l JOIN programme_seats ps ON ps.id = l.programme
      WHERE l.goal_ordinal = g.ordinal) AS participations,
    (SELECT count(DISTINCT r.country) FROM goal_link l JOIN reach r ON r.programme = l.programme
      WHERE l.goal_ordinal = g.ordinal AND r.country IS NOT NULL) AS countries
  FROM goal g
),
region AS (
  SELECT ordinal, region FROM framework_regions WHERE framework = ${f}
),
region_country AS (
  -- A priority region's countries: its countries, and the members of its groups on at least
  -- one day of the framework's period.
  SELECT region_ordinal, country FROM framework_region_countries WHERE framework = ${f}
  UNION
  SELECT rg.region_ordinal, m.country
  FROM framework_region_groups rg
  JOIN member m ON m.group_id = rg.group_id
  CROSS JOIN framework f
  WHERE rg.framework = ${f}
    AND (m.first_day IS NULL OR f.last_day IS NULL OR m.first_day <= f.last_day)
    AND (m.last_day IS NULL OR m.last_day >= f.first_day)
),
cell_row AS (
  -- Rule (goal coverage): a region × theme cell counts the programmes of the framework's
  -- period (linked to a goal or not) that have the theme and reach a country of the region.
  -- A region that lists a theme twice has two cells.
  SELECT r.ordinal, r.region, c.ordinal AS theme_ordinal, c.theme,
    (SELECT count(DISTINCT t.programme)
      FROM programme_themes t
      JOIN in_framework p ON p.id = t.programme
      WHERE t.theme = c.theme
        AND EXISTS (
          SELECT 1 FROM reach x JOIN region_country rc ON rc.country = x.country
          WHERE x.programme = t.programme AND rc.region_ordinal = r.ordinal)) AS programmes
  FROM framework_region_themes c
  JOIN region r ON r.ordinal = c.region_ordinal
  WHERE c.framework = ${f}
)
SELECT part, ordinal, goal, title, region, theme, programmes, linked, participations, countries FROM (
  SELECT 'goal' AS part, 0 AS part_order, ordinal, 0 AS theme_ordinal, goal, title,
    CAST(NULL AS TEXT) AS region, CAST(NULL AS TEXT) AS theme,
    CAST(programmes AS BIGINT) AS programmes, CAST(linked AS BIGINT) AS linked,
    CAST(participations AS BIGINT) AS participations, CAST(countries AS BIGINT) AS countries
  FROM goal_row
  UNION ALL
  SELECT 'cell', 1, ordinal, theme_ordinal, NULL, NULL, region, theme,
    CAST(programmes AS BIGINT), NULL, NULL, NULL
  FROM cell_row
) result
ORDER BY part_order, ordinal, theme_ordinal`
}

// ——— disaggregate ———————————————————————————————————————————————————————————————————————

/** Groupings given in the options: ids (looked up in the groups table) or inline groupings. */
function wantedGroupSteps(groups: readonly (string | Grouping)[] | undefined): string {
  if (groups === undefined)
    return `wanted_group AS (
  -- Default: the dataset's own groupings.
  SELECT min(ordinal) AS ordinal, id FROM groups WHERE source = 'dataset' GROUP BY id
),
wanted_member AS (
  SELECT m.* FROM member m JOIN wanted_group w ON w.id = m.group_id
)`
  const ids: string[] = []
  const inline: string[] = []
  groups.forEach((group, k) => {
    if (typeof group === "string") {
      ids.push(`SELECT ${k} AS ordinal, ${literal(group)} AS id, FALSE AS given`)
      return
    }
    if (typeof group !== "object" || group === null || typeof group.id !== "string")
      invalid(`groups[${k}]`, group, "pass a group id (such as 'ASEAN') or a grouping")
    ids.push(`SELECT ${k} AS ordinal, ${literal(group.id)} AS id, TRUE AS given`)
    for (const m of group.members ?? []) {
      const date = (d: string | undefined) => (d === undefined ? "CAST(NULL AS DATE)" : null)
      inline.push(
        `SELECT ${literal(group.id)} AS group_id, ${literal(m.country)} AS country, ${date(m.from) ?? dateLiteral(firstDayOf(m.from as string))} AS first_day, ${date(m.until) ?? dateLiteral(lastDayOf(m.until as string))} AS last_day`,
      )
    }
  })
  return `wanted_group AS (
  -- The groupings asked for, each id once (the first time it is named).
  SELECT min(ordinal) AS ordinal, id, bool_or(given) AS given FROM (
    ${ids.join("\n    UNION ALL ")}
  ) asked GROUP BY id
),
given_member AS (
  -- Groupings given whole in the options.
  ${inline.length === 0 ? "SELECT CAST(NULL AS TEXT) AS group_id, CAST(NULL AS TEXT) AS country, CAST(NULL AS DATE) AS first_day, CAST(NULL AS DATE) AS last_day WHERE 1 = 0" : inline.join("\n  UNION ALL ")}
),
wanted_member AS (
  SELECT m.group_id, m.country, m.first_day, m.last_day
  FROM member m JOIN wanted_group w ON w.id = m.group_id AND NOT w.given
  UNION ALL
  SELECT * FROM given_member
)`
}

function disaggregateSql(read: Read): string {
  const by = read.raw.by
  if (!Array.isArray(by))
    invalid("by", by, `pass a list of dimensions among ${DIMENSIONS.join(", ")}`)
  const dims: string[] = []
  by.forEach((d: unknown, k: number) => {
    if (typeof d !== "string" || !DIMENSIONS.includes(d))
      invalid(`by[${k}]`, d, `use one of ${DIMENSIONS.join(", ")}`)
    if (dims.includes(d)) invalid(`by[${k}]`, d, "name each dimension once")
    dims.push(d)
  })
  const of = read.raw.of ?? "participations"
  if (of !== "participations" && of !== "alumni")
    invalid("of", of, "use 'participations' (default) or 'alumni'")
  const minCount = read.raw.minCount ?? 0
  if (typeof minCount !== "number" || !Number.isInteger(minCount) || minCount < 0)
    invalid("minCount", minCount, "use a whole number of at least 0")
  const startMonth = checkMonth(read.raw.fiscalYearStartMonth ?? 4)
  const alumni = of === "alumni"
  const groupsOption = read.raw.groups as (string | Grouping)[] | undefined
  if (groupsOption !== undefined && !Array.isArray(groupsOption))
    invalid("groups", groupsOption, "pass a list of group ids or groupings")

  const country = alumni
    ? "-- Alumni count under their home country.\n    pt.country"
    : seatCountrySql(read)
  const columns: string[] = []
  const joins: string[] = []
  for (const d of dims) {
    switch (d) {
      case "country":
        columns.push("COALESCE(r.country, 'unknown') AS country")
        break
      case "gender":
        columns.push("COALESCE(r.gender, 'unknown') AS gender")
        break
      case "profession":
        columns.push("COALESCE(r.profession, 'unknown') AS profession")
        break
      case "year":
        columns.push(
          "-- The year of the programme's start.\n    substr(r.period_start, 1, 4) AS year",
        )
        break
      case "fiscalYear":
        columns.push(`CASE
      -- A year-only start has no fiscal year unless it starts in January.
      WHEN length(r.period_start) = 4 THEN ${startMonth === 1 ? "'FY' || substr(r.period_start, 1, 4)" : "'undetermined'"}
      WHEN CAST(substr(r.period_start, 6, 2) AS INTEGER) >= ${startMonth} THEN 'FY' || substr(r.period_start, 1, 4)
      ELSE 'FY' || lpad(CAST(CAST(substr(r.period_start, 1, 4) AS INTEGER) - 1 AS TEXT), 4, '0')
    END AS "fiscalYear"`)
        break
      case "theme":
        columns.push("COALESCE(th.theme, 'unknown') AS theme")
        joins.push(
          "-- A programme with several themes counts under each (each theme once); none: 'unknown'.\nLEFT JOIN (SELECT DISTINCT programme, theme FROM programme_themes) th ON th.programme = r.programme",
        )
        break
      default:
        columns.push(`COALESCE(gr.group_id, 'unknown') AS "group"`)
        joins.push(
          "-- Each grouping the row's country belongs to on the programme's start day; none: 'unknown'.\nLEFT JOIN record_group gr ON gr.programme = r.programme AND gr.country = r.country",
        )
    }
  }
  const keys = dims.map((d) => (d === "fiscalYear" || d === "group" ? `"${d}"` : d))
  const groupStep = dims.includes("group")
    ? `,
${memberStep},
${wantedGroupSteps(groupsOption)},
record_group AS (
  SELECT DISTINCT x.programme, x.country, w.group_id
  FROM (SELECT DISTINCT programme, first_day, country FROM row_source WHERE country IS NOT NULL) x
  JOIN wanted_member w ON w.country = x.country
    AND (w.first_day IS NULL OR w.first_day <= x.first_day)
    AND (w.last_day IS NULL OR w.last_day >= x.first_day)
)`
    : ""
  const counted = alumni
    ? "-- Alumni: distinct persons per cell.\n    count(DISTINCT r.person) AS counted"
    : "-- Each counted participation once per cell.\n    count(*) AS counted"
  const suppressed =
    minCount > 0
      ? `-- Option minCount, primary suppression: cells below it are flagged. The count is kept so
  -- that complementary suppression can be applied to these rows (no suppressed cell may be
  -- recovered from a total by subtraction; see docs/counting-rules.md): duckdbStats applies
  -- it, and so must any other reader of this result before it is published.
  counted AS count,
  counted < ${minCount} AS suppressed`
      : "counted AS count, FALSE AS suppressed"
  return `${header(
    "disaggregate",
    read,
    `\n-- Rows: ${keys.join(", ")}${keys.length > 0 ? ", " : ""}count, suppressed.`,
  )}WITH
${programmeSteps(read)},
${participantStep},
row_source AS (
  -- ${alumni ? "Rule (alumnus): completed participations of known participants, as participant." : "Rule (counted participation): role participant, status attended or completed."}
  -- Reported figures are not per-person records and are not counted here.
  SELECT pa.programme, s.period_start, s.first_day, pt.id AS person,
    pt.gender, pt.profession,
    ${country} AS country
  FROM participations pa
  JOIN selected s ON s.id = pa.programme
  ${alumni ? "JOIN" : "LEFT JOIN"} participant pt ON pt.id = pa.participant
  WHERE ${alumni ? "COALESCE(pa.role, 'participant') = 'participant' AND pa.status = 'completed'" : COUNTED}${alumni ? completedByAsOf(read) : ""}
)${groupStep},
cell AS (
  SELECT ${[...columns, counted].join(",\n    ")}
  FROM row_source r
  ${joins.join("\n  ")}
  ${dims.length === 0 ? "" : `GROUP BY ${dims.map((_, k) => k + 1).join(", ")}`}
)
SELECT ${[...keys, suppressed].join(",\n  ")}
FROM cell
WHERE counted > 0
ORDER BY count DESC${keys.map((k) => `, ${textOrder(read.dialect, k)}`).join("")}`
}

// ——— rollUp ———————————————————————————————————————————————————————————————————————————

function rollUpSql(read: Read): string {
  const groups = read.raw.groups as (string | Grouping)[] | undefined
  if (!Array.isArray(groups))
    invalid("groups", groups, "pass a list of group ids (such as 'ASEAN') or groupings")
  const on = read.raw.on as string | undefined
  const rows = read.raw.rows ?? "country_counts"
  if (typeof rows !== "string") invalid("rows", rows, "name a table or give a subquery")
  const source = /^[a-z_][a-z0-9_]*$/.test(rows) ? rows : `(${rows})`
  const memberWhen =
    on === undefined
      ? "-- Without on: a member at any time (any span)."
      : `-- Option on: a member on at least one day of ${on}.
    AND (w.first_day IS NULL OR w.first_day <= ${dateLiteral(lastDayOf(on))})
    AND (w.last_day IS NULL OR w.last_day >= ${dateLiteral(firstDayOf(on))})`
  return `${header("rollUp", read, "\n-- Rows: group, count; the row with a NULL group holds the unassigned count.")}WITH
${memberStep},
${groups.length === 0 ? "wanted_group AS (SELECT 0 AS ordinal, CAST(NULL AS TEXT) AS id WHERE 1 = 0),\nwanted_member AS (SELECT CAST(NULL AS TEXT) AS group_id, CAST(NULL AS TEXT) AS country, CAST(NULL AS DATE) AS first_day, CAST(NULL AS DATE) AS last_day WHERE 1 = 0)" : wantedGroupSteps(groups)},
country_count AS (
  -- Several rows of one country add up.
  SELECT country, sum(count) AS count FROM ${source} country_rows GROUP BY country
),
belongs AS (
  -- Rule: a country counts under every group it belongs to.
  SELECT DISTINCT w.group_id, c.country
  FROM country_count c
  JOIN wanted_member w ON w.country = c.country
    ${memberWhen}
)
SELECT "group", count FROM (
  SELECT g.id AS "group", CAST(COALESCE((SELECT sum(c.count) FROM belongs b
    JOIN country_count c ON c.country = b.country WHERE b.group_id = g.id), 0) AS BIGINT) AS count
  FROM wanted_group g
  UNION ALL
  -- Unassigned: the rows of countries in none of the groups (always there, 0 when none).
  SELECT NULL, CAST(COALESCE((SELECT sum(c.count) FROM country_count c
    WHERE NOT EXISTS (SELECT 1 FROM belongs b WHERE b.country = c.country)), 0) AS BIGINT)
) result
ORDER BY "group" IS NULL, count DESC, ${textOrder(read.dialect, '"group"')}`
}

/**
 * The counting rules of an aggregation as SQL, for DuckDB (default) or Postgres, over the flat
 * tables of {@link toTables} loaded under their names. Readable: each step is a named CTE with a
 * comment naming the rule it applies, so that an analyst can read it and adapt it.
 *
 * Rows, per aggregation (docs/sql.md):
 * - `participationsByCountry`: `country`, `count`; the row with a NULL country holds the
 *   unattributed seats (always there). `total` is the sum of every row.
 * - `alumniTotals`: `country`, `count`; `alumni` is their sum and `countries` their number.
 * - `countByPeriod`: `period`, `count` in time order; a NULL period holds `undetermined`.
 * - `goalCoverage` (option `framework`: its id): `part` (`goal` or `cell`), `ordinal`, `goal`,
 *   `title`, `region`, `theme`, `programmes`, `participations`, `countries`.
 * - `disaggregate`: one column per dimension of `by` (`fiscalYear` and `group` quoted), `count`,
 *   `suppressed`.
 * - `rollUp` (options `groups`, `on`, `rows`): `group`, `count`; a NULL group holds `unassigned`.
 *
 * Options are those of the JavaScript function, checked the same way (`where` excepted: a
 * JavaScript predicate cannot run in SQL). The SQL trusts its tables: validate the dataset first.
 *
 * @param aggregation - Which aggregation.
 * @param options - `dialect` and the aggregation's options.
 * @returns One SQL query (a `WITH … SELECT`), without a trailing semicolon.
 * @throws AggregationError `aggregate/invalid-option` or `aggregate/unknown-option` for options
 *   it cannot write.
 *
 * @example
 * const sql = sqlFor("participationsByCountry", { dialect: "postgres", asOf: "2024-12-31" })
 * // run it where the tables of toTables(dataset) are loaded:
 * // SELECT country, count … → [{ country: "UA", count: 4 }, { country: null, count: 21 }]
 *
 * @category SQL
 */
export function sqlFor(aggregation: SqlAggregation, options?: SqlOptions): string {
  if (!Object.hasOwn(KNOWN, aggregation))
    invalid(
      "aggregation",
      aggregation,
      `use one of ${Object.keys(KNOWN)
        .map((k) => `'${k}'`)
        .join(", ")}`,
    )
  const read = readOptions(aggregation, options)
  switch (aggregation) {
    case "participationsByCountry":
      return participationsByCountrySql(read)
    case "alumniTotals":
      return alumniTotalsSql(read)
    case "countByPeriod":
      return countByPeriodSql(read)
    case "goalCoverage":
      return goalCoverageSql(read)
    case "disaggregate":
      return disaggregateSql(read)
    default:
      return rollUpSql(read)
  }
}
