import type { Dimension } from "../aggregate/types.js"
import { compareCodeUnits } from "../text/compare.js"
import { countryName, formatCount, plural } from "./format.js"
import type { ChartInput, ChartOptions, VegaLiteSpec } from "./spec.js"
import { countAxis, emptyChart, header, readChart } from "./spec.js"

/**
 * The options of {@link crossTabChart}.
 *
 * @example
 * crossTabChart(rows, { x: "year", color: "gender", measure: "Alumni" } satisfies CrossTabChartOptions)
 *
 * @category Charts
 */
export type CrossTabChartOptions = ChartOptions & {
  /** The dimension along the horizontal axis. */
  readonly x: Dimension
  /** The dimension that splits each bar into coloured parts (stacked). */
  readonly color?: Dimension | undefined
  /** What was counted, for the axis (default `"Seats"`; `"Alumni"` for `of: "alumni"`). */
  readonly measure?: string | undefined
}

const WORDS: Record<Dimension, string> = {
  country: "Country",
  gender: "Gender",
  profession: "Profession",
  year: "Year",
  fiscalYear: "Fiscal year",
  theme: "Theme",
  group: "Grouping",
}
const DIMENSION_LIST = Object.keys(WORDS)
const TIME: readonly Dimension[] = ["year", "fiscalYear"]
/** Keys of missing values: after every real value on a time axis. */
const LAST = new Set(["unknown", "undetermined"])

type Row = Record<string, unknown> & { count: number | null; suppressed?: boolean }

type CrossTabRow = { count: number | null; suppressed?: true | undefined } & Partial<
  Record<Dimension, string>
>

/**
 * A stacked bar chart of `disaggregate` rows: one bar per value of `x`, split by `color`.
 *
 * Bars are in time order for years, else by total descending; other dimensions are summed;
 * suppressed cells are left out (not drawn as zeros) and counted under the title. See
 * [charts](../../docs/charts.md#suppressed-cells).
 *
 * @example
 * crossTabChart(disaggregate(dataset, { by: ["year", "gender"] }), { x: "year", color: "gender" })
 *
 * @category Charts
 */
export function crossTabChart(
  rows: readonly ({ count: number | null; suppressed?: true | undefined } & Partial<
    Record<Dimension, string>
  >)[],
  options: CrossTabChartOptions,
): VegaLiteSpec {
  const chart = "crossTabChart"
  const read = readChart(ROWS, options, rows)
  const x = options?.x
  const color = options?.color
  if (!DIMENSION_LIST.includes(x as string))
    throw new TypeError(`${chart}: options.x must be one of ${DIMENSION_LIST.join(", ")}`)
  if (color !== undefined && (!DIMENSION_LIST.includes(color) || color === x))
    throw new TypeError(
      `${chart}: options.color must be a dimension other than options.x (${DIMENSION_LIST.join(", ")})`,
    )
  for (const [k, row] of rows.entries()) {
    for (const dimension of color === undefined ? [x] : [x, color]) {
      if (typeof (row as Row)[dimension] !== "string")
        throw new TypeError(
          `${chart}: rows[${k}] has no '${dimension}': pass rows of disaggregate with '${dimension}' in its \`by\``,
        )
    }
  }
  const measure = options.measure ?? "Seats"
  const title =
    read.title ??
    `${measure} by ${WORDS[x].toLowerCase()}${color === undefined ? "" : ` and ${WORDS[color].toLowerCase()}`}`
  const shown = (rows as readonly Row[]).filter(
    (row): row is Row & { count: number } =>
      row.suppressed !== true && typeof row.count === "number",
  )
  const suppressed = rows.length - shown.length
  const others = Object.keys(rows[0] ?? {}).filter(
    (key) => DIMENSION_LIST.includes(key) && key !== x && key !== color,
  ) as Dimension[]
  const total = shown.reduce((sum, row) => sum + row.count, 0)
  const subtitle = [`${formatCount(total)} in all`]
  if (others.length > 0)
    subtitle.push(`Summed over ${others.map((d) => WORDS[d].toLowerCase()).join(" and ")}`)
  if (suppressed > 0)
    subtitle.push(
      `${plural(suppressed, "cell")} suppressed for privacy (too few to show): not drawn, not in the total`,
    )
  if (shown.length === 0)
    return emptyChart(
      title,
      suppressed > 0 ? "Every cell is suppressed." : "Nothing counted.",
      subtitle,
      read,
    )
  const label = (dimension: Dimension, value: string) =>
    dimension === "country" ? countryName(value) : value
  const values = shown.map((row) => {
    const value: Record<string, unknown> = {
      x: label(x, row[x] as string),
      count: row.count,
    }
    if (color !== undefined) value.color = label(color, row[color] as string)
    return value
  })
  const order = (dimension: Dimension, key: "x" | "color"): string[] => {
    const totals = new Map<string, number>()
    for (const value of values) {
      const name = value[key] as string
      totals.set(name, (totals.get(name) ?? 0) + (value.count as number))
    }
    const list = [...totals.keys()]
    if (TIME.includes(dimension))
      return list.sort(
        (a, b) => Number(LAST.has(a)) - Number(LAST.has(b)) || compareCodeUnits(a, b),
      )
    return list.sort(
      (a, b) => (totals.get(b) as number) - (totals.get(a) as number) || compareCodeUnits(a, b),
    )
  }
  const xOrder = order(x, "x")
  const encoding: Record<string, unknown> = {
    x: {
      field: "x",
      type: "ordinal",
      sort: xOrder,
      title: WORDS[x],
      axis: { labelAngle: TIME.includes(x) ? 0 : -40, labelLimit: 160, labelOverlap: "greedy" },
    },
    y: { aggregate: "sum", ...countAxis(measure) },
    tooltip: [
      { field: "x", type: "ordinal", title: WORDS[x] },
      ...(color === undefined ? [] : [{ field: "color", type: "nominal", title: WORDS[color] }]),
      { aggregate: "sum", field: "count", type: "quantitative", title: measure, format: "," },
    ],
  }
  if (color !== undefined) {
    const colorOrder = order(color, "color")
    encoding.color = {
      field: "color",
      type: "nominal",
      title: WORDS[color],
      sort: colorOrder,
      scale: { domain: colorOrder },
    }
    encoding.order = { field: "colorRank", type: "quantitative" }
    for (const value of values) value.colorRank = colorOrder.indexOf(value.color as string)
  }
  return {
    ...header(
      `${title}: ${color === undefined ? "bar" : "stacked bar"} chart with ${plural(xOrder.length, "bar")}. ${subtitle.join(". ")}.`,
      title,
      subtitle,
    ),
    width: read.width ?? (TIME.includes(x) ? 400 : { step: 24 }),
    height: read.height ?? 240,
    data: { values },
    mark: { type: "bar" },
    encoding,
  }
}

const ROWS: ChartInput<readonly CrossTabRow[]> = {
  chart: "crossTabChart",
  what: "the rows of disaggregate ([{ <dimension>: value, count }])",
  isShape: (r) =>
    Array.isArray(r) &&
    r.every(
      (row) =>
        typeof row === "object" &&
        row !== null &&
        (typeof row.count === "number" || row.suppressed === true),
    ),
}
