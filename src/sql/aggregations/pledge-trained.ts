// What pledgeProgress reads of the records for a "people-trained" target, as SQL: the
// programmes naming the pledge, and their completions per programme and completion date. The
// rule itself (which completions count, dated by asOf) is applied in JavaScript by
// pledgeProgress's own accumulator over these rows. Pure.

import { literal } from "../fragments.js"

/** The programmes (the first of each id) whose `pledges` name the pledge, in their order. */
export function pledgeProgrammesSql(pledge: string): string {
  return `SELECT id, status, period_start, period_end FROM (
  SELECT programmes.*, row_number() OVER (PARTITION BY id ORDER BY ordinal) AS nth FROM programmes
) p
WHERE nth = 1 AND EXISTS (
  SELECT 1 FROM programme_pledges pp WHERE pp.programme = p.id AND pp.pledge = ${literal(pledge)})
ORDER BY ordinal`
}

/**
 * Per programme naming the pledge and completion date: how many completed participations as
 * participant it has (a completion of the same programme and date counts alike).
 */
export function pledgeCompletionsSql(pledge: string): string {
  return `SELECT pa.programme, pa.completed_on, count(*) AS n
FROM participations pa
WHERE pa.programme IN (SELECT programme FROM programme_pledges WHERE pledge = ${literal(pledge)})
  AND COALESCE(pa.role, 'participant') = 'participant' AND pa.status = 'completed'
GROUP BY pa.programme, pa.completed_on`
}
