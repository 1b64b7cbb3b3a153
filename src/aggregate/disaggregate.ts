import { checkFiscalYearStartMonth } from "../dates/fiscal-year.js"
import { lastDayNumberOf } from "../dates/partial-date.js"
import type { Grouping } from "../schemas/grouping.js"
import type { Participant } from "../schemas/participant.js"
import type { Participation } from "../schemas/participation.js"
import { Accumulator } from "./accumulator.js"
import {
  buildParticipantTable,
  buildProgrammeTable,
  checkCompatible,
  checkSeatCountry,
  compareCodeUnits,
  completionDay,
  fingerprint,
  GroupResolver,
  type Membership,
  type ParticipantTable,
  type ProgrammeTable,
} from "./context.js"
import { invalidOption } from "./errors.js"
import {
  COUNTING_OPTIONS,
  guard,
  invalidSeatCountry,
  isCountryShape,
  notAParticipation,
  readFilter,
  readInput,
  readOptions,
  rethrowAt,
} from "./input.js"
import type {
  AggregationContext,
  AggregationInput,
  CountingOptions,
  Dimension,
  SeatCountry,
} from "./types.js"

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
  /** Cells with a count below this are suppressed (`count: 0, suppressed: true`) for privacy. */
  readonly minCount?: number | undefined
  /** The groupings of the `group` dimension (ids or groupings); default: the dataset's `groups`. */
  readonly groups?: readonly (string | Grouping)[] | undefined
  /** The month a fiscal year starts in, for `fiscalYear`; default 4 (April). */
  readonly fiscalYearStartMonth?: number | undefined
}

/**
 * One cell of a cross-tab: a value per dimension, and its count. A suppressed cell (count below
 * `minCount`) has `count: 0` and `suppressed: true`.
 *
 * @example
 * const row: DisaggregateRow<"country" | "gender"> = { country: "UA", gender: "female", count: 3 }
 *
 * @category Aggregate
 */
export type DisaggregateRow<D extends Dimension = Dimension> = { [K in D]: string } & {
  count: number
  suppressed?: true
}

const KIND = "disaggregate"
const OPTIONS = [
  ...COUNTING_OPTIONS,
  "by",
  "of",
  "minCount",
  "groups",
  "fiscalYearStartMonth",
] as const
const COUNTRY = 0
const GENDER = 1
const PROFESSION = 2
const YEAR = 3
const FISCAL_YEAR = 4
const THEME = 5
// 6: GROUP, the default branch

/**
 * The distinct persons of an alumni cell: a Set while small, a bitset over the participant
 * table once that is smaller, so that memory stays bounded by the number of participants.
 */
class PersonSet {
  size = 0
  private set: Set<number> | undefined = new Set()
  private bits: Uint32Array | undefined

  constructor(private readonly capacity: number) {}

  add(person: number): void {
    if (this.bits !== undefined) {
      const word = person >>> 5
      const bit = 1 << (person & 31)
      const value = this.bits[word] as number
      if ((value & bit) === 0) {
        this.bits[word] = value | bit
        this.size++
      }
      return
    }
    const set = this.set as Set<number>
    set.add(person)
    this.size = set.size
    // A Set entry takes some 24 bytes, the bitset capacity / 8 bytes in all.
    if (set.size > this.capacity / 192) {
      this.bits = new Uint32Array((this.capacity >>> 5) + 1)
      for (const p of set) this.bits[p >>> 5] = (this.bits[p >>> 5] as number) | (1 << (p & 31))
      this.set = undefined
    }
  }

  *[Symbol.iterator](): IterableIterator<number> {
    if (this.set !== undefined) {
      yield* this.set
      return
    }
    const bits = this.bits as Uint32Array
    for (let word = 0; word < bits.length; word++) {
      const value = bits[word] as number
      if (value === 0) continue
      for (let b = 0; b < 32; b++) if ((value & (1 << b)) !== 0) yield word * 32 + b
    }
  }
}

type Cell = { values: string[]; count: number; persons: PersonSet | undefined }

/**
 * The accumulator of {@link disaggregate}.
 *
 * @example
 * const acc = createDisaggregateAccumulator({ programmes, participants }, { by: ["gender"] })
 * acc.addAll(participations).result() //=> [{ gender: "female", count: 3 }, …]
 *
 * @category Aggregate
 */
export class DisaggregateAccumulator<D extends Dimension = Dimension> extends Accumulator<
  Participation,
  DisaggregateRow<D>[]
> {
  private readonly by: readonly D[]
  private readonly dims: Int8Array
  private readonly alumni: boolean
  private readonly minCount: number
  private readonly mode: SeatCountry
  private readonly programmes: ProgrammeTable
  private readonly participants: ParticipantTable
  private readonly asOfDay: number
  private readonly key: string
  private readonly needsPerson: boolean
  private readonly years: readonly string[]
  private readonly fiscalYears: readonly string[]
  private readonly themes: readonly (readonly string[])[]
  private readonly groups: readonly Membership[]
  /** Per programme: the groups a country belongs to on its start date (cache). */
  private readonly groupCache: Map<string, readonly string[]>[]
  /** Per dimension: each value seen, as a small id (shared with merged accumulators). */
  private readonly valueIds: readonly Map<string, number>[]
  /** Cells of up to three dimensions whose value ids are below 1024, by a numeric key (no string built per record). */
  private readonly numberedCells = new Map<number, Cell>()
  /** Other cells, by a string key of their values. */
  private readonly cells = new Map<string, Cell>()
  private readonly scratch: (string | readonly string[])[]

  /** @internal Use {@link createDisaggregateAccumulator}. */
  constructor(
    context: AggregationContext | undefined,
    options: DisaggregateOptions<D>,
    shared?: DisaggregateAccumulator<D>,
  ) {
    super()
    if (shared !== undefined) {
      this.by = shared.by
      this.dims = shared.dims
      this.alumni = shared.alumni
      this.minCount = shared.minCount
      this.mode = shared.mode
      this.programmes = shared.programmes
      this.participants = shared.participants
      this.asOfDay = shared.asOfDay
      this.key = shared.key
      this.needsPerson = shared.needsPerson
      this.years = shared.years
      this.fiscalYears = shared.fiscalYears
      this.themes = shared.themes
      this.groups = shared.groups
      this.valueIds = shared.valueIds
    } else {
      if (options === undefined)
        invalidOption(KIND, "options", options, "pass { by: [dimensions] }")
      const read = readOptions(KIND, options, OPTIONS, "pass { by: [dimensions] }")
      const filter = readFilter(KIND, read)
      const by = guard(KIND, "options", () => readDimensions(read.by)) as D[]
      const of = read.of ?? "participations"
      if (of !== "participations" && of !== "alumni")
        invalidOption(KIND, "of", of, "use 'participations' (default) or 'alumni'")
      const minCount = read.minCount ?? 0
      if (typeof minCount !== "number" || !Number.isInteger(minCount) || minCount < 0)
        invalidOption(KIND, "minCount", minCount, "use a whole number of at least 0, such as 5")
      const startMonth = read.fiscalYearStartMonth ?? 4
      try {
        checkFiscalYearStartMonth(startMonth)
      } catch {
        invalidOption(
          KIND,
          "fiscalYearStartMonth",
          startMonth,
          "use a month from 1 (January) to 12 (December)",
        )
      }
      const groupOption = read.groups
      const wanted = guard(KIND, "options", () =>
        groupOption === undefined ? undefined : readGroupList(groupOption),
      )
      this.by = by
      this.dims = new Int8Array(by.map((d) => DIMENSIONS.indexOf(d)))
      this.alumni = of === "alumni"
      this.minCount = minCount
      this.mode = checkSeatCountry(KIND, read)
      const input = readInput(KIND, context)
      const { programmes, participants, groups } = guard(KIND, "data", () => {
        const programmes = buildProgrammeTable(KIND, input.programmes, filter)
        const participants = buildParticipantTable(KIND, input.participants)
        if (!by.includes("group" as D)) return { programmes, participants, groups: [] }
        const resolver = new GroupResolver(KIND, input.groups)
        const ids = wanted ?? (input.groups ?? []).map((g) => g.id)
        if (ids.length === 0)
          invalidOption(
            KIND,
            "groups",
            groupOption,
            "name the groupings of the 'group' dimension (ids such as 'ASEAN', or groupings), or give the dataset groups",
          )
        const groups = ids.map((g, k) =>
          resolver.resolve(g, `options.groups[${k}] of disaggregate`),
        )
        return { programmes, participants, groups }
      })
      this.programmes = programmes
      this.participants = participants
      this.groups = groups
      this.asOfDay = filter.asOf === undefined ? Number.NaN : lastDayNumberOf(filter.asOf)
      this.key = fingerprint(KIND, input, [
        filter,
        by,
        of,
        minCount,
        startMonth,
        this.mode,
        groups.map((g) => g.signature),
      ])
      this.needsPerson =
        this.alumni || by.some((d) => d !== "year" && d !== "fiscalYear" && d !== "theme")
      const list = this.programmes.list
      this.years = list.map((p) => p.period.start.slice(0, 4))
      this.fiscalYears = list.map((p) => fiscalYearKey(p.period.start, startMonth as number))
      this.themes = list.map((p) => {
        const themes = [...new Set(p.themes ?? [])]
        return themes.length === 0 ? [UNKNOWN] : themes
      })
    }
    this.valueIds ??= this.by.map(() => new Map())
    this.groupCache = this.groups.length === 0 ? [] : this.programmes.list.map(() => new Map())
    this.scratch = new Array(this.by.length)
  }

  add(record: Participation): this {
    if (typeof record !== "object" || record === null) notAParticipation(KIND, record)
    const status = record.status
    if (this.alumni ? status !== "completed" : status !== "completed" && status !== "attended")
      return this
    const role = record.role
    if (role !== undefined && role !== "participant") return this
    const i = this.programmes.index.get(record.programme)
    if (i === undefined || this.programmes.selected[i] === 0) return this
    let person: Participant | undefined
    let personIndex = -1
    if (this.needsPerson) {
      const p = this.participants.index.get(record.participant)
      if (p !== undefined) {
        personIndex = p
        person = this.participants.list[p]
      }
    }
    if (this.alumni) {
      // An alumnus is a known participant, counted under their own home country.
      if (person === undefined) return this
      if (
        !Number.isNaN(this.asOfDay) &&
        !(completionDay(KIND, record, this.programmes, i) <= this.asOfDay)
      )
        return this
    }
    const dims = this.dims
    const scratch = this.scratch
    let multi = false
    let country: string | undefined
    for (let k = 0; k < dims.length; k++) {
      let value: string | readonly string[]
      switch (dims[k]) {
        case COUNTRY:
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
          value = this.years[i] as string
          break
        case FISCAL_YEAR:
          value = this.fiscalYears[i] as string
          break
        case THEME:
          value = this.themes[i] as readonly string[]
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
    if (multi) this.product(0, "", [], personIndex)
    else if (!this.bumpNumbered(scratch as string[], personIndex))
      this.bump(stringKey(scratch as string[]), scratch as string[], personIndex)
    return this
  }

  /** Counts a cell under a numeric key when it has one; `false` when it has not. */
  private bumpNumbered(values: readonly string[], personIndex: number): boolean {
    if (values.length > 3) return false
    let key = 0
    for (let k = 0; k < values.length; k++) {
      const ids = this.valueIds[k] as Map<string, number>
      const value = values[k] as string
      let id = ids.get(value)
      if (id === undefined) {
        id = ids.size
        ids.set(value, id)
      }
      if (id >= 1024) return false
      key += id * (RADIX[k] as number)
    }
    let cell = this.numberedCells.get(key)
    if (cell === undefined) {
      cell = this.newCell(values)
      this.numberedCells.set(key, cell)
    }
    if (cell.persons !== undefined) cell.persons.add(personIndex)
    else cell.count++
    return true
  }

  private newCell(values: readonly string[]): Cell {
    return {
      values: values.slice(),
      count: 0,
      persons: this.alumni ? new PersonSet(this.participants.list.length) : undefined,
    }
  }

  /** Every cell once, by the string key of its values (numbered and string-keyed cells combined). */
  private canonicalCells(): Map<string, Cell> {
    if (this.numberedCells.size === 0) return this.cells
    const all = new Map<string, Cell>()
    for (const cells of [this.numberedCells.values(), this.cells.values()]) {
      for (const cell of cells) combineInto(all, cell, this.participants.list.length)
    }
    return all
  }

  private countryOf(record: Participation, person: Participant | undefined): string | undefined {
    if (this.alumni) return person?.country
    const country = record.country
    if (this.mode === "participation" && country !== undefined) {
      if (!isCountryShape(country)) invalidSeatCountry(KIND, country)
      return country
    }
    return person?.country
  }

  private groupsOf(country: string | undefined, i: number): readonly string[] {
    if (country === undefined) return [UNKNOWN]
    const cache = this.groupCache[i] as Map<string, readonly string[]>
    let ids = cache.get(country)
    if (ids === undefined) {
      const day = this.programmes.startDay[i] as number
      const found = this.groups.filter((g) => g.isMemberDuring(country, day, day)).map((g) => g.id)
      ids = found.length === 0 ? [UNKNOWN] : [...new Set(found)]
      cache.set(country, ids)
    }
    return ids
  }

  /** Every combination of the multi-valued dimensions (a programme with several themes counts under each). */
  private product(k: number, key: string, values: string[], personIndex: number): void {
    if (k === this.scratch.length) {
      this.bump(key, values, personIndex)
      return
    }
    const value = this.scratch[k] as string | readonly string[]
    for (const v of typeof value === "string" ? [value] : value) {
      values.push(v)
      this.product(k + 1, `${key}${v.length}:${v}`, values, personIndex)
      values.pop()
    }
  }

  private bump(key: string, values: readonly string[], personIndex: number): void {
    let cell = this.cells.get(key)
    if (cell === undefined) {
      cell = this.newCell(values)
      this.cells.set(key, cell)
    }
    if (cell.persons !== undefined) cell.persons.add(personIndex)
    else cell.count++
  }

  merge(other: this): this {
    checkCompatible(KIND, this.key, other.key)
    const merged = new DisaggregateAccumulator<D>(undefined, { by: this.by }, this) as this
    for (const part of [this, other]) {
      for (const cell of part.canonicalCells().values())
        combineInto(merged.cells, cell, merged.participants.list.length)
    }
    return merged
  }

  protected stateKind(): string {
    return KIND
  }

  protected stateKey(): string {
    return this.key
  }

  protected saveState(): unknown {
    return {
      cells: [...this.canonicalCells().values()].map((cell) => ({
        values: cell.values.slice(),
        count: cell.count,
        persons: cell.persons === undefined ? null : [...cell.persons],
      })),
    }
  }

  protected emptyCopy(): this {
    return new DisaggregateAccumulator<D>(undefined, { by: this.by }, this) as this
  }

  protected loadState(data: unknown): void {
    const state = data as { cells: { values: string[]; count: number; persons: number[] | null }[] }
    for (const saved of state.cells) {
      const cell = this.newCell(saved.values)
      cell.count = saved.count
      if (cell.persons !== undefined) for (const p of saved.persons ?? []) cell.persons.add(p)
      this.cells.set(stringKey(saved.values), cell)
    }
  }

  result(): DisaggregateRow<D>[] {
    const rows: { values: string[]; count: number; suppressed: boolean }[] = []
    for (const cell of this.canonicalCells().values()) {
      const count = cell.persons === undefined ? cell.count : cell.persons.size
      if (count === 0) continue
      const suppressed = count < this.minCount
      rows.push({ values: cell.values, count: suppressed ? 0 : count, suppressed })
    }
    rows.sort((a, b) => {
      if (a.count !== b.count) return b.count - a.count
      for (let k = 0; k < a.values.length; k++) {
        const c = compareCodeUnits(a.values[k] as string, b.values[k] as string)
        if (c !== 0) return c
      }
      return 0
    })
    return rows.map(({ values, count, suppressed }) => {
      const row: Record<string, unknown> = {}
      this.by.forEach((dimension, k) => {
        row[dimension] = values[k]
      })
      row.count = count
      if (suppressed) row.suppressed = true
      return row as DisaggregateRow<D>
    })
  }
}

/** The `by` option, checked and copied: known dimensions, each once. */
function readDimensions(by: unknown): Dimension[] {
  if (!Array.isArray(by))
    invalidOption(
      KIND,
      "by",
      by,
      `pass a list of dimensions among ${DIMENSIONS.map((d) => `'${d}'`).join(", ")}`,
    )
  const dimensions: Dimension[] = []
  for (let k = 0; k < by.length; k++) {
    const dimension: unknown = by[k]
    if (!DIMENSIONS.includes(dimension as Dimension))
      invalidOption(
        KIND,
        `by[${k}]`,
        dimension,
        `use one of ${DIMENSIONS.map((d) => `'${d}'`).join(", ")}`,
      )
    if (dimensions.includes(dimension as Dimension))
      invalidOption(KIND, `by[${k}]`, dimension, "name each dimension once")
    dimensions.push(dimension as Dimension)
  }
  return dimensions
}

/** The `groups` option, checked and copied: group ids or groupings. */
function readGroupList(groups: unknown): (string | Grouping)[] {
  if (!Array.isArray(groups))
    invalidOption(KIND, "groups", groups, "pass a list of group ids (such as 'ASEAN') or groupings")
  return [...groups] as (string | Grouping)[]
}

/** Place values of the numeric cell keys: value ids below 1024, up to three dimensions. */
const RADIX = [1, 1024, 1024 * 1024] as const

/** A key of a list of values that no other list shares (each value prefixed by its length). */
function stringKey(values: readonly string[]): string {
  let key = ""
  for (const v of values) key += `${v.length}:${v}`
  return key
}

/** Adds a cell's count (or persons) into the cell of the same values in `cells`. */
function combineInto(cells: Map<string, Cell>, cell: Cell, capacity: number): void {
  const key = stringKey(cell.values)
  let target = cells.get(key)
  if (target === undefined) {
    target = {
      values: cell.values,
      count: 0,
      persons: cell.persons === undefined ? undefined : new PersonSet(capacity),
    }
    cells.set(key, target)
  }
  target.count += cell.count
  if (target.persons !== undefined) for (const p of cell.persons ?? []) target.persons.add(p)
}

function fiscalYearKey(start: string, startMonth: number): string {
  const year = Number(start.slice(0, 4))
  if (start.length === 4) return startMonth === 1 ? `FY${start}` : UNDETERMINED
  const fy = Number(start.slice(5, 7)) >= startMonth ? year : year - 1
  return `FY${String(fy).padStart(4, "0")}`
}

/**
 * Creates the accumulator of {@link disaggregate}.
 *
 * @param context - The programmes, participants and groups.
 * @param options - As for {@link disaggregate}.
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
  return new DisaggregateAccumulator<D>(context, options)
}

/**
 * A tidy cross-tab of per-person records: one row per combination of dimension values that
 * occurs, with its count.
 *
 * It counts counted participations (default), or alumni with `of: "alumni"` (distinct persons
 * per cell: an alumnus counts once in a cell however many completions fall in it, and under
 * the home country). Dimensions: `country` (the seat's country, per `seatCountry`; for alumni
 * the home country), `gender`, `profession`, `year` (of the programme's start), `fiscalYear`
 * (`"FY2018"`, or `"undetermined"` for a year-only start when the fiscal year does not start in
 * January), `theme` (a programme with several themes counts under each), `group` (each grouping
 * of `options.groups` — default the dataset's groups — that the row's country belongs to on the
 * programme's start date; a country in several counts under each).
 *
 * Edge cases: a missing value (no gender given, no theme, a country in none of the groups, an
 * unknown participant) is the key `"unknown"`; reported figures (`reportedParticipants`) are not
 * per-person records and are not counted here; an alumnus whose completions fall in several
 * years or themes counts once in each of those cells; `minCount` suppresses cells below it
 * (`count: 0, suppressed: true`, sorted last) — primary suppression only; `by: []` gives one row
 * with the total.
 *
 * @param dataset - A dataset, or plain arrays (`participations` may be any iterable); not modified.
 * @param options - `by` (required), `of`, `minCount`, `groups`, `fiscalYearStartMonth`,
 *   `seatCountry`, and the programme filter with `asOf`.
 * @returns Rows by count descending, then by each value in the order of `by` (code unit order).
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
  const accumulator = new DisaggregateAccumulator<D>(input, options)
  let i = 0
  try {
    for (const record of input.participations ?? []) {
      accumulator.add(record)
      i++
    }
  } catch (error) {
    rethrowAt(KIND, error, `participations[${i}]`)
  }
  return accumulator.result()
}
