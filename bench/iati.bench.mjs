// readIati against the bare XML parser (saxes, with no-op handlers, fed the same decoded text)
// on the same file in the same run, at several sizes; and the peak memory (max RSS) of reading
// a generated 100 MB file as it streams. Goal: readIati ≤ 2× the bare parser's time; memory
// flat (the same at 10 MB and 100 MB with streamIati).
//
// The two are timed in alternation, round after round, and each ratio is of the medians: on a
// machine shared with other work, load that comes and goes then weighs on both alike. Both wall
// time and CPU time (user + system, GC threads included) are reported.
//
// The files are made at bench time (never committed) by repeating the 13 real activities of the
// Netherlands MFA fixture with new identifiers, in a temporary folder removed at the end.
// BENCH_IATI_SIZES=1,10,30 (MB) sets the timed sizes; BENCH_IATI_RSS=100 the memory file's size;
// BENCH_IATI_MODULE=path/to/iati/index.js times another build of the reader (an earlier commit's
// dist, to compare before and after a change).
import { spawnSync } from "node:child_process"
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { SaxesParser } from "saxes"

const dist = new URL("../dist/", import.meta.url)
const modulePath = process.env.BENCH_IATI_MODULE
const { readIati, streamIati } = await import(
  modulePath === undefined
    ? new URL("iati/index.js", dist).href
    : new URL(modulePath, `file://${process.cwd()}/`).href
)

const MB = 1024 * 1024
const CHUNK = 1 << 20

/** An IATI file of about `megabytes` MB: the fixture's activities again and again, renamed. */
function generate(megabytes) {
  const source = readFileSync(
    new URL(
      "../test/fixtures/iati/iati-2.03-nl-mfa-iaticloud-example-13-activities.xml",
      import.meta.url,
    ),
    "utf8",
  )
  const head = source.slice(0, source.indexOf("<iati-activity "))
  const body = source.slice(
    source.indexOf("<iati-activity "),
    source.lastIndexOf("</iati-activities>"),
  )
  const parts = [head]
  let size = head.length
  for (let copy = 0; size < megabytes * MB; copy++) {
    const renamed = body.replace(
      /<iati-identifier>([^<]*)<\/iati-identifier>/g,
      (_, id) => `<iati-identifier>${id}-${copy}</iati-identifier>`,
    )
    parts.push(renamed)
    size += renamed.length
  }
  parts.push("</iati-activities>\n")
  return Buffer.from(parts.join(""))
}

async function* chunks(bytes) {
  for (let at = 0; at < bytes.length; at += CHUNK) yield bytes.subarray(at, at + CHUNK)
}

/** The bare parser: decode as readIati does, parse with handlers that do nothing. */
function bare(bytes) {
  const decoder = new TextDecoder("utf-8", { fatal: true })
  const parser = new SaxesParser({ xmlns: false, position: true })
  let elements = 0
  parser.on("opentag", () => elements++)
  parser.on("closetag", () => {})
  parser.on("text", () => {})
  parser.on("error", (error) => {
    throw error
  })
  for (let at = 0; at < bytes.length; at += CHUNK)
    parser.write(decoder.decode(bytes.subarray(at, at + CHUNK), { stream: true }))
  parser.write(decoder.decode())
  parser.close()
  return elements
}

async function ours(bytes) {
  let programmes = 0
  for await (const item of streamIati(chunks(bytes))) if (item.programme) programmes++
  return programmes
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Times `a` and `b` in alternation: the median wall and CPU milliseconds of each. */
async function alternate(a, b, runs) {
  const times = { a: { wall: [], cpu: [] }, b: { wall: [], cpu: [] } }
  for (let i = 0; i < runs; i++) {
    for (const [key, fn] of [
      ["a", a],
      ["b", b],
    ]) {
      globalThis.gc?.()
      const cpu = process.cpuUsage()
      const start = performance.now()
      await fn()
      const used = process.cpuUsage(cpu)
      times[key].wall.push(performance.now() - start)
      times[key].cpu.push((used.user + used.system) / 1000)
    }
  }
  const m = (t) => ({ wall: median(t.wall), cpu: median(t.cpu) })
  return { a: m(times.a), b: m(times.b) }
}

// Child mode: read FILE as it streams and print the peak RSS (the parent measures it clean).
if (process.argv[2] === "--rss") {
  const [, , , mode, file] = process.argv
  let programmes = 0
  if (mode === "stream") {
    for await (const item of streamIati(createReadStream(file, { highWaterMark: CHUNK })))
      if (item.programme) programmes++
  } else {
    const { dataset } = await readIati(createReadStream(file, { highWaterMark: CHUNK }))
    programmes = dataset.programmes.length
  }
  console.log(JSON.stringify({ programmes, maxRss: process.resourceUsage().maxRSS * 1024 }))
  process.exit(0)
}

const sizes = (process.env.BENCH_IATI_SIZES ?? "1,10,30").split(",").map(Number)
console.log("readIati (streamIati, counting programmes) vs bare saxes, same bytes, alternating")
console.log("size      activities   saxes MB/s   readIati MB/s   ratio (wall)   ratio (CPU)   runs")
for (const size of sizes) {
  const bytes = generate(size)
  const runs = size <= 1 ? 15 : size <= 10 ? 9 : 5
  const count = await ours(bytes) // warm-up, and the count
  bare(bytes)
  const t = await alternate(
    () => bare(bytes),
    () => ours(bytes),
    runs,
  )
  const mb = bytes.length / MB
  console.log(
    `${`${mb.toFixed(1)} MB`.padEnd(10)}${String(count).padStart(10)}   ${(mb / (t.a.wall / 1000)).toFixed(1).padStart(10)}   ${(mb / (t.b.wall / 1000)).toFixed(1).padStart(13)}   ${(t.b.wall / t.a.wall).toFixed(2).padStart(11)}×   ${(t.b.cpu / t.a.cpu).toFixed(2).padStart(10)}×   ${String(runs).padStart(4)}`,
  )
}

const dir = mkdtempSync(join(tmpdir(), "iati-bench-"))
try {
  console.log("\npeak RSS of a child process reading a generated file from disk")
  console.log("file       streamIati (count only)   readIati (whole dataset kept)")
  const rssSizes = [10, Number(process.env.BENCH_IATI_RSS ?? 100)]
  for (const size of rssSizes) {
    const file = join(dir, `activities-${size}.xml`)
    const bytes = generate(size)
    writeFileSync(file, bytes)
    const cells = []
    for (const mode of ["stream", "read"]) {
      const child = spawnSync(
        process.execPath,
        ["--max-old-space-size=8192", new URL(import.meta.url).pathname, "--rss", mode, file],
        { encoding: "utf8" },
      )
      if (child.status !== 0) throw new Error(child.stderr)
      const { programmes, maxRss } = JSON.parse(child.stdout)
      cells.push(`${(maxRss / MB).toFixed(0)} MiB (${programmes} programmes)`)
    }
    console.log(
      `${`${(bytes.length / MB).toFixed(0)} MB`.padEnd(11)}${cells[0].padEnd(26)}${cells[1]}`,
    )
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
