import { alumniChart, type CountryGeometry, seatsChart } from "../../charts/countries.js"
import { coverageChart } from "../../charts/coverage.js"
import { periodChart } from "../../charts/period.js"
import { pledgeChart } from "../../charts/pledge.js"
import type { VegaLiteSpec } from "../../charts/spec.js"
import { findCountry } from "../../reference/countries.js"
import { goalRow, type Stats } from "../stats/compute.js"
import { format } from "../table.js"

/** A chart of the report: its specification, and the SVG drawn from it (when an engine drew it). */
export type ReportChart = { readonly id: string; readonly spec: VegaLiteSpec; svg?: string }

/** The charts of a report, in page order. */
export function reportCharts(stats: Stats, geometry?: CountryGeometry): ReportChart[] {
  const charts: ReportChart[] = [
    { id: "seats", spec: seatsChart(stats.seats) },
    { id: "alumni", spec: alumniChart(stats.alumni, { geometry }) },
    {
      id: "programmes",
      spec: periodChart(stats.programmesByFiscalYear, {
        of: "programmes",
        title: "Programmes held per fiscal year",
      }),
    },
  ]
  for (const coverage of stats.coverage)
    charts.push({ id: `coverage-${coverage.framework}`, spec: coverageChart(coverage) })
  for (const progress of stats.pledges)
    if (!("error" in progress))
      charts.push({ id: `pledge-${progress.pledge}`, spec: pledgeChart(progress) })
  return charts
}

/** Text for HTML: the five characters that matter escaped. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;")
}

const countryName = (code: string) => findCountry(code)?.name ?? code
const pct = (ratio: number) => `${Math.round(ratio * 100)}%`
const plural = (n: number, one: string, many = `${one}s`) => `${format(n)} ${n === 1 ? one : many}`

function table(
  caption: string,
  header: string[],
  rows: (string | number)[][],
  foot: (string | number)[][] = [],
): string {
  const cell = (tag: string, value: string | number) =>
    `<${tag}${typeof value === "number" ? ' class="n"' : ""}>${escapeHtml(typeof value === "number" ? format(value) : value)}</${tag}>`
  const row = (values: (string | number)[], tag = "td") =>
    `<tr>${values.map((v) => cell(tag, v)).join("")}</tr>`
  return [
    "<table>",
    `<caption>${escapeHtml(caption)}</caption>`,
    `<thead>${row(header, "th")}</thead>`,
    `<tbody>${rows.map((r) => row(r)).join("\n")}</tbody>`,
    foot.length > 0 ? `<tfoot>${foot.map((r) => row(r)).join("")}</tfoot>` : "",
    "</table>",
  ].join("\n")
}

function figure(chart: ReportChart | undefined, missing: string): string {
  if (chart === undefined) return ""
  // The chart's description as the SVG's accessible name (vega's SVG has none of its own).
  const label = `<svg role="img" aria-label="${escapeHtml(chart.spec.description)}" `
  const body =
    chart.svg !== undefined
      ? chart.svg.replace(/^<svg /, label)
      : `<p class="missing">${escapeHtml(missing)}</p>`
  return `<figure id="chart-${escapeHtml(chart.id)}" class="chart">${body}<figcaption>${escapeHtml(chart.spec.description)}</figcaption></figure>`
}

const STYLE = `
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.25rem; margin-top: 2.4rem; border-bottom: 1px solid #ddd; padding-bottom: 0.2rem; }
.headline { display: flex; flex-wrap: wrap; gap: 1rem; padding: 0; list-style: none; }
.headline li { background: #f3f6fa; border-radius: 6px; padding: 0.6rem 1rem; min-width: 9rem; }
.headline b { display: block; font-size: 1.5rem; }
figure.chart { margin: 1rem 0; overflow-x: auto; }
figure.chart svg { max-width: 100%; height: auto; }
figcaption { font-size: 0.85rem; color: #555; }
table { border-collapse: collapse; margin: 1rem 0; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
th, td { padding: 0.2rem 0.7rem; border-bottom: 1px solid #eee; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tfoot td { font-weight: 600; }
.missing { background: #fff4e5; border-left: 4px solid #f58518; padding: 0.5rem 0.8rem; }
ul.gaps { columns: 2; font-size: 0.9rem; }
footer { margin-top: 3rem; font-size: 0.8rem; color: #777; }
@media print { figure.chart { break-inside: avoid; } }
`

/**
 * The report: one HTML file with its style inline and its charts as inline SVG — no script,
 * no font, no image, nothing fetched, so that it opens with no network and prints as it shows.
 */
export function reportHtml(options: {
  stats: Stats
  source: string
  version: string
  charts: readonly ReportChart[]
  /** Said in place of a chart that was not drawn. */
  missing: string
}): string {
  const { stats, source, charts } = options
  const chart = (id: string) =>
    figure(
      charts.find((c) => c.id === id),
      options.missing,
    )
  const { seats, alumni } = stats
  const parts: string[] = []
  const title = `Statistics of ${source}`
  parts.push(
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<header>",
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>As of ${escapeHtml(stats.asOf)}. Seats are participants who attended or completed a programme that was held; alumni are distinct people who completed one.</p>`,
    '<ul class="headline">',
    `<li><b>${format(seats.total)}</b>${seats.total === 1 ? "seat" : "seats"}</li>`,
    `<li><b>${format(seats.rows.length)}</b>${seats.rows.length === 1 ? "country" : "countries"} with seats</li>`,
    `<li><b>${format(alumni.alumni)}</b>${alumni.alumni === 1 ? "alumnus" : "alumni"} from ${plural(alumni.countries, "country", "countries")}</li>`,
    ...stats.coverage.map(
      (c) =>
        `<li><b>${c.covered} of ${c.total}</b>goals of ${escapeHtml(c.framework)} covered</li>`,
    ),
    ...stats.pledges.map(
      (p) =>
        `<li><b>${escapeHtml("error" in p ? "not computed" : p.status)}</b>pledge ${escapeHtml(p.pledge)}</li>`,
    ),
    "</ul>",
    "</header>",
    "<main>",
  )

  parts.push('<section id="seats">', "<h2>Seats per country</h2>", chart("seats"))
  parts.push(
    table(
      `Seats per country (${plural(seats.total, "seat")}; ${format(seats.unattributed)} not attributed to a country)`,
      ["Code", "Country", "Seats"],
      seats.rows.map((row) => [row.country, countryName(row.country), row.count]),
      [
        ["—", "not attributed to a country", seats.unattributed],
        ["—", "total", seats.total],
      ],
    ),
    "</section>",
  )

  parts.push('<section id="alumni">', "<h2>Alumni</h2>", chart("alumni"))
  parts.push(
    alumni.byCountry.length > 0
      ? table(
          `Alumni by home country (${plural(alumni.alumni, "alumnus", "alumni")})`,
          ["Code", "Country", "Alumni"],
          alumni.byCountry.map((row) => [row.country, countryName(row.country), row.count]),
        )
      : "<p>No per-person records of completions in this dataset.</p>",
    "</section>",
  )

  const byYear = stats.programmesByFiscalYear
  parts.push(
    '<section id="programmes">',
    "<h2>Programmes held, by fiscal year</h2>",
    `<p>Fiscal years start in month ${stats.fiscalYearStartMonth}; planned, cancelled and postponed programmes are not counted.</p>`,
    chart("programmes"),
    table(
      "Programmes held per fiscal year",
      ["Fiscal year", "Programmes"],
      byYear.rows.map((row) => [row.period, row.count]),
      byYear.undetermined > 0 ? [["undetermined (dated by year only)", byYear.undetermined]] : [],
    ),
    "</section>",
  )

  for (const coverage of stats.coverage) {
    parts.push(
      `<section id="coverage-${escapeHtml(coverage.framework)}">`,
      `<h2>Goal coverage: ${escapeHtml(coverage.framework)}</h2>`,
      `<p>${coverage.covered} of ${plural(coverage.total, "goal")} covered (${pct(coverage.ratio)}); ${coverage.cellCoverage.covered} of ${plural(coverage.cellCoverage.total, "priority region × theme cell")} covered (${pct(coverage.cellCoverage.ratio)}).</p>`,
      chart(`coverage-${coverage.framework}`),
      table(
        "Goals",
        ["Goal", "Title", "Covered", "Programmes", "Seats", "Countries"],
        coverage.goals.map((goal) => goalRow(goal, false)),
      ),
    )
    if (coverage.gaps.cells.length > 0)
      parts.push(
        `<h3>Region × theme gaps (${coverage.gaps.cells.length})</h3>`,
        `<ul class="gaps">${coverage.gaps.cells.map((cell) => `<li>${escapeHtml(`${cell.region} × ${cell.theme}`)}</li>`).join("")}</ul>`,
      )
    parts.push("</section>")
  }

  if (stats.pledges.length > 0) {
    parts.push('<section id="pledges">', "<h2>Pledge progress</h2>")
    for (const progress of stats.pledges) {
      if ("error" in progress) {
        parts.push(
          `<p class="missing">${escapeHtml(`${progress.pledge}: cannot be computed — ${progress.error}`)}</p>`,
        )
        continue
      }
      parts.push(
        chart(`pledge-${progress.pledge}`),
        table(
          `${progress.pledge}: ${progress.status}, ${pct(progress.elapsed)} of the period elapsed`,
          ["Target", "Kind", "Goal", "Achieved", "Share", "Status"],
          progress.targets.map((t) => [
            t.target,
            t.kind,
            t.goal,
            t.achieved,
            pct(t.ratio),
            t.status,
          ]),
        ),
      )
    }
    parts.push("</section>")
  }

  parts.push(
    "</main>",
    `<footer>Made with justice-cooperation ${escapeHtml(options.version)} (justice-cooperation report). Charts are Vega-Lite specifications from justice-cooperation/charts, drawn as SVG when the report was written.</footer>`,
    "</body>",
    "</html>",
    "",
  )
  return parts.join("\n")
}
