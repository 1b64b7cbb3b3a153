import { firstDayNumber, lastDayNumberOf } from "../dates/partial-date.js"
import type { Grouping } from "../schemas/grouping.js"
import { Accumulator } from "./accumulator.js"
import {
  addCount,
  checkCompatible,
  compareCodeUnits,
  fingerprint,
  GroupResolver,
  type Membership,
} from "./context.js"
import { invalidOption } from "./errors.js"
import {
  COUNTRY,
  checkDate,
  guard,
  isCountryShape,
  readInput,
  readOptions,
  recordError,
  rethrowAt,
} from "./input.js"
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

const KIND = "rollUp"
const OPTIONS = ["on", "dataset"] as const

/**
 * The accumulator of {@link rollUp}: country rows are added one at a time.
 *
 * @example
 * const acc = createRollUpAccumulator(["ASEAN", "G7"])
 * acc.addAll([{ country: "VN", count: 3 }]).result() //=> { rows: [{ group: "ASEAN", count: 3 }, { group: "G7", count: 0 }], unassigned: 0 }
 *
 * @category Aggregate
 */
export class RollUpAccumulator extends Accumulator<CountryCount, RollUp> {
  private readonly groups: readonly Membership[]
  private readonly first: number
  private readonly last: number
  private readonly key: string
  private readonly counts = new Map<string, number>()

  /** @internal Use {@link createRollUpAccumulator}. */
  constructor(
    groups: readonly (string | Grouping)[],
    options: RollUpOptions | undefined,
    shared?: RollUpAccumulator,
  ) {
    super()
    if (shared !== undefined) {
      this.groups = shared.groups
      this.first = shared.first
      this.last = shared.last
      this.key = shared.key
      return
    }
    const { on, dataset } = readOptions(KIND, options, OPTIONS)
    if (!Array.isArray(groups))
      invalidOption(
        KIND,
        "groups",
        groups,
        "pass a list of group ids (such as 'ASEAN') or groupings",
      )
    if (on !== undefined) checkDate(KIND, "on", on)
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
    this.first = on === undefined ? Number.NaN : firstDayNumber(on)
    this.last = on === undefined ? Number.NaN : lastDayNumberOf(on)
    this.key = fingerprint(KIND, input, [this.groups.map((g) => g.signature), on ?? null])
  }

  add(row: CountryCount): this {
    if (typeof row !== "object" || row === null) invalidRow(row)
    const country = row.country
    const count = row.count
    if (typeof count !== "number" || !(count >= 0 && count < Number.POSITIVE_INFINITY))
      invalidRow(row)
    const previous = this.counts.get(country)
    if (previous !== undefined) this.counts.set(country, previous + count)
    else if (isCountryShape(country)) this.counts.set(country, count)
    // A country is checked when first seen: every other row of it costs one look-up.
    else invalidRow(row)
    return this
  }

  merge(other: this): this {
    checkCompatible(KIND, this.key, other.key)
    const merged = new RollUpAccumulator([], undefined, this) as this
    for (const part of [this, other])
      for (const [country, count] of part.counts) addCount(merged.counts, country, count)
    return merged
  }

  protected stateKind(): string {
    return KIND
  }

  protected stateKey(): string {
    return this.key
  }

  protected saveState(): unknown {
    return { counts: [...this.counts] }
  }

  protected emptyCopy(): this {
    return new RollUpAccumulator([], undefined, this) as this
  }

  protected loadState(data: unknown): void {
    for (const [country, count] of (data as { counts: [string, number][] }).counts)
      addCount(this.counts, country, count)
  }

  result(): RollUp {
    const totals = this.groups.map(() => 0)
    let unassigned = 0
    const dated = !Number.isNaN(this.first)
    for (const [country, count] of this.counts) {
      let assigned = false
      this.groups.forEach((group, g) => {
        const member = dated
          ? group.isMemberDuring(country, this.first, this.last)
          : group.isEverMember(country)
        if (member) {
          totals[g] = (totals[g] as number) + count
          assigned = true
        }
      })
      if (!assigned) unassigned += count
    }
    const rows = this.groups.map((group, g) => ({ group: group.id, count: totals[g] as number }))
    rows.sort((a, b) => b.count - a.count || compareCodeUnits(a.group, b.group))
    return { rows, unassigned }
  }
}

/** Throws what is wrong with a row (kept out of `add`, so that `add` stays small and fast). */
function invalidRow(row: unknown): never {
  if (typeof row !== "object" || row === null)
    throw recordError(KIND, "a row", "", row, "a row { country, count }")
  const { country, count } = row as Record<string, unknown>
  if (typeof count !== "number" || !(count >= 0 && count < Number.POSITIVE_INFINITY))
    throw recordError(KIND, "a row", "count", count, "a number of at least 0")
  throw recordError(KIND, "a row", "country", country, COUNTRY)
}

/**
 * Creates the accumulator of {@link rollUp}.
 *
 * @param groups - Group ids (the dataset's groups first, then the reference) or groupings.
 * @param options - As for {@link rollUp}.
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
  return new RollUpAccumulator(groups, options)
}

/**
 * Country counts summed into groupings.
 *
 * A country counts under every requested group it belongs to — on `on` when given (a year or a
 * month: on any day of it), else at any time — so a country in two groups adds to both.
 * `unassigned` sums the rows of countries in none of the groups. Group ids resolve from
 * `options.dataset.groups` first, then the reference groupings (`"ASEAN"`, `"G7"`, …); an
 * unknown id is an `AggregationError` `aggregate/unknown-group`.
 *
 * Edge cases: one row per requested group, zeros included (a group requested twice has one
 * row); several rows for one country add up; rows are not modified.
 *
 * @param rows - Country counts, such as the `rows` of `participationsByCountry`.
 * @param groups - Group ids or groupings.
 * @param options - `on`, `dataset`.
 * @returns `{ rows: { group, count }[], unassigned }`, rows by count descending, then group id.
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
  const accumulator = new RollUpAccumulator(groups, options)
  if (
    typeof rows !== "object" ||
    rows === null ||
    typeof (rows as Iterable<CountryCount>)[Symbol.iterator] !== "function"
  )
    throw recordError(KIND, "rows", "", rows, "a list of rows { country, count }")
  let i = 0
  try {
    for (const row of rows) {
      accumulator.add(row)
      i++
    }
  } catch (error) {
    rethrowAt(KIND, error, `rows[${i}]`)
  }
  return accumulator.result()
}
