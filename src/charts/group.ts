import type { RollUp } from "../aggregate/roll-up.js"
import { findGrouping } from "../reference/groupings.js"
import { formatCount } from "./format.js"
import type { ChartOptions, VegaLiteSpec } from "./spec.js"
import { countRowsInput, emptyChart, header, namedBars, namedCounts, readChart } from "./spec.js"

/**
 * The options of {@link groupChart}.
 *
 * @example
 * groupChart(rollUp(seats.rows, ["ASEAN", "mekong"]), { names: { mekong: "Mekong countries" } } satisfies GroupChartOptions)
 *
 * @category Charts
 */
export type GroupChartOptions = ChartOptions & {
  /** Names of groupings by id; default: the reference grouping's name, else the id. */
  readonly names?: Readonly<Record<string, string>> | undefined
  /** What was counted, for the axis (default `"Seats"`). */
  readonly measure?: string | undefined
}

/**
 * A bar chart of a `rollUp`: one bar per requested grouping in the result's order, zeros
 * included, labelled with the reference grouping's name; what is in none of them is named
 * under the title. See [charts](../../docs/charts.md).
 *
 * @example
 * groupChart(rollUp(participationsByCountry(dataset).rows, ["ASEAN", "G7"]))
 *
 * @category Charts
 */
export function groupChart(result: RollUp, options?: GroupChartOptions): VegaLiteSpec {
  const read = readChart(ROLL_UP, options, result)
  const names = options?.names
  const measure = options?.measure ?? "Seats"
  const title = read.title ?? `${measure} by grouping`
  const rows = result.rows.map(({ group, count }) => ({
    group,
    name:
      (names !== undefined && Object.hasOwn(names, group) ? names[group] : undefined) ??
      findGrouping(group)?.name ??
      group,
    count,
  }))
  const subtitle = [
    `A country in several groupings counts in each; ${formatCount(result.unassigned)} in none of them`,
  ]
  if (rows.length === 0) return emptyChart(title, "No groupings requested.", subtitle, read)
  return {
    ...header(`${title}: bar chart. ${namedCounts(rows)}. ${subtitle[0]}.`, title, subtitle),
    ...namedBars(
      rows,
      { name: "Grouping", id: "group", idTitle: "Id", measure, axis: measure },
      read,
    ),
  }
}

const ROLL_UP = countRowsInput<RollUp>(
  "groupChart",
  "the result of rollUp ({ rows: [{ group, count }], unassigned })",
  "rows",
  "group",
)
