import { writeFileSync } from "node:fs"
import type { CountryGeometry } from "../charts/countries.js"
import { quote } from "../text/quote.js"
import { type CommandOptions, stringOption, UsageError } from "./args.js"
import type { Command, Out } from "./command.js"
import { loadValidDataset, readCountingArgs } from "./dataset-input.js"
import { readBytes } from "./read.js"
import { type ChartEngine, ENGINE_INSTALL, loadChartEngine } from "./report/engine.js"
import { reportCharts, reportHtml } from "./report/html.js"
import { computeStats } from "./stats/compute.js"

declare const __VERSION__: string

export const REPORT_HELP = `Usage: justice-cooperation report [FILE] [options]

Writes one self-contained HTML file of the headline statistics — figures, tables and charts —
that opens in any browser with no network: its style is inline and its charts are SVG drawn
when the report is written (no script, nothing fetched). With no FILE, the example dataset
drawn from the seed texts; FILE - reads standard input. The dataset is validated first; a
dataset with errors is not counted (exit 1).

The charts are drawn with vega and vega-lite (v5), optional peer dependencies that the library
never installs or loads: install them where you run the report (${ENGINE_INSTALL}).
Without them the report has its figures and tables, and says where each chart would be.

Options:
  --out FILE.html           where to write the report (default: report.html)
  --as-of DATE              the date every figure is counted on (default: today); YYYY-MM-DD,
                            YYYY-MM or YYYY (the last day of that month or year)
  --fiscal-year-start M     month (1–12) the fiscal year starts in (default 4, as Japan's)
  --geometry FILE.json      country shapes (TopoJSON or GeoJSON with ISO numeric ids, such as
                            world-atlas's countries-110m.json): alumni drawn as a world map
  -h, --help                show this help

Example:
  justice-cooperation report --out report.html
  justice-cooperation report dataset.json --as-of 2025-03-31 --out dataset-2025.html`

const REPORT_OPTIONS: CommandOptions = {
  out: { type: "string", example: "report.html" },
  geometry: { type: "string", example: "countries-110m.json" },
}

/** The report command; `loadEngine` is replaceable for tests of a machine without vega. */
export function createReportCommand(
  loadEngine: () => Promise<ChartEngine | undefined> = loadChartEngine,
): Command {
  async function runReport(args: string[], out: Out): Promise<number> {
    const parsed = readCountingArgs("report", args, REPORT_OPTIONS, REPORT_HELP, out)
    if (parsed === undefined) return 0
    const { values, file, asOf, fiscalYearStartMonth } = parsed
    const target = stringOption(values, "out") ?? "report.html"
    if (target === "-" || target === "")
      throw new UsageError("report: --out must name a file, such as --out report.html")
    let geometry: CountryGeometry | undefined
    const geometryFile = stringOption(values, "geometry")
    if (geometryFile !== undefined) {
      const bytes = await readBytes(geometryFile)
      try {
        geometry = JSON.parse(Buffer.from(bytes).toString("utf8")) as CountryGeometry
      } catch (error) {
        throw new UsageError(
          `report: --geometry ${quote(geometryFile)} is not JSON (${(error as Error).message})`,
        )
      }
    }
    const loaded = await loadValidDataset(file, out)
    if (loaded === undefined) return 1
    const stats = computeStats(loaded.dataset, { asOf, fiscalYearStartMonth })
    let charts: ReturnType<typeof reportCharts>
    try {
      charts = reportCharts(stats, geometry)
    } catch (error) {
      // A geometry the map cannot read: alumniChart says why.
      throw new UsageError(`report: --geometry: ${(error as Error).message}`)
    }
    const engine = await loadEngine()
    if (engine !== undefined) {
      for (const chart of charts) chart.svg = await engine.toSvg(chart.spec)
    }
    const html = reportHtml({
      stats,
      source: loaded.source,
      version: __VERSION__,
      charts,
      missing: `Chart not drawn: vega and vega-lite are not installed where the report was written (${ENGINE_INSTALL}).`,
    })
    writeFileSync(target, html)
    const size = `${Math.ceil(Buffer.byteLength(html) / 1024)} kB`
    out(
      engine === undefined
        ? `wrote ${target} (${size}): figures and tables; ${charts.length} charts not drawn — vega and vega-lite are not installed (${ENGINE_INSTALL})`
        : `wrote ${target} (${size}): figures, tables and ${charts.length} charts; it opens with no network`,
    )
    return 0
  }
  return {
    name: "report",
    synopsis: "[FILE] --out FILE.html",
    summary: "one self-contained HTML file of figures, tables and charts (opens offline)",
    help: REPORT_HELP,
    run: runReport,
  }
}

export const reportCommand: Command = createReportCommand()
