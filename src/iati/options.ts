// The options of readIati and streamIati, read defensively: they come from the caller, who may
// pass anything. An option that cannot be used is an issue (`iati/invalid-option`) and its
// default is used; reading them never throws.
import { quote } from "../text/quote.js"

/** The most text one activity may hold by default: 16 MiB. */
export const DEFAULT_MAX_CHARS = 16 * 1024 * 1024
/** The largest `maxActivityChars` taken: 2^30 characters, more than a string can hold. */
const MAX_MAX_CHARS = 2 ** 30
const KNOWN = "maxActivityChars"

/** The options that hold, and one message per option that cannot be used. */
export function readOptions(options: unknown): {
  maxActivityChars: number
  problems: { path: string[]; message: string }[]
} {
  const problems: { path: string[]; message: string }[] = []
  let maxActivityChars = DEFAULT_MAX_CHARS
  if (options === undefined) return { maxActivityChars, problems }
  try {
    const prototype =
      typeof options === "object" && options !== null && Object.getPrototypeOf(options)
    if (prototype !== Object.prototype && prototype !== null) {
      problems.push({
        path: ["options"],
        message: `the options are ${quote(options)}, not an object such as { maxActivityChars: 1048576 }: ignored`,
      })
      return { maxActivityChars, problems }
    }
    const given = options as object
    for (const key of Object.keys(given)) {
      if (key === KNOWN) continue
      problems.push({
        path: ["options", key],
        message: `option ${quote(key)} is unknown (readIati knows maxActivityChars): ignored`,
      })
      if (problems.length >= 10) break
    }
    if (Object.hasOwn(given, KNOWN)) {
      const value: unknown = (given as Record<string, unknown>)[KNOWN]
      if (
        value !== undefined &&
        (typeof value !== "number" ||
          !Number.isInteger(value) ||
          value < 1 ||
          value > MAX_MAX_CHARS)
      )
        problems.push({
          path: ["options", KNOWN],
          message: `maxActivityChars is ${quote(value)}, not a whole number from 1 to ${MAX_MAX_CHARS}: the default ${DEFAULT_MAX_CHARS} is used`,
        })
      else if (value !== undefined) maxActivityChars = value as number
    }
  } catch {
    problems.length = 0
    problems.push({
      path: ["options"],
      message: `the options could not be read (a getter or a Proxy threw): the defaults are used`,
    })
    maxActivityChars = DEFAULT_MAX_CHARS
  }
  return { maxActivityChars, problems }
}
