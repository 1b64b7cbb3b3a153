/**
 * What every accumulator has in common: `create → add → merge → result`, and states that
 * cross threads ([counting rules](../../docs/counting-rules.md#accumulators)).
 */

/**
 * What an accumulator holds, as structured-cloneable data (plain objects, arrays and typed
 * arrays): post it to another thread and merge it there with `mergeState`. `kind` and `key` say
 * which aggregation, data and options it belongs to.
 *
 * @example
 * // in a worker
 * parentPort.postMessage(createAlumniTotalsAccumulator(context).addAll(part).toState())
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

/**
 * A mergeable accumulator of `TRecord`s (participations, or country rows for `rollUp`) giving
 * a `TResult`: what every `create…Accumulator` returns. Merging is associative and commutative
 * and changes neither side; any split of the records, merged, gives the one-pass result.
 * Accumulators to merge must be built from the same data and options (else an
 * `AggregationError` `aggregate/incompatible-accumulators`):
 * [counting rules](../../docs/counting-rules.md#accumulators).
 *
 * @example
 * const a = createAlumniTotalsAccumulator(context).addAll(part1)
 * const b = createAlumniTotalsAccumulator(context).addAll(part2)
 * a.merge(b).result() // equals alumniTotals({ ...context, participations: [...part1, ...part2] })
 *
 * @category Aggregate
 */
export type Accumulator<TRecord, TResult> = {
  /**
   * Adds one record. A record that is not an object, or a field it reads of the wrong type or
   * shape, is an `AggregationError` `aggregate/invalid-record` ("the record added").
   */
  add(record: TRecord): Accumulator<TRecord, TResult>
  /**
   * Adds every record of an array or iterable (returns the accumulator), or of an async
   * iterable such as the parsed lines of an NDJSON file (returns a promise of it). A record
   * that cannot be read names its position (`records[12] given to addAll`); those before it
   * are added.
   */
  addAll(records: Iterable<TRecord>): Accumulator<TRecord, TResult>
  addAll(records: AsyncIterable<TRecord>): Promise<Accumulator<TRecord, TResult>>
  addAll(
    records: Iterable<TRecord> | AsyncIterable<TRecord>,
  ): Accumulator<TRecord, TResult> | Promise<Accumulator<TRecord, TResult>>
  /** A new accumulator holding the records of both; neither is changed. */
  merge(other: Accumulator<TRecord, TResult>): Accumulator<TRecord, TResult>
  /** The result for every record added so far (adding may go on afterwards). */
  result(): TResult
  /** The state as structured-cloneable data, for another thread (a copy). */
  toState(): AccumulatorState
  /** A new accumulator holding this one's records and those of a state from `toState`. */
  mergeState(state: AccumulatorState): Accumulator<TRecord, TResult>
}
