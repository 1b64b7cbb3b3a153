// Scale beyond memory (issue 7): 10M participations, generated lazily (never all in memory),
// streamed in one pass through three accumulators (participationsByCountry, alumniTotals,
// disaggregate by country × gender), and through validateDataset in chunks of 100k; then the
// same work split over 2 worker_threads, the accumulators' states merged in the main thread,
// and the merged result checked against the single-thread one. Each run is its own child
// process, so that its peak RSS (process.resourceUsage().maxRSS, workers included) is its own.
//
// Two contexts (the programmes and participants the records name, which must be in memory):
// "fixed" is the context of the 1M benchmark dataset (200k participants, 2k programmes; each
// person in 50 programmes), so that only the number of streamed records grows; "proportional"
// is what the generator gives for 10M records (2M participants, 20k programmes).
//
// Validation in chunks: the context is validated once, in full (references on), and each chunk
// as `{ programmes, participations: chunk }` with `references: false`. The programmes let every
// participation rule that needs the programme run (completion outside the programme's period,
// seats in a cancelled programme); the participants are left out because every chunk would
// validate them all again (per chunk of 100k: 2.1× the time with 200k participants, 5× with
// 2M; docs/benchmarks.md). So what chunking does not check: that each record's participant and programme
// exist (`references: false`), and duplicates across chunks (the same person twice in a
// programme, in two chunks) — only duplicates within a chunk are caught.
//
// SCALE_RECORDS=1000000 npm run bench scale   runs a smaller size.
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads"
import {
  createAlumniAccumulator,
  createDisaggregateAccumulator,
  createParticipationsByCountryAccumulator,
} from "../dist/aggregate/index.js"
import { validateDataset } from "../dist/validate/index.js"
import { generateContext } from "./generate-dataset.mjs"

const RECORDS = Number(process.env.SCALE_RECORDS ?? 10_000_000)
const CHUNK = 100_000
const WORKERS = 2
const SEED = 1
const CONTEXTS = {
  fixed: { participants: 200_000, programmes: 2_000 },
  proportional: {},
}
// Every run, each in its own process. `heapMB` caps V8's old generation (--max-old-space-size):
// by default V8 lets garbage pile up well above what is live before a full collection, so the
// capped run shows what validation in chunks needs, as against what it is allowed to take.
const RUNS = [
  { context: "fixed", path: "accumulate", threads: 1 },
  { context: "fixed", path: "accumulate", threads: WORKERS },
  { context: "fixed", path: "validate", threads: 1 },
  { context: "fixed", path: "validate", threads: 1, heapMB: 160 },
  { context: "fixed", path: "validate", threads: WORKERS },
  { context: "proportional", path: "accumulate", threads: 1 },
  { context: "proportional", path: "accumulate", threads: WORKERS },
  { context: "proportional", path: "validate", threads: 1 },
  { context: "proportional", path: "validate", threads: WORKERS },
]

function describe(run) {
  const threads = run.threads === 1 ? "1 thread" : `${run.threads} workers`
  const cap = run.heapMB === undefined ? "" : `, heap cap ${run.heapMB} MB`
  return `${run.path} ${run.context} context, ${threads}${cap}`
}

const mb = (bytes) => bytes / 1024 / 1024
const peakMB = () => process.resourceUsage().maxRSS / 1024

function makeContext(name) {
  return generateContext(RECORDS, SEED, CONTEXTS[name])
}

function createAccumulators(context) {
  return [
    createParticipationsByCountryAccumulator(context),
    createAlumniAccumulator(context),
    createDisaggregateAccumulator(context, { by: ["country", "gender"] }),
  ]
}

/** Streams records `from`–`to` through the accumulators, in one pass. */
function accumulate(accumulators, records) {
  const [byCountry, alumni, cells] = accumulators
  for (const record of records) {
    byCountry.add(record)
    alumni.add(record)
    cells.add(record)
  }
}

/** Adds a validation result's issues to a tally by severity and code. */
function tally(into, result) {
  for (const issue of result.issues) {
    const key = `${issue.severity} ${issue.code}`
    into[key] = (into[key] ?? 0) + 1
  }
  return into
}

/** Validates records `from`–`to` in chunks of CHUNK; returns the issue tally and the chunk count. */
function validateChunks(context, records) {
  const issues = {}
  let chunks = 0
  let chunk = []
  const flush = () => {
    tally(
      issues,
      validateDataset(
        { programmes: context.programmes, participations: chunk },
        { references: false },
      ),
    )
    chunks++
    chunk = []
  }
  for (const record of records) {
    chunk.push(record)
    if (chunk.length === CHUNK) flush()
  }
  if (chunk.length > 0) flush()
  return { issues, chunks }
}

function sorted(object) {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : 1)))
}

/** About two seconds of pure arithmetic, timed: the control for what 2 threads can gain here. */
function spin() {
  const started = performance.now()
  let x = 0
  for (let i = 0; i < 1_000_000_000; i++) x = (x + i) | 0
  return x === 0.5 ? 0 : performance.now() - started
}

/**
 * How many cores' worth of work 2 threads get done right now: 2.0 on an idle 2-core machine,
 * about 1.0 when another process holds a core. Each worker times its own spin, so that its
 * start-up does not count. Worker speed-ups are only read against it.
 */
async function parallelCapacity() {
  // Every spin in a fresh worker: the same code, compiled the same way, each time.
  const one = await runWorker({ path: "spin" })
  const two = await Promise.all([runWorker({ path: "spin" }), runWorker({ path: "spin" })])
  return (2 * one) / Math.max(...two)
}

// ---------------------------------------------------------------------------------------------
// A worker: its share of the records, from its own copy of the context (as each worker would
// read the context file itself). Setup: the context (and for aggregation, the accumulators'
// tables); stream: the records.
if (!isMainThread && workerData.path === "spin") parentPort.postMessage(spin())
if (!isMainThread && workerData.path !== "spin") {
  const { contextName, path, from, to } = workerData
  const started = performance.now()
  const { context, recordsBetween } = makeContext(contextName)
  if (path === "accumulate") {
    const accumulators = createAccumulators(context)
    const setupMs = performance.now() - started
    accumulate(accumulators, recordsBetween(from, to))
    const states = accumulators.map((a) => a.toState())
    parentPort.postMessage({ states, setupMs, streamMs: performance.now() - started - setupMs })
  } else {
    const setupMs = performance.now() - started
    const { issues, chunks } = validateChunks(context, recordsBetween(from, to))
    parentPort.postMessage({
      issues,
      chunks,
      setupMs,
      streamMs: performance.now() - started - setupMs,
    })
  }
}

// ---------------------------------------------------------------------------------------------
// A child process: one path (accumulate or validate) on one context, in 1 thread or WORKERS.
function runWorker(data) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: data })
    let message
    worker.once("message", (m) => (message = m))
    worker.once("error", reject)
    worker.once("exit", (code) =>
      code === 0 && message !== undefined
        ? resolve(message)
        : reject(new Error(`worker exited with ${code}`)),
    )
  })
}

/** The size of a context: its participants, and its programmes with per-person records. */
function sizes(context) {
  const programmes = context.programmes.filter((p) => p.reportedParticipants === undefined)
  return { participants: context.participants.length, programmes: programmes.length }
}

function oneThread(path, contextName) {
  const started = performance.now()
  const { context, recordsBetween } = makeContext(contextName)
  const run = { ...sizes(context) }
  if (path === "accumulate") {
    const accumulators = createAccumulators(context)
    run.setupMs = performance.now() - started
    run.setupRssMB = mb(process.memoryUsage().rss)
    accumulate(accumulators, recordsBetween(0, RECORDS))
    run.result = accumulators.map((a) => a.result())
    run.streamMs = performance.now() - started - run.setupMs
  } else {
    run.setupMs = performance.now() - started
    run.setupRssMB = mb(process.memoryUsage().rss)
    const whole = tally({}, validateDataset(context))
    run.wholeMs = performance.now() - started - run.setupMs
    run.wholePeakMB = peakMB()
    const { issues, chunks } = validateChunks(context, recordsBetween(0, RECORDS))
    run.result = { context: sorted(whole), chunks: sorted(issues), chunkCount: chunks }
    run.streamMs = performance.now() - started - run.setupMs - run.wholeMs
  }
  run.totalMs = performance.now() - started
  return run
}

async function inWorkers(path, contextName) {
  const started = performance.now()
  // The records split into WORKERS contiguous shares (chunk-aligned, so that validation sees
  // the same chunks as in one thread).
  const bounds = Array.from({ length: WORKERS + 1 }, (_, k) =>
    Math.min(RECORDS, Math.ceil((RECORDS * k) / WORKERS / CHUNK) * CHUNK),
  )
  const pending = Promise.all(
    bounds.slice(0, -1).map((from, k) => runWorker({ contextName, path, from, to: bounds[k + 1] })),
  )
  // Meanwhile the main thread builds what it needs to merge, the context and empty accumulators,
  // or for validation, validates the context itself.
  const { context } = makeContext(contextName)
  const run = { ...sizes(context) }
  if (path === "accumulate") {
    const accumulators = createAccumulators(context)
    const parts = await pending
    run.result = accumulators
      .map((accumulator, k) =>
        parts.reduce((merged, part) => merged.mergeState(part.states[k]), accumulator),
      )
      .map((merged) => merged.result())
    run.workers = parts.map(({ setupMs, streamMs }) => ({ setupMs, streamMs }))
  } else {
    const whole = tally({}, validateDataset(context))
    const parts = await pending
    const issues = {}
    for (const part of parts)
      for (const [key, n] of Object.entries(part.issues)) issues[key] = (issues[key] ?? 0) + n
    run.result = {
      context: sorted(whole),
      chunks: sorted(issues),
      chunkCount: parts.reduce((n, part) => n + part.chunks, 0),
    }
    run.workers = parts.map(({ setupMs, streamMs }) => ({ setupMs, streamMs }))
  }
  run.totalMs = performance.now() - started
  return run
}

if (isMainThread && process.argv[2] === "--child") {
  const [path, contextName, threads] = process.argv.slice(3)
  const run =
    Number(threads) === 1 ? oneThread(path, contextName) : await inWorkers(path, contextName)
  process.stdout.write(`${JSON.stringify({ ...run, peakMB: peakMB() })}\n`)
}

// ---------------------------------------------------------------------------------------------
// The parent: every run in its own process, then the table and the equality checks.
if (isMainThread && process.argv[2] !== "--child") {
  const self = fileURLToPath(import.meta.url)
  const runs = []
  for (const plan of RUNS) {
    // CPU time on this machine is shared with others: measure what 2 threads get just before.
    const capacity = plan.threads > 1 ? await parallelCapacity() : undefined
    const flags = plan.heapMB === undefined ? [] : [`--max-old-space-size=${plan.heapMB}`]
    const out = spawnSync(
      process.execPath,
      [...flags, self, "--child", plan.path, plan.context, String(plan.threads)],
      { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 * 1024 * 1024 },
    )
    if (out.status !== 0) throw new Error(`${JSON.stringify(plan)} failed`)
    const run = { ...plan, capacity, ...JSON.parse(out.stdout.trim()) }
    runs.push(run)
    console.log(
      `${describe(run)}: ${(run.totalMs / 1000).toFixed(1)} s, peak RSS ${run.peakMB.toFixed(0)} MB`,
    )
  }

  const s = (ms) => `${(ms / 1000).toFixed(1)} s`
  const size = (n) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`)
  console.log(`\n${RECORDS.toLocaleString("en")} participations, never all in memory`)
  console.log(
    "| path | context | threads | total | setup | context validated | stream | records/s | peak RSS |",
  )
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
  for (const run of runs) {
    const cap = run.heapMB === undefined ? "" : `, heap cap ${run.heapMB} MB`
    const threads = run.threads === 1 ? `1${cap}` : `${run.threads} workers`
    const phase = (key) =>
      run.threads === 1 ? s(run[key]) : run.workers.map((w) => s(w[key])).join(" / ")
    const setup = `${phase("setupMs")}${run.threads === 1 ? `, RSS ${run.setupRssMB.toFixed(0)} MB` : ""}`
    const whole =
      run.path !== "validate"
        ? ""
        : run.threads === 1
          ? `${s(run.wholeMs)}, peak ${run.wholePeakMB.toFixed(0)} MB`
          : "meanwhile, in the main thread"
    const rate = (RECORDS / run.totalMs / 1000).toFixed(2)
    console.log(
      `| ${run.path} | ${size(run.participants)} participants, ${size(run.programmes)} programmes | ${threads} | ${s(run.totalMs)} | ${setup} | ${whole} | ${phase("streamMs")} | ${rate}M | ${run.peakMB.toFixed(0)} MB |`,
    )
  }
  console.log(
    "\nspeed-up of 2 workers (total time, 1 thread / 2 workers); every result equals the 1-thread one:",
  )
  for (const run of runs) {
    const one = runs.find(
      (r) =>
        r.context === run.context &&
        r.path === run.path &&
        r.threads === 1 &&
        r.heapMB === undefined,
    )
    if (run === one) continue
    assert.deepStrictEqual(run.result, one.result, `${describe(run)}: results differ from 1 thread`)
    const note =
      run.threads === 1
        ? ""
        : `, ${(one.totalMs / run.totalMs).toFixed(2)}× (parallel capacity just before: ${run.capacity.toFixed(2)})`
    console.log(`${describe(run)}: result equal${note}`)
  }
  console.log(
    "parallel capacity: what 2 threads of pure arithmetic get done against 1 (2.00: two free cores; well below that, other work on the machine held CPU time and the speed-up is unreliable: it may have slowed either run)",
  )
  for (const run of runs.filter(
    (r) => r.path === "validate" && r.threads === 1 && r.heapMB === undefined,
  ))
    console.log(`issues (${run.context} context): ${JSON.stringify(run.result)}`)
}
