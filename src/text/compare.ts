// Plain string order, the order of every key in a result. A leaf module (no imports), so that
// any entry point can use it without carrying anything else.

/**
 * Orders two strings by UTF-16 code unit, never by the locale: the tie-break of every result's
 * rows ([counting rules](../../docs/counting-rules.md#the-rules-of-the-contract), "Ordering").
 *
 * @example
 * ["b", "B", "a"].sort(compareCodeUnits) //=> ["B", "a", "b"]
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
