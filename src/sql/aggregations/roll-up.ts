// rollUp as SQL: country counts summed per group. Pure.

import { firstDayOf, lastDayOf } from "../../dates/partial-date.js"
import type { Grouping } from "../../schemas/grouping.js"
import { dateLiteral, header, textOrder } from "../fragments.js"
import { invalid, type Read } from "../options.js"
import { memberStep, wantedGroupSteps } from "../steps.js"

export function rollUpSql(read: Read): string {
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
