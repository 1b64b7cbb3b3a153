/**
 * The shape every accumulator shares: `add` records one at a time, `addAll` an array, an
 * iterable or an async iterable of them, `merge` combines two accumulators into a new one, and
 * `result` gives what the one-pass function gives for all the records added.
 */

function isAsyncIterable<T>(value: Iterable<T> | AsyncIterable<T>): value is AsyncIterable<T> {
  return typeof (value as AsyncIterable<T>)[Symbol.asyncIterator] === "function"
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
  /** Adds one record. Returns the accumulator. */
  abstract add(record: TRecord): this

  /** A new accumulator holding the records of both; neither is changed. */
  abstract merge(other: this): this

  /** The result for every record added so far (the accumulator can go on afterwards). */
  abstract result(): TResult

  /**
   * Adds every record of an array or iterable (returns the accumulator), or of an async
   * iterable such as the parsed lines of an NDJSON file (returns a promise of it).
   */
  addAll(records: Iterable<TRecord>): this
  addAll(records: AsyncIterable<TRecord>): Promise<this>
  addAll(records: Iterable<TRecord> | AsyncIterable<TRecord>): this | Promise<this>
  addAll(records: Iterable<TRecord> | AsyncIterable<TRecord>): this | Promise<this> {
    if (Array.isArray(records)) {
      const list = records as readonly TRecord[]
      for (let i = 0; i < list.length; i++) this.add(list[i] as TRecord)
      return this
    }
    if (isAsyncIterable(records)) return this.addAllAsync(records)
    for (const record of records) this.add(record)
    return this
  }

  private async addAllAsync(records: AsyncIterable<TRecord>): Promise<this> {
    for await (const record of records) this.add(record)
    return this
  }
}
