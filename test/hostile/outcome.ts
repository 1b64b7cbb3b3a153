// What a call to the aggregations (or identity, which throws their errors) ends in, for the
// hostile-input tests: shared by aggregate.test.ts and identity.test.ts.
import { expect } from "vitest"
import { AggregationError } from "../../src/aggregate/index.js"
import { MoneyError } from "../../src/money/index.js"

/** What a call ends in: `ok`, a library error's code (its message checked), or the raw error. */
export function outcome(call: () => unknown): string {
  try {
    call()
    return "ok"
  } catch (error) {
    if (error instanceof AggregationError || error instanceof MoneyError) {
      expect(error.message).not.toMatch(/[\n\r\u2028\u2029]/)
      expect(error.message.length).toBeLessThan(500)
      return error.code
    }
    let text = "a value"
    try {
      text = `${(error as Error).name}: ${(error as Error).message}`
    } catch {}
    return `raw ${text}`
  }
}

/** The message of what a call throws. */
export function messageOf(call: () => unknown): string {
  try {
    call()
  } catch (error) {
    return (error as Error).message
  }
  return "no error"
}
