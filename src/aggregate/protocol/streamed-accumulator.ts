import type { Accumulator, AccumulatorState } from "../accumulator.js"
import { incompatible, notARecord } from "../errors.js"
import { keyOf } from "./fingerprint.js"
import { isLike } from "./is-like.js"
import type { Plan, State } from "./plan.js"
import { rethrowAt } from "./rethrow-at.js"

/**
 * Runs the accumulator protocol over a plan and a state: `add`, `addAll` (sync and async),
 * `merge`, `result`, `toState`, `mergeState`. The one class of every accumulator, so that
 * what an aggregation writes is its plan and its state.
 */
class StreamedAccumulator<TRecord, TResult, TSaved> implements Accumulator<TRecord, TResult> {
  readonly #plan: Plan<TRecord, TResult, TSaved>
  readonly #state: State<TRecord, TResult, TSaved>

  constructor(plan: Plan<TRecord, TResult, TSaved>, state = plan.newState()) {
    this.#plan = plan
    this.#state = state
  }

  add(record: TRecord): this {
    if (typeof record !== "object" || record === null)
      throw notARecord(this.#plan.kind, this.#plan.records, record)
    this.#state.add?.(record)
    return this
  }

  addAll(records: Iterable<TRecord>): this
  addAll(records: AsyncIterable<TRecord>): Promise<this>
  addAll(records: Iterable<TRecord> | AsyncIterable<TRecord>): this | Promise<this>
  addAll(records: Iterable<TRecord> | AsyncIterable<TRecord>): this | Promise<this> {
    if (isAsyncIterable(records)) return addAllAsync(this, records, this.#plan.kind)
    // Something that is not iterable ends here too, as an aggregate/invalid-record.
    let i = 0
    try {
      for (const record of records) {
        this.add(record)
        i++
      }
    } catch (error) {
      rethrowAt(this.#plan.kind, error, `records[${i}] given to addAll`)
    }
    return this
  }

  merge(
    other: StreamedAccumulator<TRecord, TResult, TSaved>,
  ): StreamedAccumulator<TRecord, TResult, TSaved> {
    const plan = this.#plan
    if (
      typeof other !== "object" ||
      other === null ||
      !(#plan in other) ||
      (other.#plan !== plan && keyOf(other.#plan) !== keyOf(plan))
    )
      throw incompatible(plan.kind)
    const merged = new StreamedAccumulator(plan)
    merged.#state.absorb?.(this.#state)
    merged.#state.absorb?.(other.#state)
    return merged
  }

  result(): TResult {
    return this.#state.result()
  }

  toState(): AccumulatorState {
    return { kind: this.#plan.kind, key: keyOf(this.#plan), data: this.#state.save?.() ?? null }
  }

  mergeState(state: AccumulatorState): StreamedAccumulator<TRecord, TResult, TSaved> {
    const plan = this.#plan
    const part = plan.newState()
    try {
      if (
        typeof state === "object" &&
        state !== null &&
        state.kind === plan.kind &&
        state.key === keyOf(plan) &&
        isLike(part.save?.() ?? null, state.data)
      ) {
        if (state.data !== null) part.load?.(state.data)
        return this.merge(new StreamedAccumulator(plan, part))
      }
    } catch {
      // A state of the right kind and key whose data is not what toState gave.
    }
    throw incompatible(plan.kind)
  }
}

function isAsyncIterable<T>(value: Iterable<T> | AsyncIterable<T>): value is AsyncIterable<T> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as AsyncIterable<T>)[Symbol.asyncIterator] === "function"
  )
}

async function addAllAsync<TRecord, A extends Accumulator<TRecord, unknown>>(
  accumulator: A,
  records: AsyncIterable<TRecord>,
  kind: string,
): Promise<A> {
  let i = 0
  try {
    for await (const record of records) {
      accumulator.add(record)
      i++
    }
  } catch (error) {
    rethrowAt(kind, error, `records[${i}] given to addAll`)
  }
  return accumulator
}

/** An accumulator over a plan: what every `create…Accumulator` returns. */
export function accumulate<TRecord, TResult, TSaved>(
  plan: Plan<TRecord, TResult, TSaved>,
): Accumulator<TRecord, TResult> {
  return new StreamedAccumulator(plan)
}
