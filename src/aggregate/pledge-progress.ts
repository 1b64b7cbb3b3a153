import { firstDayNumber, lastDayNumberOf } from "../dates/partial-date.js"
import { elapsedShareOfDays } from "../dates/period.js"
import { MoneyError } from "../money/errors.js"
import {
  addDecimal,
  compareDecimal,
  type Decimal,
  decimalOfNumber,
  decimalRatio,
  decimalToNumber,
  digitsOf,
  toMinorUnits,
} from "../money/minor-units.js"
import type { ExchangeRateTable } from "../money/rates.js"
import { convertToMinorUnits, indexRateTable } from "../money/rates.js"
import type { Participation } from "../schemas/participation.js"
import type { Pledge, PledgeFulfilment, PledgeTarget } from "../schemas/pledge.js"
import type { Programme } from "../schemas/programme.js"
import { quote } from "../text/quote.js"
import { Accumulator } from "./accumulator.js"
import {
  buildProgrammeTable,
  checkCompatible,
  completionDay,
  fingerprint,
  type ProgrammeTable,
} from "./context.js"
import { AggregationError, invalidOption } from "./errors.js"
import {
  checkDate,
  checkPledge,
  checkProgrammePledges,
  guard,
  notAParticipation,
  readInput,
  readOptions,
  rethrowAt,
} from "./input.js"
import type { AggregationContext, AggregationInput, PledgeStatus } from "./types.js"

/**
 * The metric of a quantity target that also counts completed participations.
 *
 * @example
 * const target = { id: "personnel", kind: "quantity", metric: PEOPLE_TRAINED, value: 2000 } as const
 *
 * @category Aggregate
 */
export const PEOPLE_TRAINED = "people-trained"

/**
 * The options of {@link pledgeProgress}.
 *
 * @example
 * const options: PledgeProgressOptions = { asOf: "2018-12-31", dataset, rates: { source: "IMF yearly averages", rates: [] } }
 *
 * @category Aggregate
 */
export type PledgeProgressOptions = {
  /** The date of the report (read as its last day: `"2018"` is 2018-12-31). Required. */
  readonly asOf: string
  /** Programmes and participations, for "people-trained" targets. */
  readonly dataset?: AggregationInput | undefined
  /** Exchange rates for fulfilments in another currency than their target's. */
  readonly rates?: ExchangeRateTable | undefined
}

/**
 * The progress of one target.
 *
 * @example
 * const row: PledgeTargetProgress = { target: "personnel", kind: "quantity", goal: 2000, achieved: 2653, ratio: 1.3265, status: "exceeded" }
 *
 * @category Aggregate
 */
export type PledgeTargetProgress = {
  target: string
  kind: "money" | "quantity"
  /** The target: an amount in its currency, or a quantity. */
  goal: number
  /** What the records (and, for "people-trained", the participations) give, in the same unit. */
  achieved: number
  /** `achieved / goal` (1 for a goal of 0). */
  ratio: number
  status: PledgeStatus
}

/**
 * The result of {@link pledgeProgress}.
 *
 * @example
 * const progress: PledgeProgress = pledgeProgress(pledge, { asOf: "2018-12-31" })
 * progress.status //=> "exceeded"
 *
 * @category Aggregate
 */
export type PledgeProgress = {
  pledge: string
  /** The `asOf` option, as given. */
  asOf: string
  /** The share of the pledge's period elapsed on `asOf`, 0–1. */
  elapsed: number
  /** `not-started` before the period, else the first of missed, behind, on-track, met, exceeded that any target has. */
  status: PledgeStatus
  /** In the pledge's order. */
  targets: PledgeTargetProgress[]
}

const KIND = "pledgeProgress"
const OPTIONS = ["asOf", "dataset", "rates"] as const
const STATUS_ORDER: readonly PledgeStatus[] = ["missed", "behind", "on-track", "met", "exceeded"]

/**
 * The accumulator of {@link pledgeProgress}: streams the participations that count towards
 * its "people-trained" targets.
 *
 * @example
 * const acc = createPledgeProgressAccumulator(pledge, { asOf: "2018-12-31", dataset: { programmes } })
 * acc.addAll(participations).result().targets[1]?.achieved //=> 2653
 *
 * @category Aggregate
 */
export class PledgeProgressAccumulator extends Accumulator<Participation, PledgeProgress> {
  private readonly pledge: Pledge
  private readonly asOf: string
  private readonly asOfDay: number
  private readonly rates: ExchangeRateTable | undefined
  private readonly programmes: ProgrammeTable
  /** Per programme: 1 when it is not cancelled or postponed and its `pledges` name the pledge. */
  private readonly names: Uint8Array
  private readonly key: string
  private trained = 0

  /** @internal Use {@link createPledgeProgressAccumulator}. */
  constructor(pledge: Pledge, options: PledgeProgressOptions, shared?: PledgeProgressAccumulator) {
    super()
    if (shared !== undefined) {
      this.pledge = shared.pledge
      this.asOf = shared.asOf
      this.asOfDay = shared.asOfDay
      this.rates = shared.rates
      this.programmes = shared.programmes
      this.names = shared.names
      this.key = shared.key
      return
    }
    if (typeof pledge !== "object" || pledge === null || Array.isArray(pledge))
      invalidOption(KIND, "pledge", pledge, "pass a pledge with targets")
    const expected = "pass { asOf } with the date of the report"
    if (options === undefined) invalidOption(KIND, "options", options, expected)
    const { asOf, dataset, rates } = readOptions(KIND, options, OPTIONS, expected)
    checkDate(KIND, "asOf", asOf)
    // A malformed rate table is a money/invalid-rate now, before any record needs a rate.
    if (rates !== undefined) indexRateTable(rates as ExchangeRateTable)
    const input =
      dataset === undefined
        ? undefined
        : readInput(KIND, dataset as AggregationInput, "options.dataset")
    this.pledge = pledge
    this.asOf = asOf
    this.asOfDay = lastDayNumberOf(asOf)
    this.rates = rates as ExchangeRateTable | undefined
    const { programmes, names } = guard(KIND, "data", () => {
      checkPledge(KIND, pledge as unknown as Record<string, unknown>)
      const programmes = buildProgrammeTable(KIND, input?.programmes, undefined)
      const { list, selected } = programmes
      const names = new Uint8Array(list.length)
      for (let i = 0; i < list.length; i++) {
        if (selected[i] === 0) continue
        checkProgrammePledges(KIND, list[i] as Programme)
        if (((list[i] as Programme).pledges ?? []).includes(pledge.id)) names[i] = 1
      }
      return { programmes, names }
    })
    this.programmes = programmes
    this.names = names
    this.key = fingerprint(KIND, input, [pledge.id, asOf])
  }

  add(record: Participation): this {
    if (typeof record !== "object" || record === null) notAParticipation(KIND, record)
    if (record.status !== "completed") return this
    const role = record.role
    if (role !== undefined && role !== "participant") return this
    const i = this.programmes.index.get(record.programme)
    if (i === undefined || this.names[i] === 0) return this
    // Dated by completedOn, else the programme's end; with neither it has no date and does not count.
    if (completionDay(KIND, record, this.programmes, i) <= this.asOfDay) this.trained++
    return this
  }

  merge(other: this): this {
    checkCompatible(KIND, this.key, other.key)
    const merged = new PledgeProgressAccumulator(this.pledge, { asOf: this.asOf }, this) as this
    merged.trained = this.trained + other.trained
    return merged
  }

  protected stateKind(): string {
    return KIND
  }

  protected stateKey(): string {
    return this.key
  }

  protected saveState(): unknown {
    return { trained: this.trained }
  }

  protected emptyCopy(): this {
    return new PledgeProgressAccumulator(this.pledge, { asOf: this.asOf }, this) as this
  }

  protected loadState(data: unknown): void {
    this.trained = (data as { trained: number }).trained
  }

  result(): PledgeProgress {
    const { pledge, asOfDay } = this
    const first = firstDayNumber(pledge.period.start)
    const last = lastDayNumberOf(pledge.period.end)
    const elapsed = elapsedShareOfDays(first, last, asOfDay)
    const notStarted = asOfDay < first
    const over = asOfDay > last
    const targets = pledge.targets.map((target) => {
      const { goal, achieved } = this.amounts(target)
      const cmp = compareDecimal(achieved, goal)
      const ratio = goal.units === 0n ? 1 : decimalRatio(achieved, goal)
      const achievedNumber = decimalToNumber(achieved)
      if (!Number.isFinite(achievedNumber) || !Number.isFinite(ratio))
        throw beyondRange(pledge.id, target.id, target.kind === "money")
      let status: PledgeStatus
      if (notStarted) status = "not-started"
      else if (cmp > 0) status = "exceeded"
      else if (cmp === 0) status = "met"
      else if (over) status = "missed"
      else status = ratio >= elapsed ? "on-track" : "behind"
      return {
        target: target.id,
        kind: target.kind,
        goal: decimalToNumber(goal),
        achieved: achievedNumber,
        ratio,
        status,
      }
    })
    let status: PledgeStatus = "met"
    if (notStarted) status = "not-started"
    else {
      for (const candidate of STATUS_ORDER) {
        if (targets.some((t) => t.status === candidate)) {
          status = candidate
          break
        }
      }
    }
    return { pledge: pledge.id, asOf: this.asOf, elapsed, status, targets }
  }

  /** The goal and what is achieved by `asOf`, as exact decimals in the target's unit. */
  private amounts(target: PledgeTarget): { goal: Decimal; achieved: Decimal } {
    let goal: Decimal
    let applies: (record: PledgeFulfilment) => boolean
    let amountOf: (record: PledgeFulfilment) => Decimal
    if (target.kind === "money") {
      const currency = target.money.currency
      const scale = digitsOf(currency)
      goal = { units: toMinorUnits(target.money), scale }
      applies = (record) => record.money !== undefined || record.value !== undefined
      amountOf = (record) =>
        record.money !== undefined
          ? { units: convertToMinorUnits(record.money, currency, this.rates, record.on), scale }
          : // A bare value on a money target is an amount in the target's currency.
            { units: toMinorUnits({ amount: record.value as number, currency }), scale }
    } else {
      goal = exact(target.value)
      applies = (record) => record.value !== undefined
      amountOf = (record) => exact(record.value as number)
    }
    // A cumulative record states the total so far and replaces everything dated before it (so
    // a record it replaces is never converted); of several cumulative records on that latest
    // day, the largest counts. Increments add up.
    const records: [number, PledgeFulfilment][] = []
    let cumulativeDay = Number.NEGATIVE_INFINITY
    for (const record of this.pledge.fulfilments ?? []) {
      if (record.target !== target.id || !applies(record)) continue
      const day = lastDayNumberOf(record.on)
      if (!(day <= this.asOfDay)) continue
      records.push([day, record])
      if (record.kind === "cumulative" && day > cumulativeDay) cumulativeDay = day
    }
    let cumulative: Decimal | undefined
    let increments: Decimal = { units: 0n, scale: goal.scale }
    for (const [day, record] of records) {
      if (day < cumulativeDay) continue
      const amount = amountOf(record)
      if (record.kind !== "cumulative") increments = addDecimal(increments, amount)
      else if (cumulative === undefined || compareDecimal(amount, cumulative) > 0)
        cumulative = amount
    }
    let achieved = cumulative === undefined ? increments : addDecimal(cumulative, increments)
    if (target.kind === "quantity" && target.metric === PEOPLE_TRAINED)
      achieved = addDecimal(achieved, { units: BigInt(this.trained), scale: 0 })
    return { goal, achieved }
  }
}

/** What is achieved, or its ratio to the goal, is beyond what a number can hold. */
function beyondRange(pledge: string, target: string, money: boolean): Error {
  const message = `${KIND}: what is achieved towards target ${quote(target)} of pledge ${quote(pledge)}, or its ratio to the goal, is beyond the largest number (about 1.8e308): check the ${money ? "amounts" : "values"} of its fulfilments`
  return money
    ? new MoneyError("money/invalid-amount", message)
    : new AggregationError("aggregate/invalid-record", message)
}

function exact(value: number): Decimal {
  const decimal = decimalOfNumber(value)
  if (decimal === undefined) invalidOption(KIND, "a quantity", value, "use a finite number")
  return decimal
}

/**
 * Creates the accumulator of {@link pledgeProgress}; stream the dataset's participations
 * through it (`options.dataset` gives the programmes; its participations are not read).
 *
 * @param pledge - The pledge.
 * @param options - As for {@link pledgeProgress}.
 *
 * @example
 * const acc = createPledgeProgressAccumulator(pledge, { asOf: "2018-12-31", dataset: { programmes } })
 * await acc.addAll(participationStream)
 * acc.result().status
 *
 * @category Aggregate
 */
export function createPledgeProgressAccumulator(
  pledge: Pledge,
  options: PledgeProgressOptions & { readonly dataset?: AggregationContext | undefined },
): PledgeProgressAccumulator {
  return new PledgeProgressAccumulator(pledge, options)
}

/**
 * The progress of a pledge on a date: per target, what is achieved against the goal, the share
 * of the period elapsed, and a status.
 *
 * Achieved: the pledge's `fulfilments` for the target dated on or before `asOf` (a record's
 * date is its last day: `"2018"` is 2018-12-31) — `increment` records (the default) add up, a
 * `cumulative` record states the total so far and replaces everything dated before it. A
 * "people-trained" target (`metric: "people-trained"`) also counts the completed counted
 * participations of programmes whose `pledges` name the pledge, dated by `completedOn` or else
 * the programme's end (with neither, it does not count); these are added to what the records
 * give. Money is summed exactly in minor units, in the target's currency: a fulfilment in
 * another currency is converted with `rates` for its date, and a missing rate is a
 * `MoneyError` `money/missing-rate` naming the pair and the date.
 *
 * `elapsed` = (asOf − first day) / (last day − first day), clamped to 0–1. Status per target:
 * `not-started` (asOf before the start), `exceeded` (ratio > 1), `met` (ratio = 1), `missed`
 * (period over, ratio < 1), `on-track` (ratio ≥ elapsed), else `behind`; the pledge's status is
 * `not-started` before the period, else the first of missed, behind, on-track, met, exceeded
 * that any target has.
 *
 * Edge cases: met and exceeded compare the exact amounts, not the rounded ratio; a goal of 0
 * has ratio 1 and is met (exceeded when anything is achieved); of several cumulative records on
 * the same day the largest counts, and increments dated that same day still add; a money
 * record with only `value` is an amount in the target's currency; a quantity record with only
 * `money` is ignored; records for unknown targets are ignored; a pledge with no targets is
 * `met` once started; a one-day period is elapsed (1) from that day.
 *
 * @param pledge - The pledge; not modified.
 * @param options - `asOf` (required), `dataset` (for people-trained targets), `rates`.
 * @returns `{ pledge, asOf, elapsed, status, targets }`, targets in the pledge's order.
 *
 * @example
 * // Japan–ASEAN 2016: approx. ¥45bn and 2,000 counter-terrorism personnel over 2016–2018;
 * // "¥80 billion and the training of 2,653 personnel" reported as cumulative in 2018.
 * pledgeProgress(counterTerrorism, { asOf: "2018-12-31" }).status //=> "exceeded"
 *
 * @category Aggregate
 */
export function pledgeProgress(pledge: Pledge, options: PledgeProgressOptions): PledgeProgress {
  // The options are read once here (a getter is called once), and handed on as plain data.
  const expected = "pass { asOf } with the date of the report"
  if (options === undefined) invalidOption(KIND, "options", options, expected)
  const read = readOptions(KIND, options, OPTIONS, expected)
  const dataset =
    read.dataset === undefined
      ? undefined
      : readInput(KIND, read.dataset as AggregationInput, "options.dataset")
  const accumulator = new PledgeProgressAccumulator(pledge, {
    ...read,
    dataset,
  } as PledgeProgressOptions)
  const participations = dataset?.participations
  let i = 0
  try {
    for (const record of participations ?? []) {
      accumulator.add(record)
      i++
    }
  } catch (error) {
    rethrowAt(KIND, error, `options.dataset.participations[${i}]`)
  }
  return accumulator.result()
}
