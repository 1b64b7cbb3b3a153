// alumniTotals as SQL: distinct alumni per home country. Pure.

import { header, textOrder } from "../fragments.js"
import type { Read } from "../options.js"
import { completedByAsOf, participantStep, programmeSteps } from "../steps.js"

export function alumniTotalsSql(read: Read): string {
  return `${header("alumniTotals", read, "\n-- Rows: country, count (alumni per home country).")}WITH
${programmeSteps(read)},
${participantStep(read)},
alumnus AS (
  -- Rule (alumnus): a known participant with at least one counted participation of status
  -- completed; counted once, under the participant's own country (each participant looked up
  -- once: DISTINCT before IN).
  SELECT pt.id, pt.country
  FROM participant pt
  WHERE pt.id IN (
    SELECT DISTINCT pa.participant
    FROM participations pa
    JOIN selected s ON s.id = pa.programme
    WHERE COALESCE(pa.role, 'participant') = 'participant' AND pa.status = 'completed'${completedByAsOf(read).replaceAll("\n", "\n  ")}
  )
)
SELECT country, CAST(count(*) AS BIGINT) AS count
FROM alumnus
GROUP BY country
ORDER BY count DESC, ${textOrder(read.dialect, "country")}`
}
