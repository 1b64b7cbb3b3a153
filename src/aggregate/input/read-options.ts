import { invalidOption, unknownOption } from "../errors.js"
import { guard } from "./guard.js"
import { isRecord } from "./shapes.js"

/** The names of the programme filter (see `ProgrammeFilter`). */
export const FILTER_OPTIONS = ["where", "series", "kinds", "themes", "during", "asOf"] as const
/**
 * The programme filter and `seatCountry` (see `CountingOptions`): every aggregation of
 * participations takes them, so that one options object can serve them all (`seatCountry`
 * has no effect where no seat's country is read: alumni, counts per period).
 */
export const COUNTING_OPTIONS = [...FILTER_OPTIONS, "seatCountry"] as const

/**
 * Reads options once: each known name copied into a null-prototype object (so that a getter
 * is called once, and nothing of the caller's object is kept), an unknown name refused with
 * the nearest known one. `undefined` gives an empty object.
 */
export function readOptions(
  fn: string,
  options: unknown,
  known: readonly string[],
  expected = "pass an object, or nothing",
): Record<string, unknown> {
  const copy: Record<string, unknown> = Object.create(null)
  if (options === undefined) return copy
  if (!isRecord(options)) throw invalidOption(fn, "options", options, expected)
  return guard(fn, "options", () => {
    for (const name of Object.keys(options))
      if (!known.includes(name)) throw unknownOption(fn, name, known)
    for (const name of known) {
      const value = options[name]
      if (value !== undefined) copy[name] = value
    }
    return copy
  })
}
