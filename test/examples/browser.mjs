// Renders examples/browser/ in headless Chromium (Debian's `chromium`, driven by
// playwright-core) from a tiny static server over the repository root, and checks that the
// table of seats per country shows: its DOM rows equal what the built package computes in
// Node, and its screenshot is not blank.
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs"
import { createServer } from "node:http"
import { extname, join, normalize, sep } from "node:path"
import { fileURLToPath } from "node:url"
import { findCountry, participationsByCountry } from "justice-cooperation"

const root = fileURLToPath(new URL("../../", import.meta.url))
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
// The flags the machine needs: no sandbox as root, and no background connections (they are
// refused here, many at a time, and slow the start).
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
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".ndjson": "application/x-ndjson",
  ".map": "application/json",
}

/** Serves files under the repository root, read-only; resolves to the server and its URL. */
function serve() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname)
    let file = normalize(join(root, path))
    if (!file.startsWith(root)) {
      response.writeHead(403).end()
      return
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html")
    if (!existsSync(file) || file.split(sep).includes(".git")) {
      response.writeHead(404).end(`not found: ${path}`)
      return
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" })
    createReadStream(file).pipe(response)
  })
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      resolve({ server, url: `http://127.0.0.1:${server.address().port}` })
    })
  })
}

/** What the table must show, computed from the same files by the built package in Node. */
function expectedRows() {
  const read = (name) =>
    readFileSync(join(root, "examples", "data", name), "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line))
  const seats = participationsByCountry({
    programmes: read("cohort-programmes.ndjson"),
    participants: read("cohort-participants.ndjson"),
    participations: read("cohort-participations.ndjson"),
  })
  return seats.rows.map(({ country, count }) => [
    country,
    findCountry(country)?.name ?? country,
    count.toLocaleString("en"),
  ])
}

/** Share of pixels that are not (near) white, and the number of distinct colours, of a PNG. */
async function inkOf(page, png) {
  return page.evaluate(
    async (dataUrl) => {
      const image = new Image()
      image.src = dataUrl
      await image.decode()
      const canvas = document.createElement("canvas")
      canvas.width = image.width
      canvas.height = image.height
      const context = canvas.getContext("2d")
      context.drawImage(image, 0, 0)
      const { data } = context.getImageData(0, 0, image.width, image.height)
      let ink = 0
      const colours = new Set()
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) ink++
        colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2])
      }
      return {
        width: image.width,
        height: image.height,
        ink: ink / (data.length / 4),
        colours: colours.size,
      }
    },
    `data:image/png;base64,${png.toString("base64")}`,
  )
}

/** Runs the check; throws with a clear message when something is wrong. Returns a summary. */
export async function checkBrowser(executable = CHROMIUM) {
  if (!existsSync(executable)) {
    throw new Error(
      `Chromium is not at ${executable}: install it (Debian: apt-get install -y chromium; .ci/run does) ` +
        "or set CHROMIUM_PATH; to skip the browser check locally, set JUSTICE_COOPERATION_SKIP_BROWSER=1",
    )
  }
  const { chromium } = await import("playwright-core")
  const { server, url } = await serve()
  const browser = await chromium.launch({ executablePath: executable, args: ARGS, timeout: 30_000 })
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } })
    const errors = []
    page.on("pageerror", (error) => errors.push(`page error: ${error.message}`))
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`console error: ${message.text()}`)
    })
    page.on("requestfailed", (request) => errors.push(`request failed: ${request.url()}`))
    page.on("response", (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`)
    })
    await page.goto(`${url}/examples/browser/`, { waitUntil: "load" })
    try {
      await page.waitForSelector("#seats tbody tr", { state: "visible", timeout: 15_000 })
    } catch {
      const status = await page.textContent("#status")
      throw new Error(`the table did not show; the page says "${status}"; ${errors.join("; ")}`)
    }
    if (errors.length > 0) throw new Error(`the page reported errors: ${errors.join("; ")}`)

    const rows = await page.$$eval("#seats tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)),
    )
    const expected = expectedRows()
    if (JSON.stringify(rows) !== JSON.stringify(expected)) {
      throw new Error(
        `the table rows differ from participationsByCountry:\n  page: ${JSON.stringify(rows.slice(0, 3))}…\n  node: ${JSON.stringify(expected.slice(0, 3))}…`,
      )
    }
    const total = await page.textContent("#seats tfoot")
    if (!/total/.test(total ?? "")) throw new Error(`no total row: ${total}`)

    const dir = join(root, ".tmp", "examples")
    mkdirSync(dir, { recursive: true })
    const shot = join(dir, "browser.png")
    writeFileSync(shot, await page.screenshot({ fullPage: true }))
    const table = await page.locator("#seats").screenshot()
    const ink = await inkOf(page, table)
    // A rendered table has text and stripes: some dark pixels and many colours (anti-aliasing).
    if (ink.width < 200 || ink.height < 200 || ink.ink < 0.01 || ink.colours < 16) {
      throw new Error(
        `the screenshot of the table looks blank: ${ink.width}×${ink.height}, ${(ink.ink * 100).toFixed(2)}% ink, ${ink.colours} colours (see ${shot})`,
      )
    }
    return `${rows.length} rows; table screenshot ${ink.width}×${ink.height} px, ${(ink.ink * 100).toFixed(1)}% ink, ${ink.colours} colours; ${browser.version()}; page at .tmp/examples/browser.png`
  } finally {
    await browser.close()
    server.close()
  }
}
