import { text } from "../../record-fields.js"
import type { Context } from "../context.js"

/**
 * The days a membership span covers: from the first day of `from` (or always) to the last day
 * of `until` (or for good). `undefined` when either date is not a valid date (the schema
 * reports it).
 */
export function memberDays(
  member: unknown,
  ctx: Context,
): { first: number; last: number } | undefined {
  const from = text(member, "from")
  const until = text(member, "until")
  const first = from === undefined ? Number.NEGATIVE_INFINITY : ctx.span(from)?.[0]
  const last = until === undefined ? Number.POSITIVE_INFINITY : ctx.span(until)?.[1]
  return first === undefined || last === undefined ? undefined : { first, last }
}
