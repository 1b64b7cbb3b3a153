// justice-cooperation/charts: Vega-Lite v5 specifications of the aggregation results, as plain
// JSON with the data inlined. No charting engine is imported here or anywhere in the package's
// entry points: a notebook, vega-embed or the `report` command renders them.
export {
  type AlumniChartOptions,
  alumniChart,
  type CountryGeometry,
  seatsChart,
} from "./countries.js"
export { coverageChart } from "./coverage.js"
export { type CrossTabChartOptions, crossTabChart } from "./cross-tab.js"
export { type GroupChartOptions, groupChart } from "./group.js"
export { type PeriodChartOptions, periodChart } from "./period.js"
export { pledgeChart } from "./pledge.js"
export {
  type ChartOptions,
  VEGA_LITE_MIME_TYPE,
  VEGA_LITE_SCHEMA,
  type VegaLiteSpec,
} from "./spec.js"
