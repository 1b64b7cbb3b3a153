import { formatCount } from "./format.js"

/**
 * The `$schema` of every specification the chart functions return: Vega-Lite v5, the version
 * that JupyterLab 4, VS Code notebooks and Observable render natively.
 *
 * @example
 * seatsChart(participationsByCountry(dataset)).$schema === VEGA_LITE_SCHEMA //=> true
 *
 * @category Charts
 */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"

/**
 * The MIME type under which notebooks render a Vega-Lite v5 specification (JupyterLab, the Deno
 * kernel's `Symbol.for("Jupyter.display")`, nteract, VS Code).
 *
 * @example
 * const bundle = { [VEGA_LITE_MIME_TYPE]: seatsChart(seats) }
 *
 * @category Charts
 */
export const VEGA_LITE_MIME_TYPE = "application/vnd.vegalite.v5+json"

/**
 * A Vega-Lite v5 specification as plain JSON: data inlined, no functions, no class instances.
 * Give it to any Vega-Lite v5 renderer (vega-embed, a notebook, the Vega editor) as it is.
 * The named fields are always there; the rest follows the Vega-Lite v5 schema.
 *
 * @example
 * const spec: VegaLiteSpec = seatsChart(participationsByCountry(dataset))
 * JSON.stringify(spec) // what a notebook or vega-embed takes
 *
 * @category Charts
 */
export type VegaLiteSpec = {
  $schema: typeof VEGA_LITE_SCHEMA
  /** What the chart shows, in one or two sentences: the accessible description of the SVG. */
  description: string
  [key: string]: unknown
}

/**
 * The options every chart function takes.
 *
 * @example
 * seatsChart(seats, { title: "Seats per country, FY2024", width: 480 } satisfies ChartOptions)
 *
 * @category Charts
 */
export type ChartOptions = {
  /** The chart's title; each function has a default in plain words. */
  readonly title?: string | undefined
  /** Width of the plot area in pixels (default: each chart's own, 400 for most). */
  readonly width?: number | undefined
  /**
   * Height of the plot area in pixels. Default: bar charts with a band per row grow with the
   * number of rows (20 pixels per band); others are 240.
   */
  readonly height?: number | undefined
}

/** Checks a chart's options; a wrong one is a TypeError that says what would be right. */
export function readChartOptions(
  chart: string,
  options: ChartOptions | undefined,
): { title?: string; width?: number; height?: number } {
  if (options === undefined) return {}
  if (typeof options !== "object" || options === null)
    throw new TypeError(`${chart}: options must be an object such as { title: "…" }`)
  const read: { title?: string; width?: number; height?: number } = {}
  if (options.title !== undefined) {
    if (typeof options.title !== "string")
      throw new TypeError(`${chart}: options.title must be a string`)
    read.title = options.title
  }
  for (const key of ["width", "height"] as const) {
    const value = options[key]
    if (value === undefined) continue
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0)
      throw new TypeError(`${chart}: options.${key} must be a positive number of pixels`)
    read[key] = value
  }
  return read
}

/** Checks that a result has the shape a chart function needs. */
export function expectShape(chart: string, ok: boolean, what: string): void {
  if (!ok) throw new TypeError(`${chart}: pass ${what}`)
}

/** A title with optional subtitle lines (Vega-Lite's title object). */
export function titleOf(text: string, subtitle: readonly string[]): Record<string, unknown> {
  const title: Record<string, unknown> = { text, anchor: "start" }
  if (subtitle.length > 0) title.subtitle = [...subtitle]
  return title
}

/** The common top of every specification. */
export function header(
  description: string,
  title: string,
  subtitle: readonly string[],
): VegaLiteSpec {
  return {
    $schema: VEGA_LITE_SCHEMA,
    description,
    title: titleOf(title, subtitle),
  }
}

/**
 * A chart for a result with nothing to draw: the title, and a sentence in place of the marks,
 * so that an empty result is visibly empty rather than an empty frame.
 */
export function emptyChart(
  title: string,
  message: string,
  subtitle: readonly string[],
  options: { width?: number; height?: number },
): VegaLiteSpec {
  return {
    ...header(`${title}: ${message}`, title, subtitle),
    width: options.width ?? 400,
    height: options.height ?? 60,
    data: { values: [{ message }] },
    mark: { type: "text", align: "left", baseline: "middle", fontSize: 13, color: "#555" },
    encoding: {
      text: { field: "message", type: "nominal" },
      x: { value: 0 },
      y: { value: 30 },
    },
    usermeta: { empty: true },
  }
}

/** Height of a band chart: fixed when given, else 20 pixels per band. */
export function bandHeight(height: number | undefined): number | { step: number } {
  return height ?? { step: 20 }
}

/** The axis of country names and other long labels: room for "Lao People's Democratic Republic". */
export const LABEL_AXIS = { labelLimit: 220 } as const

/** What {@link readChart} gives: the checked options. */
export type ReadOptions = { title?: string; width?: number; height?: number }

/** What a chart function takes: its name (for errors), and the shape of the result it draws. */
export type ChartInput<T> = {
  readonly chart: string
  /** The result it takes, for the error: "the result of rollUp ({ rows, unassigned })". */
  readonly what: string
  readonly isShape: (input: T & object) => boolean
}

/**
 * The two checks every chart function starts with, in this order: its options, then that its
 * input is an object of the shape it draws (a TypeError naming what it takes otherwise).
 */
export function readChart<T>(
  { chart, what, isShape }: ChartInput<T>,
  options: ChartOptions | undefined,
  input: T,
): ReadOptions {
  const read = readChartOptions(chart, options)
  expectShape(chart, typeof input === "object" && input !== null && isShape(input), what)
  return read
}

/** Whether `rows` is an array whose rows have a string `key` and a numeric `count`. */
export function isCountRows(rows: unknown, key: string): boolean {
  return (
    Array.isArray(rows) &&
    rows.every(
      (row) =>
        typeof row?.[key] === "string" && typeof (row as { count?: unknown }).count === "number",
    )
  )
}

/** The input of a chart of count rows: `result[list]` rows with a text `key` and a `count`. */
export function countRowsInput<T>(
  chart: string,
  what: string,
  list: keyof T & string,
  key: string,
): ChartInput<T> {
  return { chart, what, isShape: (input) => isCountRows(input[list], key) }
}

/** "Vietnam 5, Ukraine 3": named counts, as descriptions list them. */
export function namedCounts(rows: readonly { name: string; count: number }[]): string {
  return rows.map((row) => `${row.name} ${formatCount(row.count)}`).join(", ")
}

/** The count axis of bar charts: whole numbers, thousands separated. */
export function countAxis(title: string): Record<string, unknown> {
  return { field: "count", type: "quantitative", title, axis: { format: ",", tickMinStep: 1 } }
}

/** A text layer of labels beside the end of each bar. */
export function barLabels(encoding: Record<string, unknown>): Record<string, unknown> {
  return {
    mark: { type: "text", align: "left", dx: 3, baseline: "middle", color: "#333" },
    encoding,
  }
}

/** A panel's title in a concatenated chart. */
export function panelTitle(text: string): Record<string, unknown> {
  return { text, anchor: "start", fontSize: 12 }
}

/**
 * Horizontal bars, one per row in the result's order (never re-sorted by the renderer), with
 * the count beside each: the charts of countries and of groupings.
 */
export function namedBars(
  rows: readonly Record<string, unknown>[],
  labels: { name: string; id: string; idTitle: string; measure: string; axis: string },
  read: ReadOptions,
): Record<string, unknown> {
  return {
    width: read.width ?? 400,
    height: bandHeight(read.height),
    data: { values: rows },
    layer: [
      { mark: { type: "bar", color: "#4c78a8" } },
      barLabels({ text: { field: "count", type: "quantitative", format: "," } }),
    ],
    encoding: {
      y: { field: "name", type: "nominal", sort: null, title: labels.name, axis: LABEL_AXIS },
      x: countAxis(labels.axis),
      tooltip: [
        { field: "name", type: "nominal", title: labels.name },
        { field: labels.id, type: "nominal", title: labels.idTitle },
        { field: "count", type: "quantitative", title: labels.measure, format: "," },
      ],
    },
  }
}
