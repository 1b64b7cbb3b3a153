import { DATE, invalidOption } from "../errors.js"
import type { ProgrammeFilter, SeatCountry } from "../types.js"
import { guard } from "./guard.js"
import { readKnown } from "./read-options.js"
import { isDate, isRecord, isTexts } from "./shapes.js"

/** A programme filter as `readFilter` returns it: checked, and `series` a list. */
export type CheckedFilter = ProgrammeFilter & { readonly series?: readonly string[] | undefined }

/** What would be right for an option that takes a partial date. */
const A_DATE = `use ${DATE}`

/** Throws an `aggregate/invalid-option` unless the option's value is a partial date. */
export function assertDateOption(
  fn: string,
  option: string,
  value: unknown,
): asserts value is string {
  if (!isDate(value)) throw invalidOption(fn, option, value, A_DATE)
}

/**
 * The counting options (see `CountingOptions`), in the order they are checked: the programme
 * filter, then `seatCountry`. Each is a name, what its value must pass, and what would be right.
 */
const CHECKS: readonly (readonly [name: string, test: (v: unknown) => boolean, right: string])[] = [
  ["where", (v) => typeof v === "function", "pass a function (programme) => boolean"],
  [
    "series",
    (v) => typeof v === "string" || isTexts(v),
    "pass a series id or a list of series ids",
  ],
  ["kinds", isTexts, "pass a list of programme kinds, such as ['training-course']"],
  ["themes", isTexts, "pass a list of themes, such as ['anti-corruption']"],
  ["during", isRecord, "pass { start?, end? } with partial dates"],
  ["asOf", isDate, A_DATE],
  // null reads as the default, as `??` does.
  [
    "seatCountry",
    (v) => v === null || v === "participation" || v === "participant",
    "use 'participation' (default) or 'participant'",
  ],
]

/**
 * The counting options: the programme filter and `seatCountry` (see `CountingOptions`). Every
 * aggregation of participations takes them, so that one options object can serve them all
 * (`seatCountry` has no effect where no seat's country is read: alumni, counts per period).
 */
export const COUNTING_OPTIONS: readonly string[] = CHECKS.map(([name]) => name)

const DURING = ["start", "end"]

/**
 * The programme filter and `seatCountry` of read options, checked in order and copied (lists as
 * fresh arrays, a series id as a list of one, `during` as a fresh `{ start, end }`), naming the
 * first option that cannot be used; `seatCountry` defaults to `"participation"`.
 */
export function readFilter(
  fn: string,
  options: Record<string, unknown>,
): { filter: CheckedFilter; mode: SeatCountry } {
  return guard(fn, "options", () => {
    const filter: Record<string, unknown> = {}
    for (const [name, test, right] of CHECKS) {
      let value = options[name]
      if (value === undefined) continue
      if (!test(value)) throw invalidOption(fn, name, value, right)
      if (name === "during") {
        const during = readKnown(fn, value as Record<string, unknown>, DURING, "during.")
        for (const bound of DURING)
          if (during[bound] !== undefined) assertDateOption(fn, `during.${bound}`, during[bound])
        value = { start: during.start, end: during.end }
      }
      if (name !== "seatCountry")
        filter[name] = Array.isArray(value) ? [...value] : name === "series" ? [value] : value
    }
    return { filter, mode: (options.seatCountry ?? "participation") as SeatCountry }
  })
}
