// goalCoverage as SQL: a framework's goals and region × theme cells. Pure.

import { firstDaySql, header, lastDaySql, literal } from "../fragments.js"
import { invalid, type Read, readOptions, type SqlOptions } from "../options.js"
import {
  COUNTED,
  memberStep,
  participantStep,
  programmeSteps,
  recordStep,
  reportedStep,
  seatCountrySql,
  seatsPerProgrammeStep,
} from "../steps.js"

/** The framework's id, checked, as a literal. */
function frameworkLiteral(read: Read): string {
  const id = read.raw.framework
  if (typeof id !== "string")
    invalid("framework", id, "pass the framework's id (its rows in the frameworks tables)")
  return literal(id)
}

/** The framework's days, and the programmes that count for it. */
function frameworkSteps(f: string): string {
  return `framework AS (
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
)`
}

export function goalCoverageSql(read: Read): string {
  const f = frameworkLiteral(read)
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
${participantStep(read)},
${recordStep},
${reportedStep},
${seatsPerProgrammeStep},
${memberStep},
${frameworkSteps(f)},
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

/**
 * The group ids that resolve nowhere, as goalCoverage's JavaScript meets them: those of the
 * programmes that count for the framework (by programme, then in their order), then those of the
 * framework's priority regions (by region). Rows: `programme` (NULL for a region), `region`,
 * `group_id`; the first row is the one to report.
 */
export function goalCoverageGroupsSql(options: SqlOptions): string {
  const read = readOptions("goalCoverage", options)
  const f = frameworkLiteral(read)
  return `WITH
${programmeSteps(read)},
${frameworkSteps(f)},
known AS (SELECT DISTINCT id FROM groups)
SELECT programme, region, group_id FROM (
  SELECT 0 AS part, p.ordinal, g.ordinal AS nth, p.id AS programme, CAST(NULL AS TEXT) AS region, g.group_id
  FROM in_framework p JOIN programme_groups g ON g.programme = p.id
  WHERE g.group_id NOT IN (SELECT id FROM known)
  UNION ALL
  SELECT 1, r.ordinal, 0, NULL, r.region, rg.group_id
  FROM framework_region_groups rg
  JOIN framework_regions r ON r.framework = rg.framework AND r.ordinal = rg.region_ordinal
  WHERE rg.framework = ${f} AND rg.group_id NOT IN (SELECT id FROM known)
) unknown_group
ORDER BY part, ordinal, nth, group_id
LIMIT 1`
}
