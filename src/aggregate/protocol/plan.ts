/**
 * The two halves of every accumulator (docs/contributing.md, "Adding an aggregation"). The
 * plan is immutable: the tables, the checked options and the key, built once from the context
 * and the options and shared by every copy. The state is mutable: what the records added so
 * far have counted. `accumulate` (streamed-accumulator.ts) runs the protocol over the two —
 * merging, copying, states for other threads, compatibility — and `countAll` (count-all.ts)
 * the one-pass function.
 */

/** What an accumulator's `add` takes, and what the one-pass function streams through it. */
export type RecordKind = "participations" | "programmes" | "rows"

/**
 * What a plan's key is hashed from: plain data the plan owns (never the caller's records,
 * which may hold cycles, BigInts or getters). A function is hashed by its source text; what
 * it decided must be in the identity too (a `where` filter's selection is, in
 * `programmeIdentity`), so that closures with the same text and other captured values differ.
 */
export type Identity =
  | string
  | number
  | boolean
  | null
  | undefined
  | ((...args: never[]) => unknown)
  | Uint8Array
  | Int32Array
  | Float64Array
  | ReadonlyMap<string, Identity>
  | ReadonlySet<string>
  | readonly Identity[]
  | { readonly [key: string]: Identity }

/**
 * The immutable half of an accumulator.
 *
 * - `kind` names the aggregation, in messages and in states;
 * - `records` says what `add` takes (participations, programmes or rows);
 * - `newState()` makes a state with nothing counted;
 * - `identity()` is what the key is hashed from: the checked options and what the plan derived
 *   from the context (ids, selections, dates), so that accumulators built from different data or
 *   options refuse to merge.
 */
export interface Plan<TRecord, TResult, TSaved> {
  readonly kind: string
  readonly records: RecordKind
  newState(): State<TRecord, TResult, TSaved>
  identity(): Identity
}

/**
 * What the one-pass function (`countAll`) needs of a plan: no `identity`, which only merging
 * asks for. An aggregation whose bundle size matters may give its one-pass function such a
 * plan, and its accumulator a subclass that adds `identity` (alumni-totals.ts).
 */
export type OnePassPlan<TRecord, TResult, TSaved> = Omit<Plan<TRecord, TResult, TSaved>, "identity">

/**
 * The mutable half of an accumulator: what it has counted, against its plan.
 *
 * - `add(record)` counts one record (an object: the protocol checks that much);
 * - `absorb(other)` adds what another state of a plan with the same key counted;
 * - `save()` returns what it counted as structured-cloneable data, `load(saved)` puts that into
 *   a state with nothing counted;
 * - `result()` is the aggregation's result.
 *
 * A state that counts nothing streamed — `countByPeriod` of programmes counts its plan — has
 * only `result`.
 */
export interface State<TRecord, TResult, TSaved> {
  add?(record: TRecord): void
  absorb?(other: this): void
  save?(): TSaved
  load?(saved: TSaved): void
  result(): TResult
}
