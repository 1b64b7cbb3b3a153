import { fiscalYearLabel, fiscalYearOf } from "../dates/fiscal-year.js"
import { lastDayNumberOf } from "../dates/partial-date.js"
import { isCountedCompletion, isCountedParticipation } from "../domain/counting.js"
import type { Grouping } from "../schemas/grouping.js"
import type { Participant } from "../schemas/participant.js"
import type { Participation } from "../schemas/participation.js"
import type { Accumulator } from "./accumulator.js"
import { completionDay } from "./context/completion-day.js"
import { GroupResolver } from "./context/group-resolver.js"
import type { Membership } from "./context/membership.js"
import { participantIdentity } from "./context/participant-table.js"
import { programmeIdentity } from "./context/programme-table.js"
import { readContext } from "./context/read-context.js"
import { CellTable, type SavedCell } from "./counts/cell-table.js"
import { crossTabRows } from "./counts/cross-tab-rows.js"
import { ADDED, COUNTRY, invalidOption, invalidRecord } from "./errors.js"
import { guard } from "./input/guard.js"
import { readDisaggregateOptions } from "./input/read-disaggregate-options.js"
import { readInput } from "./input/read-input.js"
import { isCountryShape } from "./input/shapes.js"
import { countAll } from "./protocol/count-all.js"
import type { Plan, State } from "./protocol/plan.js"
import { accumulate } from "./protocol/streamed-accumulator.js"
import type { AggregationContext, AggregationInput, CountingOptions, Dimension } from "./types.js"

/**
 * Every dimension {@link disaggregate} knows, in a stable order.
 *
 * @example
 * DIMENSIONS.includes("fiscalYear") //=> true
 *
 * @category Aggregate
 */
export const DIMENSIONS: readonly Dimension[] = [
  "country",
  "gender",
  "profession",
  "year",
  "fiscalYear",
  "theme",
  "group",
]

/**
 * The key of a missing value (no gender given, no theme, a country in none of the groups).
 *
 * @example
 * disaggregate(dataset, { by: ["gender"] }).find((row) => row.gender === UNKNOWN)?.count //=> 2
 *
 * @category Aggregate
 */
export const UNKNOWN = "unknown"
/**
 * The `fiscalYear` of a programme starting on a year-only date when the fiscal year does not start in January.
 *
 * @example
 * disaggregate(dataset, { by: ["fiscalYear"] })[0]?.fiscalYear //=> "undetermined" (a programme starting "2018")
 *
 * @category Aggregate
 */
export const UNDETERMINED = "undetermined"

/**
 * The options of {@link disaggregate}.
 *
 * @example
 * const options: DisaggregateOptions<"country" | "group"> = { by: ["country", "group"], groups: ["ASEAN"], minCount: 5 }
 *
 * @category Aggregate
 */
export type DisaggregateOptions<D extends Dimension = Dimension> = CountingOptions & {
  /** The dimensions, in the order of the row keys and of the sort. */
  readonly by: readonly D[]
  /** Count counted participations (default) or alumni (distinct persons per cell). */
  readonly of?: "participations" | "alumni" | undefined
  /**
   * Cells with a count below this are suppressed for privacy (`count: null, suppressed: true`),
   * and so are the cells needed so that none of them can be recovered from a total by
   * subtraction (complementary suppression; docs/counting-rules.md).
   */
  readonly minCount?: number | undefined
  /**
   * The order of the rows: `"count"` (default) — count descending, then the values; or
   * `"dimensions"` — by each value in the order of `by` (code-unit order), so that rows by
   * `year` or `fiscalYear` come in time order.
   */
  readonly order?: "count" | "dimensions" | undefined
  /** The groupings of the `group` dimension (ids or groupings); default: the dataset's `groups`. */
  readonly groups?: readonly (string | Grouping)[] | undefined
  /** The month a fiscal year starts in, for `fiscalYear`; default 4 (April). */
  readonly fiscalYearStartMonth?: number | undefined
}

/**
 * One cell of a cross-tab: a value per dimension, and its count. A suppressed cell (below
 * `minCount`, or suppressed so that another cannot be recovered) has `count: null` and
 * `suppressed: true`: its count is withheld, not zero.
 *
 * @example
 * const row: DisaggregateRow<"country" | "gender"> = { country: "UA", gender: "female", count: 3 }
 *
 * @category Aggregate
 */
export type DisaggregateRow<D extends Dimension = Dimension> = { [K in D]: string } & {
  count: number | null
  suppressed?: true
}

/**
 * The accumulator of {@link disaggregate}.
 *
 * @example
 * const acc: DisaggregateAccumulator<"gender"> = createDisaggregateAccumulator({ programmes, participants }, { by: ["gender"] })
 * acc.addAll(participations).result() //=> [{ gender: "female", count: 3 }, …]
 *
 * @category Aggregate
 */
export type DisaggregateAccumulator<D extends Dimension = Dimension> = Accumulator<
  Participation,
  DisaggregateRow<D>[]
>

const KIND = "disaggregate"
const COUNTRY_DIMENSION = 0
const GENDER = 1
const PROFESSION = 2
const YEAR = 3
const FISCAL_YEAR = 4
const THEME = 5
// 6: GROUP, the default branch

class DisaggregatePlan<D extends Dimension>
  implements Plan<Participation, DisaggregateRow<D>[], Saved>
{
  readonly kind = KIND
  readonly records = "participations"
  readonly filter
  readonly mode
  readonly by: readonly D[]
  /** The dimensions as indexes of `DIMENSIONS`. */
  readonly dims: Int8Array
  readonly alumni: boolean
  readonly minCount: number
  readonly order: "count" | "dimensions"
  readonly startMonth
  readonly programmes
  readonly participants
  readonly groups: readonly Membership[]
  /** The last day of `asOf`; NaN without it. */
  readonly asOfDay: number
  /** Whether a dimension (or alumni) needs the participant of a record. */
  readonly needsPerson: boolean
  /** Per programme: the year and fiscal year of its start, and its themes (at least `unknown`). */
  readonly years: readonly string[]
  readonly fiscalYears: readonly string[]
  readonly themes: readonly (readonly string[])[]

  constructor(context: AggregationContext | undefined, options: unknown) {
    const settings = readDisaggregateOptions(KIND, options, DIMENSIONS)
    const { filter, mode, minCount, order, startMonth, groupOption, wanted } = settings
    const by = settings.by as D[]
    this.order = order
    this.startMonth = startMonth
    this.filter = filter
    this.mode = mode
    this.by = by
    this.dims = new Int8Array(by.map((d) => DIMENSIONS.indexOf(d)))
    this.alumni = settings.alumni
    this.minCount = minCount
    const { input, programmes, participants } = readContext(KIND, context, filter)
    this.programmes = programmes
    this.participants = participants
    this.groups = !by.includes("group" as D)
      ? []
      : guard(KIND, "data", () => {
          const resolver = new GroupResolver(KIND, input.groups)
          const ids = wanted ?? (input.groups ?? []).map((g) => g.id)
          if (ids.length === 0)
            throw invalidOption(
              KIND,
              "groups",
              groupOption,
              "name the groupings of the 'group' dimension (ids such as 'ASEAN', or groupings), or give the dataset groups",
            )
          return ids.map((g, k) => resolver.resolve(g, `options.groups[${k}] of disaggregate`))
        })
    this.asOfDay = filter.asOf === undefined ? Number.NaN : lastDayNumberOf(filter.asOf)
    this.needsPerson =
      this.alumni || by.some((d) => d !== "year" && d !== "fiscalYear" && d !== "theme")
    const list = programmes.list
    this.years = list.map((p) => p.period.start.slice(0, 4))
    this.fiscalYears = list.map((p) => {
      const year = fiscalYearOf(p.period.start, this.startMonth)
      return year === undefined ? UNDETERMINED : fiscalYearLabel(year)
    })
    this.themes = list.map((p) => {
      const themes = [...new Set(p.themes ?? [])]
      return themes.length === 0 ? [UNKNOWN] : themes
    })
  }

  newState() {
    return new DisaggregateState(this)
  }

  identity() {
    const { filter, mode, by, alumni, minCount, order, startMonth, programmes, participants } = this
    return [
      [filter, mode, by, alumni, minCount, order, startMonth],
      programmeIdentity(programmes),
      participantIdentity(participants),
      this.groups.map((group) => [group.id, group.spans]),
      this.fiscalYears,
      this.themes,
    ]
  }
}

type Saved = { cells: SavedCell[] }

class DisaggregateState<D extends Dimension>
  implements State<Participation, DisaggregateRow<D>[], Saved>
{
  readonly plan: DisaggregatePlan<D>
  readonly cells: CellTable
  /** Per programme: the groups a country belongs to on its start date (a cache). */
  private readonly groupCache: Map<string, readonly string[]>[]
  /** The values of the record being counted, per dimension (one, or several to combine). */
  private readonly scratch: (string | readonly string[])[]

  constructor(plan: DisaggregatePlan<D>) {
    this.plan = plan
    const persons = plan.participants.list.length
    this.cells = new CellTable(plan.by.length, plan.alumni ? persons : undefined)
    this.groupCache = plan.groups.length === 0 ? [] : plan.programmes.list.map(() => new Map())
    this.scratch = new Array(plan.by.length)
  }

  add(record: Participation): void {
    const plan = this.plan
    if (!(plan.alumni ? isCountedCompletion(record) : isCountedParticipation(record))) return
    const programmes = plan.programmes
    const i = programmes.index.get(record.programme)
    if (i === undefined || programmes.selected[i] === 0) return
    let person: Participant | undefined
    let personIndex = -1
    if (plan.needsPerson) {
      const p = plan.participants.index.get(record.participant)
      if (p !== undefined) {
        personIndex = p
        person = plan.participants.list[p]
      }
    }
    if (plan.alumni) {
      // An alumnus is a known participant, counted under their own home country.
      if (person === undefined) return
      if (
        !Number.isNaN(plan.asOfDay) &&
        !(completionDay(KIND, record, programmes, i) <= plan.asOfDay)
      )
        return
    }
    const dims = plan.dims
    const scratch = this.scratch
    let multi = false
    let country: string | undefined
    for (let k = 0; k < dims.length; k++) {
      let value: string | readonly string[]
      switch (dims[k]) {
        case COUNTRY_DIMENSION:
          country ??= this.countryOf(record, person)
          value = country ?? UNKNOWN
          break
        case GENDER:
          value = person?.gender ?? UNKNOWN
          break
        case PROFESSION:
          value = person?.profession ?? UNKNOWN
          break
        case YEAR:
          value = plan.years[i] as string
          break
        case FISCAL_YEAR:
          value = plan.fiscalYears[i] as string
          break
        case THEME:
          value = plan.themes[i] as readonly string[]
          break
        default: // GROUP
          country ??= this.countryOf(record, person)
          value = this.groupsOf(country, i)
      }
      if (typeof value !== "string") {
        if (value.length === 1) value = value[0] as string
        else multi = true
      }
      scratch[k] = value
    }
    if (multi) this.cells.countEach(scratch, personIndex)
    else this.cells.count(scratch as string[], personIndex)
  }

  private countryOf(record: Participation, person: Participant | undefined): string | undefined {
    if (this.plan.alumni) return person?.country
    const country = record.country
    if (this.plan.mode === "participation" && country !== undefined) {
      if (!isCountryShape(country)) throw invalidRecord(KIND, ADDED, "country", country, COUNTRY)
      return country
    }
    return person?.country
  }

  private groupsOf(country: string | undefined, i: number): readonly string[] {
    if (country === undefined) return [UNKNOWN]
    const cache = this.groupCache[i] as Map<string, readonly string[]>
    let ids = cache.get(country)
    if (ids === undefined) {
      const day = this.plan.programmes.startDay[i] as number
      const found = this.plan.groups
        .filter((g) => g.isMemberDuring(country, day, day))
        .map((g) => g.id)
      ids = found.length === 0 ? [UNKNOWN] : [...new Set(found)]
      cache.set(country, ids)
    }
    return ids
  }

  absorb(other: DisaggregateState<D>): void {
    this.cells.absorb(other.cells)
  }

  save(): Saved {
    return { cells: this.cells.save() }
  }

  load(saved: Saved): void {
    this.cells.load(saved.cells)
  }

  result(): DisaggregateRow<D>[] {
    const { by, minCount, order } = this.plan
    const cells = [...this.cells.cells()].map((cell) => ({
      values: cell.values,
      count: CellTable.countOf(cell),
    }))
    return crossTabRows(by, cells, minCount, order) as DisaggregateRow<D>[]
  }
}

/**
 * Creates the accumulator of {@link disaggregate} over the programmes, participants and groups
 * the participations refer to.
 *
 * @example
 * createDisaggregateAccumulator({ programmes, participants }, { by: ["gender"] })
 *   .addAll(participations).result()
 *
 * @category Aggregate
 */
export function createDisaggregateAccumulator<const D extends Dimension>(
  context: AggregationContext,
  options: DisaggregateOptions<D>,
): DisaggregateAccumulator<D> {
  return accumulate(new DisaggregatePlan<D>(context, options))
}

/**
 * A tidy cross-tab of per-person records: one row per combination of dimension values that
 * occurs, with its count of counted participations — or with `of: "alumni"`, of distinct
 * persons (an alumnus counts once in a cell, under the home country).
 *
 * A missing value is `"unknown"`; a programme with several themes (a country in several
 * groups) counts under each; `minCount` suppresses small cells and their complements
 * (`count: null, suppressed: true`, sorted last); `order: "dimensions"` sorts rows by their
 * values (a time series in time order); reported figures are not counted. The dimensions and the contract:
 * [counting rules](../../docs/counting-rules.md#disaggregate).
 *
 * @param dataset - A dataset, or plain arrays (`participations` may be any iterable); not modified.
 * @param options - `by` (required), `of`, `minCount`, `order`, `groups`, `fiscalYearStartMonth`,
 *   `seatCountry`, and the programme filter with `asOf`.
 * @returns Rows by count descending, then by each value in the order of `by` (code unit order);
 *   with `order: "dimensions"`, by the values alone.
 *
 * @example
 * disaggregate(dataset, { by: ["country", "gender"] })
 * //=> [{ country: "UA", gender: "female", count: 3 }, { country: "VN", gender: "unknown", count: 1 }]
 *
 * @category Aggregate
 */
export function disaggregate<const D extends Dimension>(
  dataset: AggregationInput,
  options: DisaggregateOptions<D>,
): DisaggregateRow<D>[] {
  const input = readInput(KIND, dataset)
  return countAll(
    new DisaggregatePlan<D>(input, options),
    input.participations,
    "participations",
    (state, records, at) => {
      for (const record of records) at.counted(state.add(at.check(record)))
    },
  )
}
