// sqlFor: the counting rules of DESIGN.md §6 (docs/counting-rules.md) as SQL over the flat
// tables of `toTables`, for DuckDB and Postgres. Pure: options in, SQL text out. Every value from
// the options is written as a quoted literal (quotes doubled), never pasted raw. Each
// aggregation's SQL is in aggregations/, the steps they share in steps.ts.

import { alumniTotalsSql } from "./aggregations/alumni-totals.js"
import { countByPeriodSql } from "./aggregations/count-by-period.js"
import { disaggregateSql } from "./aggregations/disaggregate.js"
import { goalCoverageSql } from "./aggregations/goal-coverage.js"
import { participationsByCountrySql } from "./aggregations/participations-by-country.js"
import { rollUpSql } from "./aggregations/roll-up.js"
import { invalid, KNOWN, readOptions, type SqlAggregation, type SqlOptions } from "./options.js"

export { goalCoverageGroupsSql } from "./aggregations/goal-coverage.js"
export { literal } from "./fragments.js"
export type { SqlAggregation, SqlDialect, SqlOptions } from "./options.js"

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
