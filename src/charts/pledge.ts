import type { PledgeProgress } from "../aggregate/pledge-progress.js"
import { formatCount, percent } from "./format.js"
import type { ChartInput, ChartOptions, VegaLiteSpec } from "./spec.js"
import { bandHeight, barLabels, emptyChart, header, LABEL_AXIS, readChart } from "./spec.js"

/** Every status, and its colour: reds for trouble, blue under way, greens reached. */
const STATUS_DOMAIN = ["not-started", "behind", "missed", "on-track", "met", "exceeded"]
const STATUS_RANGE = ["#bab0ac", "#f58518", "#e45756", "#4c78a8", "#54a24b", "#2e7d32"]

/**
 * A pledge's progress: one bar per target (share of its goal achieved, coloured by status),
 * the goal as a solid line and the share of the period elapsed as a dashed one.
 *
 * A target whose bar reaches the dashed line is on track. See [charts](../../docs/charts.md).
 *
 * @example
 * pledgeChart(pledgeProgress(pledge, { asOf: "2025-03-31", dataset })).description
 * //=> "Progress of pledge unodc-japanese-staff-2024 as of 2025-03-31: behind. …"
 *
 * @category Charts
 */
export function pledgeChart(result: PledgeProgress, options?: ChartOptions): VegaLiteSpec {
  const read = readChart(PLEDGE, options, result)
  const title = read.title ?? `Progress of pledge ${result.pledge}`
  const subtitle = [
    `As of ${result.asOf}: ${result.status}; ${percent(result.elapsed)} of the pledge's period elapsed (dashed line)`,
  ]
  if (result.targets.length === 0)
    return emptyChart(title, "The pledge has no targets.", subtitle, read)
  const rows = result.targets.map((t) => ({
    target: t.target,
    kind: t.kind,
    goal: t.goal,
    achieved: t.achieved,
    ratio: t.ratio,
    status: t.status,
    // Short, beside the bar; the amounts are in the tooltip and the description.
    label: `${percent(t.ratio)} (${t.status})`,
    amounts: `${formatCount(t.achieved)} of ${formatCount(t.goal)}`,
  }))
  const y = { field: "target", type: "nominal", sort: null, title: "Target", axis: LABEL_AXIS }
  // Room beside the longest bar for its label.
  const top = Math.max(1.25, ...rows.map((row) => row.ratio * 1.3))
  return {
    ...header(
      `${title} as of ${result.asOf}: ${result.status}. ${percent(result.elapsed)} of the period elapsed. ${rows.map((row) => `${row.target}: ${row.amounts}, ${row.label}`).join("; ")}.`,
      title,
      subtitle,
    ),
    width: read.width ?? 400,
    height: bandHeight(read.height),
    data: { values: rows },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          y,
          x: {
            field: "ratio",
            type: "quantitative",
            title: "Share of the target achieved",
            axis: { format: "%" },
            scale: { domain: [0, top] },
          },
          color: {
            field: "status",
            type: "nominal",
            title: "Status",
            scale: { domain: STATUS_DOMAIN, range: STATUS_RANGE },
            legend: { orient: "bottom", columns: 3 },
          },
          tooltip: [
            { field: "target", type: "nominal", title: "Target" },
            { field: "kind", type: "nominal", title: "Kind" },
            { field: "goal", type: "quantitative", title: "Goal", format: "," },
            { field: "achieved", type: "quantitative", title: "Achieved", format: "," },
            { field: "ratio", type: "quantitative", title: "Share", format: ".0%" },
            { field: "status", type: "nominal", title: "Status" },
          ],
        },
      },
      barLabels({
        y,
        x: { field: "ratio", type: "quantitative" },
        text: { field: "label", type: "nominal" },
      }),
      {
        mark: { type: "rule", color: "#333", strokeWidth: 1.5 },
        encoding: { x: { datum: 1, type: "quantitative" } },
      },
      {
        mark: { type: "rule", color: "#666", strokeDash: [4, 3] },
        encoding: { x: { datum: result.elapsed, type: "quantitative" } },
      },
    ],
    usermeta: { elapsed: result.elapsed, status: result.status },
  }
}

const PLEDGE: ChartInput<PledgeProgress> = {
  chart: "pledgeChart",
  what: "the result of pledgeProgress ({ pledge, asOf, elapsed, status, targets })",
  isShape: (r) =>
    typeof r.pledge === "string" && typeof r.elapsed === "number" && Array.isArray(r.targets),
}
