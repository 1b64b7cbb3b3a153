// Opens the report in headless Chromium (Debian's `chromium`, driven by playwright-core, as the
// browser example is) with the network cut off: every request but the file itself is refused
// and recorded. Checks that each chart shows as an SVG of real size, and that a screenshot of
// the first chart is not blank. Without Chromium the test is skipped with a line saying how to
// run it; in CI (which installs Chromium) a missing Chromium fails, as for the browser example.
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { describe, expect, it } from "vitest"
import { browserGate } from "../examples/browser-gate.mjs"
import { inkOf } from "./ink.mjs"
import { buildCli, root, runCli } from "./run-cli.js"

const gate = browserGate()
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]

describe("the report in headless Chromium", () => {
  if (gate.action === "skip") {
    it.skip(`report in Chromium: ${gate.line.replace(/^example browser\/ \(Chromium\): /, "")}`, () => {})
    return
  }
  it("opens offline, with every chart drawn", async () => {
    if (gate.action === "fail") throw new Error(gate.line)
    const dir = join(root, ".tmp", "report-browser")
    mkdirSync(dir, { recursive: true })
    const file = join(dir, "report.html")
    const cli = await buildCli("report-browser")
    const result = runCli(
      cli,
      [
        "report",
        "--as-of",
        "2025-03-31",
        "--geometry",
        join(root, "node_modules", "world-atlas", "countries-110m.json"),
        "--out",
        file,
      ],
      { timeout: 120_000 },
    )
    expect(result.code, result.err).toBe(0)

    const { chromium } = await import("playwright-core")
    const browser = await chromium.launch({
      executablePath: gate.chromium,
      args: ARGS,
      timeout: 30_000,
    })
    try {
      const context = await browser.newContext({
        offline: true,
        viewport: { width: 1000, height: 800 },
      })
      const page = await context.newPage()
      const url = pathToFileURL(file).href
      const requests: string[] = []
      const errors: string[] = []
      await page.route("**/*", (route) => {
        const requested = route.request().url()
        if (requested === url) return route.continue()
        requests.push(requested)
        return route.abort()
      })
      page.on("pageerror", (error) => errors.push(error.message))
      await page.goto(url, { waitUntil: "load" })
      expect(requests).toEqual([])
      expect(errors).toEqual([])
      const figures = await page.$$eval("figure.chart", (list) =>
        list.map((figure) => {
          const svg = figure.querySelector("svg")
          const box = svg?.getBoundingClientRect()
          return {
            id: figure.id,
            width: Math.round(box?.width ?? 0),
            height: Math.round(box?.height ?? 0),
            marks: svg?.querySelectorAll("[role=graphics-symbol]").length ?? 0,
          }
        }),
      )
      expect(figures.length).toBeGreaterThanOrEqual(5)
      for (const figure of figures) {
        expect(figure.width, figure.id).toBeGreaterThan(200)
        expect(figure.height, figure.id).toBeGreaterThan(50)
        expect(figure.marks, figure.id).toBeGreaterThan(0)
      }
      // The map: one path per country shape.
      const shapes = await page.$$eval(
        "#chart-alumni svg path[aria-roledescription='geoshape']",
        (p) => p.length,
      )
      expect(shapes).toBeGreaterThanOrEqual(177)
      expect(await page.textContent("#seats table")).toContain("Ukraine")

      const png = await page.locator("#chart-seats svg").screenshot()
      writeFileSync(join(dir, "seats.png"), png)
      writeFileSync(join(dir, "report.png"), await page.screenshot({ fullPage: true }))
      // The bars' colour is #4c78a8.
      const ink = await inkOf(page, png, [0x4c, 0x78, 0xa8])
      // Text and axes (dark pixels), and the bar (its colour): not a blank frame.
      expect(ink.dark).toBeGreaterThan(0.01)
      expect(ink.matching).toBeGreaterThan(50)
    } finally {
      await browser.close()
    }
  })
})
