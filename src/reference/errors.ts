/**
 * The messages of the reference functions: what is wrong and what would be right. They are
 * `RangeError`s without a code, as they were released; a group id is shown in double quotes
 * (as JSON writes it), which tests and users match on.
 */
import { partialDateMessage } from "../messages.js"

/** An `on` date that is not a partial date. */
export function invalidOn(on: unknown): RangeError {
  return new RangeError(`on: ${partialDateMessage(on)}`)
}

/** A group id that is no reference grouping. */
export function unknownGrouping(group: string): RangeError {
  return new RangeError(
    `unknown grouping ${JSON.stringify(group)}: use a reference id such as 'ASEAN', 'G7', 'EU', 'AU' (the African Union) or 'm49-035' (listGroupings() has them all)`,
  )
}
