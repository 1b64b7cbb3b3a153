import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it, vi } from "vitest"
import { createReportCommand } from "../../src/cli/report-command.js"
import { exampleDataset } from "../../src/reference/index.js"
import { buildCli, type CliResult, root, runCli } from "./run-cli.js"

const dir = join(root, ".tmp", "report-test")
let cli = ""
beforeAll(async () => {
  mkdirSync(dir, { recursive: true })
  cli = await buildCli("report")
})
const run = (...args: string[]): CliResult => runCli(cli, args, { timeout: 120_000 })
const svgCount = (html: string) => (html.match(/<svg[\s>]/g) ?? []).length
const figureCount = (html: string) => (html.match(/<figure /g) ?? []).length

/** What the page would fetch: any src, href, … attribute of a tag, any url(…) or @import. */
function fetches(html: string): string[] {
  const found: string[] = []
  for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
    for (const [, name, value] of tag.matchAll(
      /\s([a-zA-Z:-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g,
    )) {
      if (/^(src|href|xlink:href|srcset|action|poster|data|background)$/i.test(name ?? ""))
        found.push(`${name}=${value}`)
    }
  }
  return [...found, ...(html.match(/url\([^)]*\)|@import/gi) ?? [])]
}

describe("report", () => {
  it("the example dataset: one HTML file with figures, tables and every chart as inline SVG", () => {
    const out = join(dir, "example.html")
    const result = run("report", "--as-of", "2025-03-31", "--out", out)
    expect(result.err).toBe("")
    expect(result.code).toBe(0)
    // seats, alumni, programmes, coverage of the framework, one per pledge.
    const charts = 4 + (exampleDataset.pledges?.length ?? 0)
    expect(result.out).toMatch(
      new RegExp(
        `^wrote .*example\\.html \\(\\d+ kB\\): figures, tables and ${charts} charts; it opens with no network\n$`,
      ),
    )
    const html = readFileSync(out, "utf8")
    expect(html.startsWith("<!doctype html>")).toBe(true)
    expect(figureCount(html)).toBe(charts)
    expect(svgCount(html)).toBe(charts)
    expect(html).not.toContain("<script")
    expect(fetches(html)).toEqual([])
    expect(html).toContain("<td>Ukraine</td>")
    expect(html).toContain("Statistics of the example dataset drawn from the seed texts")
    expect(html).toContain("<li><b>274</b>seats</li>")
    // The charts' descriptions are the figures' captions; the SVG labels name the countries.
    expect(html).toMatch(/<figcaption>Seats per country: bar chart\./)
    expect(html).toMatch(/<svg[^>]*aria-label="[^"]*Seats per country/)
  })

  it("text from the data is escaped in the tables and in the SVG", () => {
    const file = join(dir, "hostile.json")
    writeFileSync(
      file,
      JSON.stringify({
        programmes: [
          {
            id: "p1",
            title: "t",
            kind: "seminar",
            status: "completed",
            period: { start: "2024-05-01" },
            goals: [{ framework: "f<b>", goal: "g1" }],
          },
        ],
        frameworks: [
          {
            id: "f<b>",
            title: "x",
            parties: [],
            adoptedOn: "2024",
            period: { start: "2024" },
            goals: [{ id: "g1", title: "<img src=x onerror=alert(1)> & goal" }],
          },
        ],
      }),
    )
    const out = join(dir, "hostile.html")
    const result = run("report", file, "--as-of", "2025-03-31", "--out", out)
    expect(result.code).toBe(0)
    const html = readFileSync(out, "utf8")
    expect(html).not.toContain("<img")
    expect(html).not.toContain("<b>f")
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; goal")
    expect(fetches(html)).toEqual([])
  })

  it("--geometry: alumni as a world map", () => {
    const out = join(dir, "map.html")
    const result = run(
      "report",
      "--as-of",
      "2025-03-31",
      "--geometry",
      join(root, "node_modules", "world-atlas", "countries-110m.json"),
      "--out",
      out,
    )
    expect(result.code).toBe(0)
    const html = readFileSync(out, "utf8")
    const alumni = html.slice(html.indexOf('<figure id="chart-alumni"'))
    expect(alumni).toMatch(/world map shaded by the number of alumni/)
    // One path per country shape (177 at 110m), all in the first figure after the id.
    const figure = alumni.slice(0, alumni.indexOf("</figure>"))
    expect((figure.match(/<path /g) ?? []).length).toBeGreaterThanOrEqual(177)
  })

  it("mistakes: bad geometry and --out - are usage errors; a dataset with errors is not reported", () => {
    const notGeo = join(dir, "not-geo.json")
    writeFileSync(notGeo, '{"type":"Nope"}')
    const geo = run("report", "--geometry", notGeo, "--out", join(dir, "x.html"))
    expect(geo.code).toBe(2)
    expect(geo.err).toContain(
      "report: --geometry: alumniChart: options.geometry must be a TopoJSON",
    )
    expect(run("report", "--out", "-").err).toContain("--out must name a file")
    const broken = run(
      "report",
      join(root, "test/fixtures/cli/broken.json"),
      "--out",
      join(dir, "y.html"),
    )
    expect(broken.code).toBe(1)
    expect(broken.out).toContain("has 5 errors")
  })

  it("without vega and vega-lite: figures and tables, and a note where each chart would be", async () => {
    vi.stubGlobal("__VERSION__", "0.0.0-test")
    const out = join(dir, "no-engine.html")
    const lines: string[] = []
    const command = createReportCommand(async () => undefined)
    const code = await command.run(["--as-of", "2025-03-31", "--out", out], (t) => lines.push(t))
    vi.unstubAllGlobals()
    expect(code).toBe(0)
    expect(lines).toEqual([
      expect.stringMatching(
        /: figures and tables; 9 charts not drawn — vega and vega-lite are not installed \(npm install --save-dev vega@5 vega-lite@5\)$/,
      ),
    ])
    const html = readFileSync(out, "utf8")
    expect(svgCount(html)).toBe(0)
    expect(
      (html.match(/Chart not drawn: vega and vega-lite are not installed/g) ?? []).length,
    ).toBe(9)
    expect(html).toContain("<td>Ukraine</td>")
  })
})
