import { firstDayNumber, isPartialDate, lastDayNumber } from "../dates/partial-date.js"
import type { FigureBound, FigureScope, ReportedFigure } from "../schemas/figure.js"
import type { Source } from "../schemas/source.js"
import { quote } from "../text/quote.js"
import { AggregationError } from "./errors.js"

/**
 * What {@link reportedFigures} reads: a `Dataset`, or any object with `figures`.
 *
 * @example
 * const input: ReportedFiguresInput = { figures: exampleDataset.figures }
 *
 * @category Aggregate
 */
export type ReportedFiguresInput = { readonly figures?: readonly ReportedFigure[] | undefined }

/**
 * The filter of {@link reportedFigures}: every criterion given must hold.
 *
 * @example
 * const filter: ReportedFiguresFilter = { metric: "alumni", organisation: "unafei", asOf: "2024" }
 *
 * @category Aggregate
 */
export type ReportedFiguresFilter = {
  /** Only figures of this metric (`"alumni"`, `"participants"`, …). */
  readonly metric?: string | undefined
  /** Only figures whose scope names this organisation. */
  readonly organisation?: string | undefined
  /** Only figures whose scope names this programme series. */
  readonly series?: string | undefined
  /** Only figures dated on or before this date (both read as the last day they can mean). */
  readonly asOf?: string | undefined
}

/**
 * One row of {@link reportedFigures}: a figure as its source states it.
 *
 * @example
 * const row: ReportedFigureRow = { figure: "unafei-alumni-2024", metric: "alumni", value: 6600,
 *   bound: "at-least", countries: 144, asOf: "2024", scope: { organisation: "unafei" }, sources: [] }
 *
 * @category Aggregate
 */
export type ReportedFigureRow = {
  /** The figure's id. */
  figure: string
  metric: string
  value: number
  /** `"exact"` when the figure gives none. */
  bound: FigureBound
  /** Present when the figure gives it. */
  countries?: number
  asOf: string
  scope: FigureScope
  /** The figure's sources; `[]` when it gives none. */
  sources: Source[]
}

const KIND = "reportedFigures"
const FILTER_KEYS = ["metric", "organisation", "series", "asOf"] as const
const BOUNDS: readonly string[] = ["exact", "at-least", "at-most", "about"]
const DATE = "a date YYYY, YYYY-MM or YYYY-MM-DD"

/**
 * The figures a dataset's sources state in aggregate (`Dataset.figures`): for each metric and
 * scope, the latest figure — "over 6,600 alumni from 144 countries and regions", "65
 * graduates from 39 countries" — with its bound, date and sources.
 *
 * Reported figures are never added to what the other aggregations count from person records:
 * `alumniTotals` counts distinct people, and people cannot be summed across sources. Show the
 * two side by side.
 *
 * The latest figure of a metric and scope (the same organisation, series and set of
 * programmes) is the one whose `asOf` ends last; with `filter.asOf`, among those whose `asOf`
 * ends on or before the last day `filter.asOf` can mean. Two figures that end on the same day:
 * the more precise date wins (`"2024-11-30"` over `"2024-11"`), then the smaller id. Rows come
 * by metric, then value descending, then figure id (code-unit order). A figure or filter that
 * cannot be read is an `AggregationError` (`aggregate/invalid-record`,
 * `aggregate/invalid-option`, `aggregate/unknown-option`). See
 * [reported figures](../../docs/figures.md).
 *
 * @param dataset - A dataset, or any object with `figures`; not modified.
 * @param filter - Metric, organisation, series, asOf; all optional.
 * @returns Plain rows (copies: changing them changes nothing in the dataset).
 *
 * @example
 * reportedFigures(exampleDataset, { metric: "alumni" }).map((r) => [r.figure, r.value, r.bound])
 * //=> [["unafei-alumni-2024", 6600, "at-least"], ["gebco-graduates-2018", 84, "exact"],
 * //    ["iho-nautical-chart-graduates-2018", 65, "exact"]]
 *
 * @category Aggregate
 */
export function reportedFigures(
  dataset: ReportedFiguresInput,
  filter?: ReportedFiguresFilter,
): ReportedFigureRow[] {
  const read = readFilter(filter)
  if (typeof dataset !== "object" || dataset === null)
    throw invalid(`${KIND}: the dataset is ${quote(dataset)}: use an object { figures: [...] }`)
  const figures = dataset.figures
  if (figures === undefined) return []
  if (!Array.isArray(figures))
    throw invalid(`${KIND}: figures is ${quote(figures)}: use a list of reported figures`)
  const until = read.asOf === undefined ? Number.POSITIVE_INFINITY : lastDayNumber(read.asOf)
  const latest = new Map<string, { figure: ReportedFigure; last: number; first: number }>()
  figures.forEach((figure: unknown, i) => {
    checkFigure(figure, i)
    const { scope } = figure
    if (read.metric !== undefined && figure.metric !== read.metric) return
    if (read.organisation !== undefined && scope.organisation !== read.organisation) return
    if (read.series !== undefined && scope.series !== read.series) return
    const last = lastDayNumber(figure.asOf)
    if (last > until) return
    const first = firstDayNumber(figure.asOf)
    const key = JSON.stringify([
      figure.metric,
      scope.organisation ?? null,
      scope.series ?? null,
      scope.programmes === undefined ? null : [...new Set(scope.programmes)].sort(),
    ])
    const held = latest.get(key)
    if (
      held === undefined ||
      last > held.last ||
      (last === held.last &&
        (first > held.first || (first === held.first && figure.id < held.figure.id)))
    )
      latest.set(key, { figure, last, first })
  })
  const rows = [...latest.values()].map(({ figure }) => toRow(figure))
  return rows.sort(
    (a, b) => compare(a.metric, b.metric) || b.value - a.value || compare(a.figure, b.figure),
  )
}

function toRow(figure: ReportedFigure): ReportedFigureRow {
  const { scope } = figure
  const copy: FigureScope = {}
  if (scope.organisation !== undefined) copy.organisation = scope.organisation
  if (scope.series !== undefined) copy.series = scope.series
  if (scope.programmes !== undefined) copy.programmes = [...scope.programmes]
  return {
    figure: figure.id,
    metric: figure.metric,
    value: figure.value,
    bound: figure.bound ?? "exact",
    ...(figure.countries === undefined ? {} : { countries: figure.countries }),
    asOf: figure.asOf,
    scope: copy,
    sources: (figure.sources ?? []).map((source) => ({ ...source })),
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function invalid(message: string): AggregationError {
  return new AggregationError("aggregate/invalid-record", message)
}

function readFilter(filter: unknown): ReportedFiguresFilter {
  if (filter === undefined) return {}
  if (typeof filter !== "object" || filter === null || Array.isArray(filter))
    throw new AggregationError(
      "aggregate/invalid-option",
      `${KIND}: the filter is ${quote(filter)}; pass an object { metric?, organisation?, series?, asOf? }`,
    )
  const given = filter as Record<string, unknown>
  for (const key of Object.keys(given)) {
    if (!(FILTER_KEYS as readonly string[]).includes(key))
      throw new AggregationError(
        "aggregate/unknown-option",
        `${KIND}: unknown option ${quote(key)} — the options are ${FILTER_KEYS.map((k) => `'${k}'`).join(", ")}`,
      )
  }
  for (const key of ["metric", "organisation", "series"] as const) {
    const value = given[key]
    if (value !== undefined && typeof value !== "string")
      throw new AggregationError(
        "aggregate/invalid-option",
        `${KIND}: option ${key} is ${quote(value)}; use text`,
      )
  }
  if (given.asOf !== undefined && !isPartialDate(given.asOf))
    throw new AggregationError(
      "aggregate/invalid-option",
      `${KIND}: option asOf is ${quote(given.asOf)}; use ${DATE}`,
    )
  return given as ReportedFiguresFilter
}

/** Checks the fields a row is built from; what it cannot read is `aggregate/invalid-record`. */
function checkFigure(figure: unknown, i: number): asserts figure is ReportedFigure {
  const where = `figures[${i}]`
  if (typeof figure !== "object" || figure === null || Array.isArray(figure))
    throw invalid(
      `${KIND}: ${where} is ${quote(figure)}: use a reported figure { id, metric, value, scope, asOf }`,
    )
  const f = figure as Record<string, unknown>
  const problem = (field: string, value: unknown, expected: string) =>
    invalid(
      `${KIND}: ${where}: ${field} ${value === undefined ? "is missing" : `is ${quote(value)}`}: use ${expected}`,
    )
  if (typeof f.id !== "string") throw problem("id", f.id, "text")
  if (typeof f.metric !== "string") throw problem("metric", f.metric, "text")
  if (typeof f.value !== "number" || !Number.isFinite(f.value) || f.value < 0)
    throw problem("value", f.value, "a number of at least 0")
  if (f.bound !== undefined && !BOUNDS.includes(f.bound as string))
    throw problem("bound", f.bound, "'exact', 'at-least', 'at-most' or 'about'")
  if (f.countries !== undefined && (!Number.isInteger(f.countries) || (f.countries as number) < 0))
    throw problem("countries", f.countries, "a whole number of at least 0")
  if (!isPartialDate(f.asOf)) throw problem("asOf", f.asOf, DATE)
  const scope = f.scope
  if (typeof scope !== "object" || scope === null || Array.isArray(scope))
    throw problem("scope", scope, "an object { organisation?, series?, programmes? }")
  const s = scope as Record<string, unknown>
  if (s.organisation !== undefined && typeof s.organisation !== "string")
    throw problem("scope.organisation", s.organisation, "text")
  if (s.series !== undefined && typeof s.series !== "string")
    throw problem("scope.series", s.series, "text")
  if (
    s.programmes !== undefined &&
    (!Array.isArray(s.programmes) || !s.programmes.every((p) => typeof p === "string"))
  )
    throw problem("scope.programmes", s.programmes, "a list of text")
  if (f.sources !== undefined && !Array.isArray(f.sources))
    throw problem("sources", f.sources, "a list of sources { title, quote?, … }")
}
