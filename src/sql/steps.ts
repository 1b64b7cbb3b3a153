// The steps (CTEs) that several aggregations' SQL share: the programmes that count, the
// participants, the seats of a programme, group memberships, the groupings asked for. Pure.

import { firstDayOf, lastDayOf } from "../dates/partial-date.js"
import type { Grouping } from "../schemas/grouping.js"
import { dateLiteral, firstDaySql, isIn, lastDaySql, literal } from "./fragments.js"
import { invalid, type Read } from "./options.js"

/** The programmes with their first and last day, and the ones that count (held, selected). */
export function programmeSteps(read: Read): string {
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
  SELECT ordinal, id, status, kind, series_id, period_start, reported_total, reported_approximate,
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

/**
 * The participants, the first of each id, with the fields an aggregation reads (`country` by
 * default). DuckDB takes each field of the record with the smallest ordinal in one hash
 * aggregation (`arg_min_null` keeps a NULL field: it is the first record's), several times
 * faster than numbering every participant; Postgres numbers them.
 */
export function participantStep(
  read: Read,
  fields: readonly ("country" | "gender" | "profession")[] = ["country"],
): string {
  if (read.dialect === "postgres")
    return `participant AS (
  -- Of two participants with the same id, the first (smallest ordinal) counts.
  SELECT id, ${fields.join(", ")} FROM (
    SELECT participants.*, row_number() OVER (PARTITION BY id ORDER BY ordinal) AS nth
    FROM participants
  ) numbered
  WHERE nth = 1
)`
  const first = (column: string) => `arg_min_null(${column}, ${ORDINAL}) AS ${column}`
  return `participant AS (
  -- Of two participants with the same id, the first (smallest ordinal) counts.
  SELECT id, ${fields.map(first).join(", ")}
  FROM participants
  GROUP BY id
)`
}

/** A participant's ordinal, a missing one last (as ORDER BY ordinal puts NULL last). */
const ORDINAL = "COALESCE(ordinal, 9223372036854775807)"

export const COUNTED = `COALESCE(pa.role, 'participant') = 'participant' AND pa.status IN ('attended', 'completed')`

/** Per programme: whether it has any participation record, and its counted participations. */
export const recordStep = `records AS (
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
export const reportedStep = `reported AS (
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
export const seatsPerProgrammeStep = `programme_seats AS (
  SELECT s.id,
    CASE WHEN rc.programme IS NOT NULL THEN rc.seats
      ELSE COALESCE((SELECT sum(r.count) FROM reported r WHERE r.programme = s.id), 0) END AS seats
  FROM selected s
  LEFT JOIN records rc ON rc.programme = s.id
)`

/** The country of a seat, by `seatCountry`. */
export function seatCountrySql(read: Read): string {
  return read.seatCountry === "participant"
    ? "-- Option seatCountry 'participant': the participant's home country.\n    pt.country"
    : "-- Rule: the country the participation represents, else the participant's home country.\n    COALESCE(pa.country, pt.country)"
}

/** Group memberships as days; group ids resolve to the first grouping of that id. */
export const memberStep = `member AS (
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

/** SQL condition: the completion is dated on or before `asOf` (completedOn, else the programme's end). */
export function completedByAsOf(read: Read, programme = "s"): string {
  if (read.asOf === undefined) return ""
  return `
    -- Option asOf: a completion counts only when dated on or before it: completedOn (its last
    -- day), else the programme's end (its last day); an undated completion does not count.
    AND COALESCE(${lastDaySql("pa.completed_on")}, ${programme}.last_day) <= ${dateLiteral(lastDayOf(read.asOf))}`
}

/** Groupings given in the options: ids (looked up in the groups table) or inline groupings. */
export function wantedGroupSteps(groups: readonly (string | Grouping)[] | undefined): string {
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

const SELECTED = "  SELECT p.* FROM programme p\n  WHERE\n"

/**
 * SQL of sqlFor with one more condition on the programmes that count (the `selected` step), as
 * a JavaScript `where` would add: `condition` reads the programme as `p`.
 */
export function withProgrammeCondition(sql: string, comment: string, condition: string): string {
  return sql.replace(SELECTED, `${SELECTED}    -- ${comment}\n    ${condition} AND\n`)
}
