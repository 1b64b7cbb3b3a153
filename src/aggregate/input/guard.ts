import { AggregationError, unreadable } from "../errors.js"

/**
 * Runs `read` over the caller's data or options; an error of the caller's own (a getter or a
 * Proxy that throws) becomes an `aggregate/invalid-record` (`aggregate/invalid-option`) with it
 * as the cause. An `AggregationError` passes through.
 */
export function guard<T>(fn: string, what: "data" | "options", read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (error instanceof AggregationError) throw error
    throw unreadable(
      fn,
      what === "data" ? "aggregate/invalid-record" : "aggregate/invalid-option",
      `the ${what}`,
      error,
    )
  }
}
