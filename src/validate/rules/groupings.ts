import { field, listOf, text } from "../report.js"
import { type Context, eachRecord } from "./context.js"

/** Membership spans that end before they start, and overlapping spans of one country. */
export function checkGroupings(ctx: Context): void {
  eachRecord(ctx, "groups", (grouping, location) => {
    const spans = new Map<string, { index: number; first: number; last: number }[]>()
    listOf(field(grouping, "members")).forEach((member, i) => {
      const country = text(member, "country")
      const from = text(member, "from")
      const until = text(member, "until")
      const first = from === undefined ? Number.NEGATIVE_INFINITY : ctx.span(from)?.[0]
      const last = until === undefined ? Number.POSITIVE_INFINITY : ctx.span(until)?.[1]
      if (first === undefined || last === undefined) return
      if (last < first) {
        ctx.reporter.add(
          "grouping/until-before-from",
          location,
          ["members", i, "until"],
          `members[${i}].until ${until} is before members[${i}].from ${from}`,
        )
        return
      }
      if (country === undefined) return
      const earlier = spans.get(country) ?? []
      const overlap = earlier.find((span) => span.first <= last && first <= span.last)
      if (overlap !== undefined) {
        ctx.reporter.add(
          "grouping/overlapping-spans",
          location,
          ["members", i],
          `members[${i}] (${country}) overlaps members[${overlap.index}]`,
        )
      }
      earlier.push({ index: i, first, last })
      spans.set(country, earlier)
    })
  })
}
