import type { IssueCode } from "../catalogue.js"
import type { Collection, Location } from "../issue.js"
import type { Context, ParticipationFacts } from "./context.js"

/** Reports one issue of the rule's code about the record being checked: where in it, and why. */
export type Report = (field: readonly (string | number)[], message: string) => void

/**
 * A rule on each record of a collection (every collection but participations). `check` looks
 * at one record and calls `report` for each problem, in the order of the record's fields and
 * items.
 *
 * Rules on the items of one list (a pledge's fulfilments, a grouping's members) name the list
 * in `each`: consecutive rules with the same `each` have their issues put in item order, the
 * rules' order within one item — as if one loop over the items ran them all.
 */
export type RecordRule = {
  code: IssueCode
  /** Where it runs: right after the last rule with this code (see registry.ts). */
  after?: IssueCode
  on: Exclude<Collection, "participations">
  each?: string
  check(record: Record<string, unknown>, ctx: Context, report: Report): void
}

/**
 * A rule on each participation, run in the hot loop of validation (a million records) with
 * the record's participant and programme already looked up (see {@link ParticipationFacts}).
 * Keep it to a few field reads and comparisons: no strings built unless it reports.
 */
export type ParticipationRule = {
  code: IssueCode
  /** Where it runs: right after the last rule with this code (see registry.ts). */
  after?: IssueCode
  on: "participations"
  check(participation: ParticipationFacts, ctx: Context, report: Report): void
}

/** A rule on a whole collection at once (records that repeat one another), run once. */
export type CollectionRule = {
  code: IssueCode
  /**
   * Where it runs: right after the last rule with this code; without it, after every other
   * rule on its collection (see registry.ts).
   */
  after?: IssueCode
  on: Collection
  whole: true
  check(
    ctx: Context,
    report: (at: Location, field: readonly (string | number)[], message: string) => void,
  ): void
}

/** Any rule of the registry (see registry.ts). */
export type ValidationRule = RecordRule | ParticipationRule | CollectionRule

/** A {@link RecordRule}, with `each` only when given (the shared rules' constructor). */
export function recordRule(
  code: IssueCode,
  on: RecordRule["on"],
  each: string | undefined,
  check: RecordRule["check"],
): RecordRule {
  return each === undefined ? { code, on, check } : { code, on, each, check }
}
