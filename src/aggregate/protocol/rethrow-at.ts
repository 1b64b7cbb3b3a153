import { ADDED, AggregationError, unreadable } from "../errors.js"

/**
 * Rethrows an error raised while the record at `where` (`participations[12]`) was added,
 * naming it; an error of the caller's own (a getter, a Proxy, an iterator that throws) becomes
 * an `aggregate/invalid-record` with it as the cause.
 */
export function rethrowAt(fn: string, error: unknown, where: string): never {
  const added = `${fn}: ${ADDED}`
  if (!(error instanceof AggregationError))
    throw unreadable(fn, "aggregate/invalid-record", where, error)
  if (!error.message.startsWith(added)) throw error
  throw new AggregationError(error.code, `${fn}: ${where}${error.message.slice(added.length)}`)
}
