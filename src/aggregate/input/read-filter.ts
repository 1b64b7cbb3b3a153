import { DATE, invalidOption, unknownOption } from "../errors.js"
import type { ProgrammeFilter } from "../types.js"
import { guard } from "./guard.js"
import { isDate, isRecord, isTexts } from "./shapes.js"

/** Throws an `aggregate/invalid-option` unless the option's value is a partial date. */
export function assertDateOption(
  fn: string,
  option: string,
  value: unknown,
): asserts value is string {
  if (!isDate(value)) throw invalidOption(fn, option, value, `use ${DATE}`)
}

/** A list of text copied, or an `aggregate/invalid-option`. */
function readTexts(fn: string, option: string, value: unknown, expected: string): string[] {
  if (!isTexts(value)) throw invalidOption(fn, option, value, expected)
  return [...value]
}

/**
 * The programme filter of read options, checked and copied (lists as fresh arrays, `during` as
 * a fresh object), naming the first option that cannot be used.
 */
export function readFilter(fn: string, options: Record<string, unknown>): ProgrammeFilter {
  return guard(fn, "options", () => {
    const { where, series, kinds, themes, during, asOf } = options
    const filter: { -readonly [K in keyof ProgrammeFilter]: ProgrammeFilter[K] } = {}
    if (where !== undefined) {
      if (typeof where !== "function")
        throw invalidOption(fn, "where", where, "pass a function (programme) => boolean")
      filter.where = where as ProgrammeFilter["where"]
    }
    if (series !== undefined)
      filter.series =
        typeof series === "string"
          ? [series]
          : readTexts(fn, "series", series, "pass a series id or a list of series ids")
    if (kinds !== undefined)
      filter.kinds = readTexts(
        fn,
        "kinds",
        kinds,
        "pass a list of programme kinds, such as ['training-course']",
      ) as ProgrammeFilter["kinds"]
    if (themes !== undefined)
      filter.themes = readTexts(
        fn,
        "themes",
        themes,
        "pass a list of themes, such as ['anti-corruption']",
      )
    if (during !== undefined) {
      if (!isRecord(during))
        throw invalidOption(fn, "during", during, "pass { start?, end? } with partial dates")
      for (const name of Object.keys(during))
        if (name !== "start" && name !== "end")
          throw unknownOption(fn, name, ["start", "end"], "during.")
      const { start, end } = during
      if (start !== undefined) assertDateOption(fn, "during.start", start)
      if (end !== undefined) assertDateOption(fn, "during.end", end)
      filter.during = { start: start as string | undefined, end: end as string | undefined }
    }
    if (asOf !== undefined) {
      assertDateOption(fn, "asOf", asOf)
      filter.asOf = asOf
    }
    return filter
  })
}
