// What an error thrown by the caller's own code or data says, for a message.
import { quote } from "./quote.js"

/**
 * What an error thrown by the caller's own data or code says, for a message (a getter or a
 * Proxy that throws, a `where` predicate): its message quoted when it is an `Error`, else what
 * the thrown value is ({@link quote}). Never throws.
 *
 * @example
 * describeThrown(new TypeError("boom")) //=> "'boom'"
 * describeThrown(Object.create(null))   //=> "an object"
 */
export function describeThrown(error: unknown): string {
  try {
    if (error instanceof Error) {
      const message = error.message
      if (typeof message === "string") return quote(message)
    }
  } catch {
    // A message getter that throws: fall through to the kind.
  }
  return quote(error)
}
