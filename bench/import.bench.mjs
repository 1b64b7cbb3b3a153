// fromRows against csv-parse alone, in the same run, at 10k, 100k and 1M rows of
// participations: the import must not be the bottleneck (goal: fromRows ≤ 2× the parser's own
// time on the same text). Two files: "clean" (values as the library writes them) and
// "office" (statuses in words, dates as 15/05/2022 with dateOrder, a "Course No." header
// mapped by columns): every office cell is a change that fromRows lists. `changes` is made
// when first read: "ratio" is fromRows alone (a caller that does not read the changes),
// "+changes" is fromRows and reading every change (a caller that lists them all).
// Then the CLI imports an office file of each size to NDJSON, streamed in chunks: its peak RSS
// is printed beside the file's size (it does not hold the file or the records whole).
//
// BENCH_SIZES=10000,100000 for a quicker run.
import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parse } from "csv-parse/sync"

const dist = new URL("../dist/", import.meta.url)
const { fromRows } = await import(new URL("validate/index.js", dist).href)

const sizes = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number)
const gc = () => globalThis.gc?.()
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const STATUS = ["Completed", "Attended", "Withdrawn", "No show", "Attended (partial)"]
const CLEAN_STATUS = ["completed", "attended", "withdrawn", "no-show", "attended"]

function csvText(n, office) {
  const lines = [
    office
      ? "Participant ID,Course No.,Result,Certificate Date"
      : "participant,programme,status,completedOn",
  ]
  for (let i = 0; i < n; i++) {
    const s = i % 5
    const status = office ? STATUS[s] : CLEAN_STATUS[s]
    const day = (i % 28) + 1
    const date =
      s === 0
        ? office
          ? `${String(day).padStart(2, "0")}/06/2024`
          : `2024-06-${String(day).padStart(2, "0")}`
        : ""
    lines.push(`P-${i},C-${i % 1000},${status},${date}`)
  }
  return `${lines.join("\r\n")}\r\n`
}

const options = (office) =>
  office
    ? {
        columns: { "Course No.": "programme", Result: "status", "Certificate Date": "completedOn" },
        dateOrder: "day-first",
      }
    : {}

function time(task) {
  gc()
  const start = performance.now()
  const result = task()
  return { ms: performance.now() - start, result }
}

console.log(
  "size        file    csv-parse ms  fromRows ms  ratio  +changes ms  ratio  records  changes",
)
for (const n of sizes) {
  for (const office of [false, true]) {
    const text = csvText(n, office)
    // Small sizes are timed more often, after an untimed run: a 10k-row call takes some 20 ms,
    // where the compiler's warm-up and one collection weigh as much as the work.
    const runs = n >= 1_000_000 ? 1 : n >= 100_000 ? 5 : 15
    if (n < 1_000_000)
      fromRows(
        "participations",
        parse(text, { columns: true, relax_column_count: true }),
        options(office),
      )
    const parseTimes = []
    const readTimes = []
    const listTimes = []
    let records = 0
    let changes = 0
    for (let r = 0; r < runs; r++) {
      const parsed = time(() => parse(text, { columns: true, relax_column_count: true }))
      parseTimes.push(parsed.ms)
      const read = time(() => fromRows("participations", parsed.result, options(office)))
      readTimes.push(read.ms)
      if (!read.result.ok) throw new Error(read.result.issues[0]?.message)
      records = read.result.records.length
      const start = performance.now()
      changes = read.result.changes.length
      listTimes.push(read.ms + performance.now() - start)
    }
    const p = median(parseTimes)
    const f = median(readTimes)
    const l = median(listTimes)
    console.log(
      `${String(n).padEnd(10)}  ${(office ? "office" : "clean").padEnd(6)}  ${p.toFixed(0).padStart(12)}  ${f.toFixed(0).padStart(11)}  ${(f / p).toFixed(2).padStart(5)}  ${l.toFixed(0).padStart(11)}  ${(l / p).toFixed(2).padStart(5)}  ${String(records).padStart(7)}  ${String(changes).padStart(7)}`,
    )
  }
}

// The CLI at every size, streamed, peak RSS printed: with V8's default heap (which grows before
// it collects, so RSS says little about what is kept) and with the old space limited to 96 MiB
// (what the import keeps alive must fit, or the run fails). What it keeps grows with the number
// of distinct participant–programme pairs (the repeat check across chunks), not with the file.
const dir = mkdtempSync(join(tmpdir(), "jc-import-bench-"))
try {
  const profile = join(dir, "profile.json")
  writeFileSync(profile, JSON.stringify(options(true)))
  const wrapper = join(dir, "rss.mjs")
  const cli = new URL("cli/index.js", dist).href
  writeFileSync(
    wrapper,
    `process.on("exit", () => process.stderr.write("maxRSS " + process.resourceUsage().maxRSS + "\\n"))
process.argv = [process.argv[0], ${JSON.stringify(cli)}, ...process.argv.slice(2)]
await import(${JSON.stringify(cli)})
`,
  )
  console.log("\nCLI import of an office file to NDJSON (chunks of 10,000 rows)")
  console.log(
    "rows        CSV MiB  NDJSON MiB  seconds  peak RSS (default heap)  peak RSS (old space 96 MiB)",
  )
  for (const n of sizes) {
    const file = join(dir, "participations.csv")
    writeFileSync(file, csvText(n, true))
    const out = join(dir, "out.ndjson")
    const runs = [[], ["--max-old-space-size=96"]].map((flags) => {
      const start = performance.now()
      const run = spawnSync(
        process.execPath,
        [
          ...flags,
          wrapper,
          "import",
          file,
          "--kind",
          "participations",
          "--profile",
          profile,
          "--out",
          out,
        ],
        { encoding: "utf8" },
      )
      const ms = performance.now() - start
      if (run.status !== 0) throw new Error(`import failed: ${run.stdout}${run.stderr}`)
      if (!run.stdout.includes(`${n.toLocaleString("en")} participations written`))
        throw new Error(`import wrote something else: ${run.stdout}`)
      return { ms, rss: Number(/maxRSS (\d+)/.exec(run.stderr)?.[1]) / 1024 }
    })
    const size = statSync(file).size / 2 ** 20
    const written = statSync(out).size / 2 ** 20
    console.log(
      `${String(n).padEnd(10)}  ${size.toFixed(0).padStart(7)}  ${written.toFixed(0).padStart(10)}  ${(runs[0].ms / 1000).toFixed(1).padStart(7)}  ${`${runs[0].rss.toFixed(0)} MiB`.padStart(23)}  ${`${runs[1].rss.toFixed(0)} MiB`.padStart(27)}`,
    )
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
