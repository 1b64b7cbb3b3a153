// participationsByCountry as SQL: seats per country, the unattributed ones in a NULL row. Pure.

import { header, textOrder } from "../fragments.js"
import type { Read } from "../options.js"
import {
  COUNTED,
  participantStep,
  programmeSteps,
  recordStep,
  reportedStep,
  seatCountrySql,
} from "../steps.js"

export function participationsByCountrySql(read: Read): string {
  return `${header("participationsByCountry", read, "\n-- Rows: country, count, approximate (the same on every row); the row with a NULL country holds\n-- the unattributed seats.")}WITH
${programmeSteps(read)},
${participantStep(read)},
${recordStep},
${reportedStep},
seat AS (
  -- Each counted participation of a selected programme is one seat: counted per participant
  -- and country represented first, so that each participant is looked up once.
  SELECT pa.participant, pa.country, count(*) AS seats
  FROM participations pa
  JOIN selected s ON s.id = pa.programme
  WHERE ${COUNTED}
  GROUP BY pa.participant, pa.country
),
every_seat AS (
  SELECT
    ${seatCountrySql(read)} AS country,
    sum(pa.seats) AS count
  FROM seat pa
  LEFT JOIN participant pt ON pt.id = pa.participant
  GROUP BY 1
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
