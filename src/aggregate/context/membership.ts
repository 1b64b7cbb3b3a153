import { firstDayNumber, lastDayNumberOf } from "../../dates/partial-date.js"
import type { Grouping } from "../../schemas/grouping.js"
import { compareCodeUnits } from "../../text/compare.js"

/** A grouping's membership spans as day numbers, by country (the grouping checked beforehand). */
export class Membership {
  readonly id: string
  /** Per country: its spans as pairs of first and last day. With `id`, what a key is hashed from. */
  readonly spans = new Map<string, number[]>()

  constructor(grouping: Grouping) {
    this.id = grouping.id
    for (const member of grouping.members) {
      const from =
        member.from === undefined ? Number.NEGATIVE_INFINITY : firstDayNumber(member.from)
      const until =
        member.until === undefined ? Number.POSITIVE_INFINITY : lastDayNumberOf(member.until)
      let list = this.spans.get(member.country)
      if (list === undefined) {
        list = []
        this.spans.set(member.country, list)
      }
      list.push(from, until)
    }
  }

  /** Member on at least one day from `first` to `last` (inclusive). */
  isMemberDuring(country: string, first: number, last: number): boolean {
    const list = this.spans.get(country)
    if (list === undefined) return false
    for (let k = 0; k < list.length; k += 2) {
      if ((list[k] as number) <= last && (list[k + 1] as number) >= first) return true
    }
    return false
  }

  /** Member at any time at all. */
  isEverMember(country: string): boolean {
    return this.spans.has(country)
  }

  /** The countries that were members on at least one day from `first` to `last`, in code order. */
  membersDuring(first: number, last: number): string[] {
    const members: string[] = []
    for (const country of this.spans.keys()) {
      if (this.isMemberDuring(country, first, last)) members.push(country)
    }
    return members.sort(compareCodeUnits)
  }
}
