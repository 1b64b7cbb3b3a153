// alumniTotals as SQL: distinct alumni per home country. Pure.

import { header, textOrder } from "../fragments.js"
import type { Read } from "../options.js"
import { completedByAsOf, participantStep, programmeSteps } from "../steps.js"

export function alumniTotalsSql(read: Read): string {
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
