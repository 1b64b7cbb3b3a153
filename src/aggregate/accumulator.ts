/**
 * The shape every accumulator shares: `add` records one at a time, `addAll` an array, an
 * iterable or an async iterable of them, `merge` combines two accumulators into a new one, and
 * `result` gives what the one-pass function gives for all the records added.
 */

import { incompatible } from "./errors.js"
import { rethrowAt } from "./input.js"

/**
 * What an accumulator holds, as structured-cloneable data (plain objects, arrays and typed
 * arrays): post it to another thread (`postMessage`) and merge it there with
 * {@link Accumulator.mergeState}. `kind` and `key` say which aggregation, data and options it
 * belongs to.
 *
 * @example
 * // in a worker
 * parentPort.postMessage(createAlumniAccumulator(context).addAll(part).toState())
 * // in the main thread
 * total = total.mergeState(state)
 *
 * @category Aggregate
 */
export type AccumulatorState = {
  readonly kind: string
  readonly key: string
  readonly data: unknown
}

function isAsyncIterable<T>(value: Iterable<T> | AsyncIterable<T>): value is AsyncIterable<T> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as AsyncIterable<T>)[Symbol.asyncIterator] === "function"
  )
}

/**
 * A mergeable accumulator: `create → add → merge → result`. Merging is associative and
 * commutative, and it never changes either side: it returns a new accumulator. Splitting the
 * records anywhere and merging the parts gives the same result as one pass, in any order.
 *
 * Accumulators to be merged must be created from the same context and options (else an
 * `AggregationError` `aggregate/incompatible-accumulators`).
 *
 * @example
 * const a = createAlumniAccumulator(context).addAll(part1)
 * const b = createAlumniAccumulator(context).addAll(part2)
 * a.merge(b).result() // equals alumniTotals({ ...context, participations: [...part1, ...part2] })
 *
 * @category Aggregate
 */
export abstract class Accumulator<TRecord, TResult> {
  /**
   * Adds one record. Returns the accumulator. A record that is not an object, or a field it
   * reads of the wrong type or shape (a country that is not two letters A–Z, a `completedOn`
   * that is not a date), is an `AggregationError` `aggregate/invalid-record`; an error thrown by
   * a getter of the record itself is not caught here (`addAll` wraps it).
   */
  abstract add(record: TRecord): this

  /** A new accumulator holding the records of both; neither is changed. */
  abstract merge(other: this): this

  /** The result for every record added so far (the accumulator can go on afterwards). */
  abstract result(): TResult

  /**
   * Adds every record of an array or iterable (returns the accumulator), or of an async
   * iterable such as the parsed lines of an NDJSON file (returns a promise of it). A record
   * that cannot be read is an `AggregationError` `aggregate/invalid-record` naming its position
   * (`records[12] given to addAll`); the records before it are added.
   */
  addAll(records: Iterable<TRecord>): this
  addAll(records: AsyncIterable<TRecord>): Promise<this>
  addAll(records: Iterable<TRecord> | AsyncIterable<TRecord>): this | Promise<this>
  addAll(records: Iterable<TRecord> | AsyncIterable<TRecord>): this | Promise<this> {
    if (isAsyncIterable(records)) return this.addAllAsync(records)
    // Something that is not iterable ends here too, as an aggregate/invalid-record.
    let i = 0
    try {
      for (const record of records) {
        this.add(record)
        i++
      }
    } catch (error) {
      this.failedAt(error, i)
    }
    return this
  }

  /**
   * The accumulator's state as structured-cloneable data, for another thread (a copy: adding
   * more records later does not change it).
   */
  toState(): AccumulatorState {
    return { kind: this.stateKind(), key: this.stateKey(), data: this.saveState() }
  }

  /**
   * A new accumulator holding this one's records and those of a state from {@link toState} —
   * typically made by a worker from the same dataset and options (else an `AggregationError`
   * `aggregate/incompatible-accumulators`). Neither side changes.
   */
  mergeState(state: AccumulatorState): this {
    if (
      typeof state !== "object" ||
      state === null ||
      state.kind !== this.stateKind() ||
      state.key !== this.stateKey()
    ) {
      throw incompatible(this.stateKind())
    }
    const part = this.emptyCopy()
    try {
      part.loadState(state.data)
    } catch {
      // A state of the right kind and key whose data is not what toState gave.
      throw incompatible(this.stateKind())
    }
    return this.merge(part)
  }

  /** @internal The aggregation's name. */
  protected abstract stateKind(): string
  /** @internal The fingerprint of the data and options. */
  protected abstract stateKey(): string
  /** @internal The state as cloneable data. */
  protected abstract saveState(): unknown
  /** @internal An accumulator of the same context with nothing added. */
  protected abstract emptyCopy(): this
  /** @internal Loads state saved by {@link saveState} into an empty copy. */
  protected abstract loadState(data: unknown): void

  private async addAllAsync(records: AsyncIterable<TRecord>): Promise<this> {
    let i = 0
    try {
      for await (const record of records) {
        this.add(record)
        i++
      }
    } catch (error) {
      this.failedAt(error, i)
    }
    return this
  }

  /** Rethrows what adding the `i`-th record of `addAll` threw, naming the record. */
  private failedAt(error: unknown, i: number): never {
    return rethrowAt(this.stateKind(), error, `records[${i}] given to addAll`)
  }
}
