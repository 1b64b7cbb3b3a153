// disaggregate as SQL: a cross-tab of counted participations or alumni, small cells flagged. Pure.

import type { Grouping } from "../../schemas/grouping.js"
import { header, textOrder } from "../fragments.js"
import { checkMonth, DIMENSIONS, invalid, type Read } from "../options.js"
import {
  COUNTED,
  completedByAsOf,
  memberStep,
  participantStep,
  programmeSteps,
  seatCountrySql,
  wantedGroupSteps,
} from "../steps.js"

export function disaggregateSql(read: Read): string {
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
${participantStep(read, ["country", "gender", "profession"])},
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
