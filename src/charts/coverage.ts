import type { GoalCoverage } from "../aggregate/goal-coverage.js"
import { percent, plural } from "./format.js"
import type { ChartInput, ChartOptions, VegaLiteSpec } from "./spec.js"
import { barLabels, emptyChart, header, panelTitle, readChart } from "./spec.js"

const COVERED = { domain: ["covered", "not covered"], range: ["#54a24b", "#e45756"] }
const stateOf = (covered: boolean) => (covered ? "covered" : "not covered")

/**
 * A framework's coverage in two panels: goals as bars of the programmes counting for each,
 * priority region × theme cells as a grid; gaps red, covered green.
 *
 * Goals and cells are counted apart, as `goalCoverage` counts them, never added together. See
 * [charts](../../docs/charts.md).
 *
 * @example
 * coverageChart(goalCoverage(japanUnodcFramework, dataset)).description
 * //=> "Coverage of japan-unodc-2024-2026: 0 of 6 goals covered (0%); 2 of 31 priority region × theme cells covered (6%). …"
 *
 * @category Charts
 */
export function coverageChart(result: GoalCoverage, options?: ChartOptions): VegaLiteSpec {
  const read = readChart(COVERAGE, options, result)
  const title = read.title ?? `Coverage of ${result.framework}`
  const cells = result.cellCoverage
  const subtitle = [
    `${result.covered} of ${plural(result.total, "goal")} covered (${percent(result.ratio)}); ${cells.covered} of ${plural(cells.total, "priority region × theme cell")} covered (${percent(cells.ratio)})`,
  ]
  if (result.goals.length === 0 && result.cells.length === 0)
    return emptyChart(title, "The framework has no goals and no priority regions.", subtitle, read)
  const panels: Record<string, unknown>[] = []
  const width = read.width ?? 400
  if (result.goals.length > 0) {
    const goals = result.goals.map((goal) => ({
      goal: goal.goal,
      title: goal.title,
      state: stateOf(goal.covered),
      programmes: goal.programmes,
      participations: goal.participations,
      countries: goal.countries,
      label: goal.covered
        ? `${plural(goal.programmes, "programme")}, ${plural(goal.participations, "seat")}, ${plural(goal.countries, "country", "countries")}`
        : "no programme: a gap",
    }))
    panels.push({
      title: panelTitle("Goals: programmes that count for each"),
      width,
      height: read.height ?? { step: 22 },
      data: { values: goals },
      encoding: {
        y: {
          field: "title",
          type: "nominal",
          sort: null,
          title: "Goal",
          axis: { labelLimit: 320 },
        },
      },
      layer: [
        {
          mark: { type: "bar" },
          encoding: {
            x: {
              field: "programmes",
              type: "quantitative",
              title: "Programmes",
              axis: { tickMinStep: 1 },
            },
            color: { field: "state", type: "nominal", title: "Coverage", scale: COVERED },
            tooltip: [
              { field: "goal", type: "nominal", title: "Goal" },
              { field: "title", type: "nominal", title: "Title" },
              { field: "programmes", type: "quantitative", title: "Programmes" },
              { field: "participations", type: "quantitative", title: "Seats", format: "," },
              { field: "countries", type: "quantitative", title: "Countries reached" },
            ],
          },
        },
        barLabels({
          x: { field: "programmes", type: "quantitative" },
          text: { field: "label", type: "nominal" },
        }),
      ],
    })
  }
  if (result.cells.length > 0) {
    const grid = result.cells.map(({ region, theme, covered, programmes }) => ({
      region,
      theme,
      state: stateOf(covered),
      programmes,
    }))
    panels.push({
      title: panelTitle("Priority regions × themes: programmes in each cell"),
      width: { step: 26 },
      height: { step: 26 },
      data: { values: grid },
      encoding: {
        // The framework's order of regions and of each region's themes.
        x: {
          field: "theme",
          type: "nominal",
          sort: null,
          title: "Theme",
          axis: { labelAngle: -40, labelLimit: 160 },
        },
        y: { field: "region", type: "nominal", sort: null, title: "Priority region" },
      },
      layer: [
        {
          mark: { type: "rect", stroke: "#ffffff", strokeWidth: 1 },
          encoding: {
            color: { field: "state", type: "nominal", title: "Coverage", scale: COVERED },
            tooltip: [
              { field: "region", type: "nominal", title: "Region" },
              { field: "theme", type: "nominal", title: "Theme" },
              { field: "programmes", type: "quantitative", title: "Programmes" },
              { field: "state", type: "nominal", title: "Coverage" },
            ],
          },
        },
        {
          mark: { type: "text", color: "#ffffff", fontSize: 11 },
          encoding: { text: { field: "programmes", type: "quantitative" } },
        },
      ],
    })
  }
  const gapText =
    result.gaps.goals.length > 0
      ? ` Goals without a programme: ${result.gaps.goals.join(", ")}.`
      : ""
  return {
    ...header(`${title}: ${subtitle[0]}.${gapText}`, title, subtitle),
    vconcat: panels,
    resolve: { scale: { color: "shared" } },
    spacing: 24,
  }
}

const COVERAGE: ChartInput<GoalCoverage> = {
  chart: "coverageChart",
  what: "the result of goalCoverage ({ framework, goals, cells, cellCoverage, gaps })",
  isShape: (r) =>
    typeof r.framework === "string" &&
    Array.isArray(r.goals) &&
    Array.isArray(r.cells) &&
    typeof r.cellCoverage === "object",
}
