// Reading the fields of records that have not been checked yet: own fields only (never an
// inherited one such as `constructor`), and nothing assumed about their types.

/** A non-null object (arrays included), read as a record of unknown fields. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null
}

/** The items of a list, or none when the value is not a list. */
export function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : []
}

/** An own field of a record, or `undefined` (never an inherited one such as `constructor`). */
export function field(record: unknown, key: string): unknown {
  return isObject(record) && Object.hasOwn(record, key) ? record[key] : undefined
}

/** An own string field, or `undefined`. */
export function text(record: unknown, key: string): string | undefined {
  const value = field(record, key)
  return typeof value === "string" ? value : undefined
}

/** In a path given to {@link valuesAt}: every item of the list at this place. */
export const EACH = Symbol("each")

/** A path into a record: field names, and {@link EACH} for the items of a list. */
export type PathPattern = readonly (string | typeof EACH)[]

/**
 * Calls `visit` with every value a path pattern reaches in a record, and its path:
 * `["priorityRegions", EACH, "groups", EACH]` visits `priorityRegions[0].groups[0]`, … in
 * order. Values that are absent along the way are skipped, never visited as `undefined`.
 */
export function valuesAt(
  record: unknown,
  pattern: PathPattern,
  visit: (value: unknown, path: (string | number)[]) => void,
  from = 0,
  path: (string | number)[] = [],
): void {
  if (from === pattern.length) {
    if (record !== undefined) visit(record, path)
    return
  }
  const step = pattern[from] as string | typeof EACH
  if (step === EACH) {
    listOf(record).forEach((item, i) => {
      valuesAt(item, pattern, visit, from + 1, [...path, i])
    })
  } else {
    valuesAt(field(record, step), pattern, visit, from + 1, [...path, step])
  }
}
