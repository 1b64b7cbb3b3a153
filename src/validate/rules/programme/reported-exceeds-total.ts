import type { RecordRule } from "../rule.js"
import { byCountryAnd } from "./reported-figures.js"

/** The message: what is wrong and what would be right, on one line. */
const message = (sum: string, total: number) =>
  `reportedParticipants.byCountry adds up to ${sum}, more than the total of ${total}`

/** The per-country figures of `reportedParticipants.byCountry` add up to more than `total`. */
export const programmeReportedExceedsTotal: RecordRule = {
  code: "programme/reported-exceeds-total",
  after: "programme/completed-without-end",
  on: "programmes",
  check(programme, _ctx, report) {
    const compared = byCountryAnd(programme, "total")
    if (compared !== undefined && compared.byCountry.sum > compared.given) {
      const { counts, sum } = compared.byCountry
      report(["reportedParticipants", "byCountry"], message(exactSum(counts, sum), compared.given))
    }
  },
}

/**
 * The sum of the whole counts of a record, exactly: beyond `Number.MAX_SAFE_INTEGER` a
 * floating-point sum has lost ones (4 + 2^53 − 1 is not 2^53 + 3), so it is redone in BigInt.
 */
function exactSum(counts: Record<string, unknown>, sum: number): string {
  if (sum <= Number.MAX_SAFE_INTEGER) return String(sum)
  let exact = 0n
  for (const key of Object.keys(counts)) {
    const n = counts[key]
    if (typeof n !== "number" || !Number.isInteger(n)) return String(sum)
    exact += BigInt(n)
  }
  return String(exact)
}
