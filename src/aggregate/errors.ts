/**
 * The errors of the aggregation functions, with stable codes and messages written for the
 * person who called them: what is wrong, where, and what would be right.
 */

import { showValue } from "../money/errors.js"

/**
 * The stable codes of {@link AggregationError}.
 *
 * @example
 * const code: AggregationErrorCode = "aggregate/unknown-group"
 *
 * @category Aggregate
 */
export type AggregationErrorCode =
  | "aggregate/unknown-group"
  | "aggregate/invalid-option"
  | "aggregate/unknown-option"
  | "aggregate/invalid-record"
  | "aggregate/incompatible-accumulators"

/**
 * An error of an aggregation call, with a stable `code`:
 *
 * - `aggregate/unknown-group` — a group id that is neither in the dataset's `groups` nor a
 *   reference grouping (in options, in `rollUp`, or in a programme's `groups`);
 * - `aggregate/invalid-option` — an option with a value the function cannot use (the message
 *   names the option and what would be right), options that are not an object, or options
 *   that cannot be read (a getter or a Proxy that throws; it is the `cause`);
 * - `aggregate/unknown-option` — an option name the function does not know (`asof`): the
 *   message names the nearest known one, or lists them;
 * - `aggregate/invalid-record` — data the aggregation cannot read: a dataset whose lists are
 *   not lists, a record that is not an object (`participations[12] is null`), a field it reads
 *   with the wrong type or shape (a programme without a `period`, a country that is not two
 *   letters A–Z, a count that is not a whole number ≥ 0), or data that throws when read. The
 *   message names the record and the field, and what would be right; `validateDataset` reports
 *   every problem of a dataset at once;
 * - `aggregate/incompatible-accumulators` — merging accumulators built for different data or
 *   options, or a state that no accumulator of the kind gave.
 *
 * Money conversion problems in `pledgeProgress` are `MoneyError`s (`money/invalid-rate` for a
 * malformed rate table). An error thrown by the caller's own `where` is wrapped in an
 * `aggregate/invalid-option` with it as the `cause`.
 *
 * @example
 * try { rollUp([], ["Atlantis"]) } catch (e) { e.code } //=> "aggregate/unknown-group"
 *
 * @category Aggregate
 */
export class AggregationError extends Error {
  override readonly name = "AggregationError"
  /** The stable code. */
  readonly code: AggregationErrorCode

  constructor(code: AggregationErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
  }
}

/** Shows a value in an option's message: shortened, escaped, on one line. */
function show(value: unknown): string {
  return value === undefined ? "undefined" : showValue(value)
}

// The messages of the aggregation functions, each its own function so that a bundle carries
// only those it uses.

/** An unknown group id. */
export const unknownGroupMessage = (id: unknown, where: string) =>
  `unknown group ${show(id)} in ${where}: define it in the dataset's groups, or use a reference grouping id such as 'ASEAN', 'G7' or 'EU'`

/** Accumulators that cannot be merged. */
export function incompatible(kind: string): AggregationError {
  return new AggregationError(
    "aggregate/incompatible-accumulators",
    `cannot merge two ${kind} accumulators built for different datasets or options: create every accumulator to be merged from the same dataset and options`,
  )
}

/** Throws an `aggregate/invalid-option` error. */
export function invalidOption(fn: string, option: string, value: unknown, expected: string): never {
  throw new AggregationError(
    "aggregate/invalid-option",
    `${fn}: option ${option} is ${show(value)}; ${expected}`,
  )
}
