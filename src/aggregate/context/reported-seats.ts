import type { Programme } from "../../schemas/programme.js"

/**
 * The seats a programme's reported figures give, for a programme with no participation record
 * ([counting rules](../../../docs/counting-rules.md#the-rules-of-the-contract), "Seats of a
 * programme"): per country (counts above 0) and unattributed.
 */
export function reportedSeats(programme: Programme): {
  byCountry: [string, number][]
  unattributed: number
} {
  const reported = programme.reportedParticipants
  if (reported === undefined) return { byCountry: [], unattributed: 0 }
  const byCountry: [string, number][] = []
  let sum = 0
  const figures = reported.byCountry
  if (figures !== undefined) {
    for (const country of Object.keys(figures)) {
      const count = figures[country] as number
      if (count > 0) {
        byCountry.push([country, count])
        sum += count
      }
    }
  }
  // A byCountry that adds up to more than the total is a validation error
  // (programme/reported-exceeds-total); here it leaves nothing unattributed.
  return { byCountry, unattributed: Math.max(0, reported.total - sum) }
}
