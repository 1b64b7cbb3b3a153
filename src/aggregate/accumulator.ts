/**
 * What every accumulator has in common: `create → add → merge → result`, and states that
 * cross threads ([counting rules](../../docs/counting-rules.md#accumulators)).
 */

/**
 * What an accumulator holds, as structured-cloneable data for another thread's `mergeState`;
 * `kind` and `key` say which aggregation, data and options it belongs to.
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
 * A mergeable accumulator of `TRecord`s giving a `TResult`: what every `create…Accumulator`
 * returns. Any split of the records, merged, gives the one-pass result.
 *
 * Only accumulators built from the same data and options merge (else
 * `aggregate/incompatible-accumulators`). See
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
  /** Adds one record (one it cannot read is an `aggregate/invalid-record`). */
  add(record: TRecord): Accumulator<TRecord, TResult>
  /** Adds every record of an array or iterable. */
  addAll(records: Iterable<TRecord>): Accumulator<TRecord, TResult>
  /** Adds every record of an async iterable (an NDJSON stream); returns a promise. */
  addAll(records: AsyncIterable<TRecord>): Promise<Accumulator<TRecord, TResult>>
  /** Adds every record of an iterable or an async iterable. */
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
