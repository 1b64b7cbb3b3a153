/**
 * The errors of the aggregation functions and every message they throw, one function a
 * message so that a bundle carries only those it uses. Messages are written for the person who
 * called: what is wrong, where, and what would be right — `fn: where: field is value: use what
 * would be right` for data, `fn: option name is value; what would be right` for options.
 */
import { MoneyError } from "../money/errors.js"
import { describeThrown } from "../text/describe-thrown.js"
import { nearest } from "../text/nearest.js"
import { quote } from "../text/quote.js"

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
 * An error of an aggregation call, with a stable `code`: a group id that resolves nowhere, an
 * option it cannot use or does not know, data it cannot read, or accumulators that cannot be
 * merged. An error thrown by the caller's own `where` or data is its `cause`. The codes and
 * when each is thrown: [counting rules](../../docs/counting-rules.md#error-codes).
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

// What would be right, as the messages say it after "use".
/** A country code. */
export const COUNTRY = "an ISO 3166-1 alpha-2 code in capitals, such as 'VN'"
/** A partial date. */
export const DATE = "a date YYYY, YYYY-MM or YYYY-MM-DD"
/** Text. */
export const TEXT = "text"
/** A list of text. */
export const TEXTS = "a list of text"
/** A count. */
export const COUNT = "a whole number of at least 0"
/** A period. */
export const PERIOD = `{ start, end? } with dates YYYY, YYYY-MM or YYYY-MM-DD`
/** A fiscal-year start month. */
export const MONTH = "a month from 1 (January) to 12 (December), such as 4 for April"

/** How `add` names the record it was given; `rethrowAt` puts the record's position instead. */
export const ADDED = "the record added"

/** What a streamed record must be, by what an accumulator streams. */
const RECORD_SHAPES = {
  participations: "an object { participant, programme, status }",
  programmes: "a programme { id, title, kind, status, period }",
  rows: "a row { country, count }",
}

/**
 * Where a record is, for a message: text, or a function that makes it, so that the checks of
 * valid records build no text at all.
 */
export type Where = string | (() => string)

/**
 * `aggregate/invalid-record`: `fn: where: field is value: use expected` (without a field:
 * `fn: where is value: use expected`).
 */
export function invalidRecord(
  fn: string,
  where: Where,
  field: string,
  value: unknown,
  expected: string,
): AggregationError {
  return new AggregationError(
    "aggregate/invalid-record",
    `${fn}: ${typeof where === "string" ? where : where()}${field === "" ? "" : `: ${field}`} is ${quote(value)}: use ${expected}`,
  )
}

/** `aggregate/invalid-record`: a streamed record that is not an object. */
export function notARecord(
  fn: string,
  records: keyof typeof RECORD_SHAPES,
  value: unknown,
): AggregationError {
  return invalidRecord(fn, ADDED, "", value, RECORD_SHAPES[records])
}

/**
 * `aggregate/invalid-option`: `fn: option name is value; expected`. An option left out reads
 * `undefined`, as JavaScript writes it.
 */
export function invalidOption(
  fn: string,
  option: string,
  value: unknown,
  expected: string,
): AggregationError {
  return new AggregationError(
    "aggregate/invalid-option",
    `${fn}: option ${option} is ${value === undefined ? "undefined" : quote(value)}; ${expected}`,
  )
}

/**
 * `aggregate/unknown-option`, naming the nearest known name or listing them (`of` is the
 * option the name is inside: `"during."`). No "did you mean" for a long (hostile) name.
 */
export function unknownOption(
  fn: string,
  name: string,
  known: readonly string[],
  of = "",
): AggregationError {
  const guess = nearest(name, known)
  return new AggregationError(
    "aggregate/unknown-option",
    `${fn}: unknown option ${quote(of + name)} — ${
      guess !== undefined
        ? `did you mean '${of}${guess}'?`
        : `the options${of === "" ? "" : ` of ${of.slice(0, -1)}`} are ${known.map((k) => `'${k}'`).join(", ")}`
    }`,
  )
}

/** Data or options that threw when read (a getter, a Proxy): the error is the cause. */
export function unreadable(
  fn: string,
  code: "aggregate/invalid-record" | "aggregate/invalid-option",
  what: string,
  error: unknown,
): AggregationError {
  return new AggregationError(
    code,
    `${fn}: ${what} could not be read (${describeThrown(error)}): pass plain data, such as parsed JSON`,
    { cause: error },
  )
}

/** The caller's `where` threw for a programme: the error is the cause. */
export function whereThrew(fn: string, programme: string, error: unknown): AggregationError {
  return new AggregationError(
    "aggregate/invalid-option",
    `${fn}: option where threw for programme ${quote(programme)} (${describeThrown(error)}): make it return true or false`,
    { cause: error },
  )
}

/** A group id that is neither the dataset's nor a reference grouping. */
export function unknownGroup(id: unknown, where: string): AggregationError {
  return new AggregationError(
    "aggregate/unknown-group",
    `unknown group ${quote(id)} in ${where}: define it in the dataset's groups, or use a reference grouping id such as 'ASEAN', 'G7' or 'EU'`,
  )
}

/** Accumulators (or a state) built for different data or options. */
export function incompatible(kind: string): AggregationError {
  return new AggregationError(
    "aggregate/incompatible-accumulators",
    `cannot merge two ${kind} accumulators built for different datasets or options: create every accumulator to be merged from the same dataset and options`,
  )
}

/**
 * What a pledge's target achieves, or its ratio, is beyond a number: `money/invalid-amount` for
 * money, else `aggregate/invalid-record`.
 */
export function beyondRange(
  fn: string,
  pledge: string,
  target: string,
  money: boolean,
): AggregationError | MoneyError {
  const message = `${fn}: what is achieved towards target ${quote(target)} of pledge ${quote(pledge)}, or its ratio to the goal, is beyond the largest number (about 1.8e308): check the ${money ? "amounts" : "values"} of its fulfilments`
  return money
    ? new MoneyError("money/invalid-amount", message)
    : new AggregationError("aggregate/invalid-record", message)
}
