import type { MonthNumber } from "../../dates/fiscal-year.js"
import type { Grouping } from "../../schemas/grouping.js"
import { invalidOption } from "../errors.js"
import type { Dimension, SeatCountry } from "../types.js"
import { assertGroupList } from "./assert-group-list.js"
import { guard } from "./guard.js"
import { readCountingOptions } from "./read-counting-options.js"
import { readDimensions } from "./read-dimensions.js"
import type { CheckedFilter } from "./read-filter.js"
import { readStartMonth } from "./read-start-month.js"

const OPTIONS = ["by", "of", "minCount", "order", "groups", "fiscalYearStartMonth"]
const EXPECTED = "pass { by: [dimensions] }"

/** The options of `disaggregate`, checked: its own and the counting options. */
export type DisaggregateSettings = {
  filter: CheckedFilter
  mode: SeatCountry
  by: Dimension[]
  alumni: boolean
  minCount: number
  order: "count" | "dimensions"
  startMonth: MonthNumber
  /** `groups` as given (for its message), and a copy of it when given. */
  groupOption: unknown
  wanted: (string | Grouping)[] | undefined
}

/** Reads the options of `disaggregate` (`dimensions`: the dimensions it knows). */
export function readDisaggregateOptions(
  fn: string,
  options: unknown,
  dimensions: readonly Dimension[],
): DisaggregateSettings {
  if (options === undefined) throw invalidOption(fn, "options", options, EXPECTED)
  const { read, filter, mode } = readCountingOptions(fn, options, OPTIONS, EXPECTED)
  const by = guard(fn, "options", () => readDimensions(fn, read.by, dimensions))
  const of = read.of ?? "participations"
  if (of !== "participations" && of !== "alumni")
    throw invalidOption(fn, "of", of, "use 'participations' (default) or 'alumni'")
  const minCount = read.minCount ?? 0
  if (typeof minCount !== "number" || !Number.isInteger(minCount) || minCount < 0)
    throw invalidOption(fn, "minCount", minCount, "use a whole number of at least 0, such as 5")
  const order = read.order ?? "count"
  if (order !== "count" && order !== "dimensions")
    throw invalidOption(fn, "order", order, "use 'count' (default) or 'dimensions'")
  const startMonth = readStartMonth(fn, read)
  const groupOption = read.groups
  const wanted = guard(fn, "options", () => {
    if (groupOption === undefined) return undefined
    assertGroupList(fn, groupOption)
    return [...(groupOption as (string | Grouping)[])]
  })
  return {
    filter,
    mode,
    by,
    alumni: of === "alumni",
    minCount,
    order,
    startMonth,
    groupOption,
    wanted,
  }
}
