// countByPeriod as SQL: programmes or their seats per year or fiscal year. Pure.

import { header } from "../fragments.js"
import { checkMonth, invalid, type Read } from "../options.js"
import { programmeSteps, recordStep, reportedStep, seatsPerProgrammeStep } from "../steps.js"

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

export function countByPeriodSql(read: Read): string {
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
