/**
 * The errors of the aggregation functions, with stable codes and messages written for the
 * person who called them: what is wrong, where, and what would be right.
 */

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
  | "aggregate/incompatible-accumulators"

/**
 * An error of an aggregation call, with a stable `code`:
 *
 * - `aggregate/unknown-group` — a group id that is neither in the dataset's `groups` nor a
 *   reference grouping (in options, in `rollUp`, or in a programme's `groups`);
 * - `aggregate/invalid-option` — an option with a value the function cannot use (the message
 *   names the option and what would be right);
 * - `aggregate/incompatible-accumulators` — merging accumulators built for different data or
 *   options.
 *
 * Money conversion problems in `pledgeProgress` are `MoneyError`s.
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

  constructor(code: AggregationErrorCode, message: string) {
    super(message)
    this.code = code
  }
}

/** Shows a value in a message, shortened. */
function show(value: unknown): string {
  if (typeof value === "string") return `'${value.length > 60 ? `${value.slice(0, 57)}…` : value}'`
  if (typeof value === "function") return "a function"
  if (Array.isArray(value)) return "a list"
  if (typeof value === "object" && value !== null) return "an object"
  return String(value)
}

/** Every message of the aggregation functions, in one place. */
export const aggregateMessages = {
  unknownGroup: (id: unknown, where: string) =>
    `unknown group ${show(id)} in ${where}: define it in the dataset's groups, or use a reference grouping id such as 'ASEAN', 'G7' or 'EU'`,
  invalidOption: (fn: string, option: string, value: unknown, expected: string) =>
    `${fn}: option ${option} is ${show(value)}; ${expected}`,
  incompatible: (kind: string) =>
    `cannot merge two ${kind} accumulators built for different datasets or options: create every accumulator to be merged from the same dataset and options`,
} as const

/** Throws an `aggregate/invalid-option` error. */
export function invalidOption(fn: string, option: string, value: unknown, expected: string): never {
  throw new AggregationError(
    "aggregate/invalid-option",
    aggregateMessages.invalidOption(fn, option, value, expected),
  )
}
