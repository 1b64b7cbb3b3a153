// The options of sqlFor: the types a caller passes, and their reading (checked as the
// JavaScript functions check theirs). Pure.

import { DIMENSIONS as AGGREGATE_DIMENSIONS } from "../aggregate/disaggregate.js"
import { AggregationError } from "../aggregate/errors.js"
import type { ProgrammeFilter, SeatCountry } from "../aggregate/types.js"
import { readFiscalYearStartMonth } from "../dates/fiscal-year.js"
import { isPartialDate } from "../dates/partial-date.js"
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
export type SqlOptions = Omit<ProgrammeFilter, "where" | "kinds"> & {
  readonly dialect?: SqlDialect | undefined
  /** The programmes of these kinds (any text: the SQL compares it). */
  readonly kinds?: readonly string[] | undefined
  readonly seatCountry?: SeatCountry | undefined
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

export const KNOWN: Record<SqlAggregation, readonly string[]> = {
  participationsByCountry: [],
  alumniTotals: [],
  countByPeriod: ["of", "period", "fiscalYearStartMonth", "fill"],
  goalCoverage: ["framework", "match"],
  disaggregate: ["by", "of", "minCount", "groups", "fiscalYearStartMonth"],
  rollUp: ["groups", "on", "rows"],
}
export const FILTER = ["series", "kinds", "themes", "during", "asOf", "seatCountry"]
/** The dimensions of disaggregate, as the JavaScript function knows them. */
export const DIMENSIONS: readonly string[] = AGGREGATE_DIMENSIONS

export function invalid(option: string, value: unknown, fix: string): never {
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
export function texts(option: string, value: unknown): string[] {
  const list = typeof value === "string" ? [value] : value
  if (!Array.isArray(list) || !list.every((v) => typeof v === "string"))
    invalid(option, value, "pass a list of text values")
  return [...list]
}

/** `expression IN (…)`, or FALSE for an empty list (nothing matches). */
export type Read = {
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

export function readOptions(aggregation: SqlAggregation, options: unknown): Read {
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
export function checkMonth(month: unknown): number {
  try {
    return readFiscalYearStartMonth(month)
  } catch {
    return invalid("fiscalYearStartMonth", month, "use a month from 1 (January) to 12 (December)")
  }
}
