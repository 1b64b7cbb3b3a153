import { quote } from "../../../text/quote.js"
import { field, listOf, text } from "../../record-fields.js"
import type { RecordRule } from "../rule.js"
import { memberDays } from "./member-days.js"

/** The message: what is wrong and what would be right, on one line. */
const message = (index: number, country: unknown, earlier: number) =>
  `members[${index}] (${quote(country)}) overlaps members[${earlier}]`

/** A membership span with valid dates, in days (open ends are ±Infinity). */
type Span = { index: number; first: number; last: number }

/** Two membership spans of the same country that overlap (spans that end before they start aside). */
export const groupingOverlappingSpans: RecordRule = {
  code: "grouping/overlapping-spans",
  after: "grouping/until-before-from",
  on: "groups",
  each: "members",
  check(grouping, ctx, report) {
    const members = listOf(field(grouping, "members"))
    const byCountry = new Map<string, Span[]>()
    members.forEach((member, index) => {
      const days = memberDays(member, ctx)
      const country = text(member, "country")
      if (days === undefined || days.last < days.first || country === undefined) return
      let spans = byCountry.get(country)
      if (spans === undefined) {
        spans = []
        byCountry.set(country, spans)
      }
      spans.push({ index, first: days.first, last: days.last })
    })
    // member index → the earlier member it overlaps
    const overlaps = new Map<number, number>()
    for (const spans of byCountry.values()) findOverlaps(spans, overlaps)
    for (const index of [...overlaps.keys()].sort((a, b) => a - b)) {
      report(
        ["members", index],
        message(index, text(members[index], "country"), overlaps.get(index) as number),
      )
    }
  },
}

/**
 * For each span that overlaps a span listed before it (spans of one country, in member
 * order), the earlier span it overlaps — the one reaching furthest, the first such on ties.
 * In O(n log n), not by comparing all pairs: spans are taken in order of their last day;
 * before a span is looked at, every span starting on or before its last day is entered in a
 * Fenwick tree over member positions that keeps the furthest-reaching span of each prefix;
 * the span overlaps an earlier one exactly when, among the entered spans before it, one
 * reaches its first day.
 */
function findOverlaps(spans: readonly Span[], overlaps: Map<number, number>): void {
  const n = spans.length
  if (n < 2) return
  const byFirst = [...spans.keys()].sort(
    (a, b) => (spans[a] as Span).first - (spans[b] as Span).first || a - b,
  )
  const byLast = [...spans.keys()].sort(
    (a, b) => (spans[a] as Span).last - (spans[b] as Span).last || a - b,
  )
  // Fenwick tree (1-based) of the furthest last day over positions, and the position holding it.
  const reach = new Float64Array(n + 1).fill(Number.NEGATIVE_INFINITY)
  const holder = new Int32Array(n + 1).fill(-1)
  const enter = (position: number) => {
    const last = (spans[position] as Span).last
    for (let k = position + 1; k <= n; k += k & -k) {
      const held = holder[k] as number
      if (last > (reach[k] as number) || (last === reach[k] && position < held)) {
        reach[k] = last
        holder[k] = position
      }
    }
  }
  /** The furthest-reaching span among positions 0 … before − 1. */
  const furthest = (before: number): [number, number] => {
    let best = Number.NEGATIVE_INFINITY
    let at = -1
    for (let k = before; k > 0; k -= k & -k) {
      const held = holder[k] as number
      if ((reach[k] as number) > best || (reach[k] === best && held < at)) {
        best = reach[k] as number
        at = held
      }
    }
    return [best, at]
  }
  let entered = 0
  for (const position of byLast) {
    const span = spans[position] as Span
    while (entered < n && (spans[byFirst[entered] as number] as Span).first <= span.last) {
      enter(byFirst[entered] as number)
      entered++
    }
    const [best, at] = furthest(position)
    if (at >= 0 && best >= span.first) {
      overlaps.set(span.index, (spans[at] as Span).index)
    }
  }
}
