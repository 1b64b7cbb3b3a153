import { firstDayNumber, lastDayNumberOf } from "../dates/partial-date.js"
import type { Grouping } from "../schemas/grouping.js"
import type { Accumulator } from "./accumulator.js"
import { GroupResolver } from "./context/group-resolver.js"
import type { Membership } from "./context/membership.js"
import { addCount, sortByCount } from "./counts/count-rows.js"
import { ADDED, COUNTRY, invalidRecord } from "./errors.js"
import { assertGroupList } from "./input/assert-group-list.js"
import { guard } from "./input/guard.js"
import { assertDateOption } from "./input/read-filter.js"
import { readInput } from "./input/read-input.js"
import { readOptions } from "./input/read-options.js"
import { isCountryShape } from "./input/shapes.js"
import { countAll } from "./protocol/count-all.js"
import type { Plan, State } from "./protocol/plan.js"
import { accumulate } from "./protocol/streamed-accumulator.js"
import type { CountryCount } from "./types.js"

/**
 * The options of {@link rollUp}.
 *
 * @example
 * const options: RollUpOptions = { on: "2024-12-01", dataset }
 *
 * @category Aggregate
 */
export type RollUpOptions = {
  /**
   * Count a country under a group only when it is a member on this date (a year or month: on
   * any day of it). Without it, membership at any time counts.
   */
  readonly on?: string | undefined
  /** The dataset whose `groups` are looked up first (then the reference groupings). */
  readonly dataset?: { readonly groups?: readonly Grouping[] | undefined } | undefined
}

/**
 * One group's count.
 *
 * @example
 * const row: GroupCount = { group: "ASEAN", count: 4 }
 *
 * @category Aggregate
 */
export type GroupCount = { group: string; count: number }

/**
 * The result of {@link rollUp}.
 *
 * @example
 * const result: RollUp = { rows: [{ group: "ASEAN", count: 4 }, { group: "G7", count: 0 }], unassigned: 5 }
 *
 * @category Aggregate
 */
export type RollUp = {
  /** One row per requested group (zeros included), count descending, then group id. */
  rows: GroupCount[]
  /** The sum of the rows of countries in none of the groups. */
  unassigned: number
}

/**
 * The accumulator of {@link rollUp}: country rows are added one at a time.
 *
 * @example
 * const acc: RollUpAccumulator = createRollUpAccumulator(["ASEAN", "G7"])
 * acc.addAll([{ country: "VN", count: 3 }]).result() //=> { rows: [{ group: "ASEAN", count: 3 }, { group: "G7", count: 0 }], unassigned: 0 }
 *
 * @category Aggregate
 */
export type RollUpAccumulator = Accumulator<CountryCount, RollUp>

const KIND = "rollUp"
const OPTIONS = ["on", "dataset"]

class RollUpPlan implements Plan<CountryCount, RollUp, Saved> {
  readonly kind = KIND
  readonly records = "rows"
  readonly groups: readonly Membership[]
  readonly on: string | undefined
  /** The first and last day of `on`; NaN without it. */
  readonly first: number
  readonly last: number

  constructor(groups: readonly (string | Grouping)[], options: unknown) {
    const { on, dataset } = readOptions(KIND, options, OPTIONS)
    assertGroupList(KIND, groups)
    if (on !== undefined) assertDateOption(KIND, "on", on)
    const input =
      dataset === undefined ? undefined : readInput(KIND, dataset as never, "options.dataset")
    this.groups = guard(KIND, "data", () => {
      const resolver = new GroupResolver(KIND, input?.groups)
      const seen = new Set<string>()
      const memberships: Membership[] = []
      for (let k = 0; k < groups.length; k++) {
        const membership = resolver.resolve(
          groups[k] as string | Grouping,
          `the groups of rollUp (groups[${k}])`,
        )
        // A group requested twice has one row.
        if (seen.has(membership.id)) continue
        seen.add(membership.id)
        memberships.push(membership)
      }
      return memberships
    })
    this.on = on
    this.first = on === undefined ? Number.NaN : firstDayNumber(on)
    this.last = on === undefined ? Number.NaN : lastDayNumberOf(on)
  }

  newState() {
    return new RollUpState(this)
  }

  identity() {
    return [this.on, this.groups.map((group) => [group.id, group.spans])]
  }
}

type Saved = { counts: [string, number][] }

class RollUpState implements State<CountryCount, RollUp, Saved> {
  readonly plan: RollUpPlan
  readonly counts = new Map<string, number>()

  constructor(plan: RollUpPlan) {
    this.plan = plan
  }

  add(row: CountryCount): void {
    const { country, count } = row
    if (typeof count !== "number" || !(count >= 0 && count < Number.POSITIVE_INFINITY))
      throw invalidRecord(KIND, ADDED, "count", count, "a number of at least 0")
    const previous = this.counts.get(country)
    if (previous !== undefined) this.counts.set(country, previous + count)
    // A country is checked when first seen: every other row of it costs one look-up.
    else if (isCountryShape(country)) this.counts.set(country, count)
    else throw invalidRecord(KIND, ADDED, "country", country, COUNTRY)
  }

  absorb(other: RollUpState): void {
    for (const [country, count] of other.counts) addCount(this.counts, country, count)
  }

  save(): Saved {
    return { counts: [...this.counts] }
  }

  load(saved: Saved): void {
    for (const [country, count] of saved.counts) addCount(this.counts, country, count)
  }

  result(): RollUp {
    const { groups, first, last } = this.plan
    const totals = groups.map(() => 0)
    let unassigned = 0
    const dated = !Number.isNaN(first)
    for (const [country, count] of this.counts) {
      let assigned = false
      groups.forEach((group, g) => {
        const member = dated
          ? group.isMemberDuring(country, first, last)
          : group.isEverMember(country)
        if (member) {
          totals[g] = (totals[g] as number) + count
          assigned = true
        }
      })
      if (!assigned) unassigned += count
    }
    const rows = groups.map((group, g) => ({ group: group.id, count: totals[g] as number }))
    return { rows: sortByCount(rows, (row) => row.group), unassigned }
  }
}

/**
 * Creates the accumulator of {@link rollUp} for group ids or groupings.
 *
 * @example
 * createRollUpAccumulator(["ASEAN"]).addAll(rows).result()
 *
 * @category Aggregate
 */
export function createRollUpAccumulator(
  groups: readonly (string | Grouping)[],
  options?: RollUpOptions,
): RollUpAccumulator {
  return accumulate(new RollUpPlan(groups, options))
}

/**
 * Sums country counts (such as `participationsByCountry` rows) into groupings: a country counts
 * under every requested group it belongs to (on `on`, or at any time), `unassigned` sums the rest.
 *
 * An unknown group id is an `aggregate/unknown-group`. See
 * [counting rules](../../docs/counting-rules.md#rollup).
 *
 * @example
 * rollUp([{ country: "VN", count: 3 }, { country: "TL", count: 2 }, { country: "UA", count: 4 }], ["ASEAN"], { on: "2024-12-01" })
 * //=> { rows: [{ group: "ASEAN", count: 3 }], unassigned: 6 }
 *
 * @category Aggregate
 */
export function rollUp(
  rows: Iterable<CountryCount>,
  groups: readonly (string | Grouping)[],
  options?: RollUpOptions,
): RollUp {
  const plan = new RollUpPlan(groups, options)
  if (
    typeof rows !== "object" ||
    rows === null ||
    typeof (rows as Iterable<CountryCount>)[Symbol.iterator] !== "function"
  )
    throw invalidRecord(KIND, "rows", "", rows, "a list of rows { country, count }")
  return countAll(plan, rows, "rows", (state, records, at) => {
    for (const record of records) at.counted(state.add(at.check(record)))
  })
}
