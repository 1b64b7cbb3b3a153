import { firstDayNumber, lastDayNumberOf } from "../dates/partial-date.js"
import { elapsedShareOfDays } from "../dates/period.js"
import { isCountedCompletion } from "../domain/counting.js"
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
import type { Accumulator } from "./accumulator.js"
import { completionDay } from "./context/completion-day.js"
import { programmeIdentity, readProgrammeTable } from "./context/programme-table.js"
import { beyondRange, invalidOption } from "./errors.js"
import { assertPledge, assertProgrammePledges } from "./input/assert-pledge.js"
import { guard } from "./input/guard.js"
import { assertDateOption } from "./input/read-filter.js"
import { readInput } from "./input/read-input.js"
import { readOptions } from "./input/read-options.js"
import { countAll } from "./protocol/count-all.js"
import type { Plan, State } from "./protocol/plan.js"
import { accumulate } from "./protocol/streamed-accumulator.js"
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

/**
 * The accumulator of {@link pledgeProgress}: streams the participations that count towards its
 * `people-trained` targets.
 *
 * @example
 * const acc: PledgeProgressAccumulator = createPledgeProgressAccumulator(pledge, { asOf: "2018-12-31", dataset: { programmes } })
 * acc.addAll(participations).result().targets[1]?.achieved //=> 2653
 *
 * @category Aggregate
 */
export type PledgeProgressAccumulator = Accumulator<Participation, PledgeProgress>

const KIND = "pledgeProgress"
const OPTIONS = ["asOf", "dataset", "rates"]
const EXPECTED = "pass { asOf } with the date of the report"
const STATUS_ORDER: readonly PledgeStatus[] = ["missed", "behind", "on-track", "met", "exceeded"]

class PledgeProgressPlan implements Plan<Participation, PledgeProgress, Saved> {
  readonly kind = KIND
  readonly records = "participations"
  readonly pledge: Pledge
  readonly asOf: string
  readonly asOfDay: number
  readonly rates: ExchangeRateTable | undefined
  readonly programmes
  /** Per programme: 1 when it is held and its `pledges` name the pledge. */
  readonly names: Uint8Array

  constructor(pledge: Pledge, options: unknown) {
    if (typeof pledge !== "object" || pledge === null || Array.isArray(pledge))
      throw invalidOption(KIND, "pledge", pledge, "pass a pledge with targets")
    if (options === undefined) throw invalidOption(KIND, "options", options, EXPECTED)
    const { asOf, dataset, rates } = readOptions(KIND, options, OPTIONS, EXPECTED)
    assertDateOption(KIND, "asOf", asOf)
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
      assertPledge(KIND, pledge as unknown as Record<string, unknown>)
      const programmes = readProgrammeTable(KIND, input?.programmes, undefined)
      const { list, selected } = programmes
      const names = new Uint8Array(list.length)
      for (let i = 0; i < list.length; i++) {
        if (selected[i] === 0) continue
        assertProgrammePledges(KIND, list[i] as Programme)
        if (((list[i] as Programme).pledges ?? []).includes(pledge.id)) names[i] = 1
      }
      return { programmes, names }
    })
    this.programmes = programmes
    this.names = names
  }

  newState() {
    return new PledgeProgressState(this)
  }

  identity() {
    const { pledge, rates } = this
    const amount = (money: { amount: number; currency: string } | undefined) =>
      money === undefined ? null : [money.amount, money.currency]
    return [
      this.asOf,
      programmeIdentity(this.programmes),
      this.names,
      // What the result reads of the pledge and the rate table.
      [pledge.id, pledge.period.start, pledge.period.end],
      pledge.targets.map((t) =>
        t.kind === "money" ? [t.id, amount(t.money)] : [t.id, t.metric, t.value],
      ),
      (pledge.fulfilments ?? []).map((f) => [f.target, f.on, f.kind, amount(f.money), f.value]),
      rates === undefined
        ? null
        : [rates.source, rates.rates.map((r) => [r.from, r.to, r.on, String(r.rate)])],
    ]
  }
}

type Saved = { trained: number }

class PledgeProgressState implements State<Participation, PledgeProgress, Saved> {
  readonly plan: PledgeProgressPlan
  /** Completed counted participations of programmes naming the pledge, dated by asOf. */
  trained = 0

  constructor(plan: PledgeProgressPlan) {
    this.plan = plan
  }

  add(record: Participation): void {
    if (!isCountedCompletion(record)) return
    const { programmes, names, asOfDay } = this.plan
    const i = programmes.index.get(record.programme)
    if (i === undefined || names[i] === 0) return
    // Dated by completedOn, else the programme's end; with neither it has no date and does not count.
    if (completionDay(KIND, record, programmes, i) <= asOfDay) this.trained++
  }

  absorb(other: PledgeProgressState): void {
    this.trained += other.trained
  }

  save(): Saved {
    return { trained: this.trained }
  }

  load(saved: Saved): void {
    this.trained = saved.trained
  }

  result(): PledgeProgress {
    const { pledge, asOf, asOfDay } = this.plan
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
        throw beyondRange(KIND, pledge.id, target.id, target.kind === "money")
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
    return { pledge: pledge.id, asOf, elapsed, status, targets }
  }

  /** The goal and what is achieved by `asOf`, as exact decimals in the target's unit. */
  private amounts(target: PledgeTarget): { goal: Decimal; achieved: Decimal } {
    let goal: Decimal
    let applies: (record: PledgeFulfilment) => boolean
    let amountOf: (record: PledgeFulfilment) => Decimal
    const { pledge, rates, asOfDay } = this.plan
    if (target.kind === "money") {
      const currency = target.money.currency
      const scale = digitsOf(currency)
      goal = { units: toMinorUnits(target.money), scale }
      applies = (record) => record.money !== undefined || record.value !== undefined
      amountOf = (record) =>
        record.money !== undefined
          ? { units: convertToMinorUnits(record.money, currency, rates, record.on), scale }
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
    for (const record of pledge.fulfilments ?? []) {
      if (record.target !== target.id || !applies(record)) continue
      const day = lastDayNumberOf(record.on)
      if (!(day <= asOfDay)) continue
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

function exact(value: number): Decimal {
  const decimal = decimalOfNumber(value)
  if (decimal === undefined) throw invalidOption(KIND, "a quantity", value, "use a finite number")
  return decimal
}

/**
 * Creates the accumulator of {@link pledgeProgress}; stream the dataset's participations
 * through it (`options.dataset` gives the programmes; its participations are not read).
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
  return accumulate(new PledgeProgressPlan(pledge, options))
}

/**
 * The progress of a pledge on a date: per target, what is achieved against the goal, the share
 * of the pledge's period elapsed, and a status.
 *
 * Fulfilments dated on or before `asOf` count, a later `cumulative` record replacing earlier
 * ones; money converts with `rates` (a missing rate is a `MoneyError` `money/missing-rate`). See
 * [counting rules](../../docs/counting-rules.md#pledgeprogress).
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
  if (options === undefined) throw invalidOption(KIND, "options", options, EXPECTED)
  const read = readOptions(KIND, options, OPTIONS, EXPECTED)
  const dataset =
    read.dataset === undefined
      ? undefined
      : readInput(KIND, read.dataset as AggregationInput, "options.dataset")
  const plan = new PledgeProgressPlan(pledge, { ...read, dataset })
  return countAll(
    plan,
    dataset?.participations,
    "options.dataset.participations",
    (state, records, at) => {
      for (const record of records) at.counted(state.add(at.check(record)))
    },
  )
}
