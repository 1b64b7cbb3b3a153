import type { CountByPeriod } from "../aggregate/count-by-period.js"
import { formatCount, plural } from "./format.js"
import type { ChartOptions, VegaLiteSpec } from "./spec.js"
import { countAxis, countRowsInput, emptyChart, header, readChart } from "./spec.js"

/**
 * The options of {@link periodChart}.
 *
 * @example
 * periodChart(countByPeriod(dataset, { of: "participations", period: "year" }), { of: "participations" } satisfies PeriodChartOptions)
 *
 * @category Charts
 */
export type PeriodChartOptions = ChartOptions & {
  /** What was counted, for the axis and the title: the `of` given to `countByPeriod` (default `"programmes"`). */
  readonly of?: "programmes" | "participations" | undefined
}

/**
 * A bar chart of counts per year or fiscal year, in the result's time order.
 *
 * What has no fiscal year (`undetermined`) is named under the title, not drawn. See
 * [charts](../../docs/charts.md).
 *
 * @example
 * periodChart(countByPeriod(dataset, { of: "programmes", period: "fiscal-year" })).title
 * //=> { text: "Programmes per fiscal year", … }
 *
 * @category Charts
 */
export function periodChart(result: CountByPeriod, options?: PeriodChartOptions): VegaLiteSpec {
  const chart = "periodChart"
  const read = readChart(PERIODS, options, result)
  const of = options?.of ?? "programmes"
  if (of !== "programmes" && of !== "participations")
    throw new TypeError(`${chart}: options.of must be "programmes" or "participations"`)
  const fiscal = result.rows.some((row) => row.period.startsWith("FY"))
  const unit = fiscal ? "fiscal year" : "year"
  const what = of === "programmes" ? "Programmes" : "Seats"
  const title = read.title ?? `${what} per ${unit}`
  const total = result.rows.reduce((sum, row) => sum + row.count, 0)
  const noun = of === "programmes" ? "programme" : "seat"
  const subtitle = [`${plural(total, noun)} in ${plural(result.rows.length, unit)}`]
  if (result.undetermined > 0)
    subtitle.push(
      `${plural(result.undetermined, noun)} dated by year only: fiscal year undetermined, not drawn`,
    )
  if (result.rows.length === 0)
    return emptyChart(title, `Nothing counted in any ${unit}.`, subtitle, read)
  const first = result.rows[0] as { period: string; count: number }
  const last = result.rows[result.rows.length - 1] as { period: string; count: number }
  return {
    ...header(
      `${title}: bar chart in time order from ${first.period} (${formatCount(first.count)}) to ${last.period} (${formatCount(last.count)}). ${subtitle.join(". ")}.`,
      title,
      subtitle,
    ),
    width: read.width ?? 400,
    height: read.height ?? 240,
    data: { values: result.rows.map(({ period, count }) => ({ period, count })) },
    mark: { type: "bar", color: "#4c78a8" },
    encoding: {
      // Time order, as the result is: never re-sorted by the renderer.
      x: {
        field: "period",
        type: "ordinal",
        sort: null,
        title: fiscal ? "Fiscal year (by start)" : "Year (of the programme's start)",
        axis: { labelAngle: 0, labelOverlap: "greedy" },
      },
      y: countAxis(of === "programmes" ? "Programmes (not cancelled or postponed)" : "Seats"),
      tooltip: [
        { field: "period", type: "ordinal", title: fiscal ? "Fiscal year" : "Year" },
        { field: "count", type: "quantitative", title: what, format: "," },
      ],
    },
  }
}

const PERIODS = countRowsInput<CountByPeriod>(
  "periodChart",
  "the result of countByPeriod ({ rows: [{ period, count }], undetermined })",
  "rows",
  "period",
)
