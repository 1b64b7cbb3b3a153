// validateDataset against datasetSchema.safeParse (the schema pass alone) on the same data in
// the same run, at 10k, 100k and 1M participations (1M: 1.2M records with the participants
// and programmes). Goal: the rules cost at most 50% on top of the schema pass (ratio ≤ 1.5),
// and time grows linearly (1M ≤ 11× 100k).
//
// Two ways, because they differ:
// - "fresh": each run validates its own copy just made by JSON.parse, as a user's first and
//   only validation of a file does. Strings from JSON.parse are neither hashed nor interned
//   yet, so every look-up by id pays for that once.
// - "again": the same objects validated over and over (what a loop of runs measures by
//   default): their strings were hashed and interned by the runs before.
// Time is the median wall time; CPU time (process.cpuUsage, garbage collection threads
// included) is printed beside it, being less disturbed by other work on a shared machine.
//
// BENCH_DIST=/path/to/dist compares another build (an older commit's) with the same code.
import { pathToFileURL } from "node:url"
import { setFlagsFromString } from "node:v8"
import { Bench } from "tinybench"
import { generateDataset } from "./generate-dataset.mjs"

// A full collection runs before each timed run (so that no run pays for another's garbage),
// and V8 throws away the bytecode of functions that have lived through a few collections
// unused: with two tasks and a collection before each, every run would compile the validator
// again, which a long-lived process does not. Keep compiled code for the whole benchmark.
setFlagsFromString("--no-flush-bytecode")

const dist = process.env.BENCH_DIST
  ? pathToFileURL(`${process.env.BENCH_DIST.replace(/\/$/, "")}/`)
  : new URL("../dist/", import.meta.url)
const { datasetSchema } = await import(new URL("schemas/index.js", dist).href)
const { validateDataset } = await import(new URL("validate/index.js", dist).href)

const sizes = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number)
const gc = () => globalThis.gc?.()
const cpuNow = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Wall and CPU time of one call, after a full collection. */
function timed(task) {
  gc()
  const cpu = cpuNow()
  const wall = performance.now()
  task()
  return { wall: performance.now() - wall, cpu: cpuNow() - cpu }
}

const rows = []
for (const size of sizes) {
  const dataset = generateDataset(size)
  const check = validateDataset(dataset)
  if (!check.ok) throw new Error(`generated dataset is invalid: ${check.issues[0]?.message}`)
  const records = Object.values(dataset).reduce((n, list) => n + list.length, 0)

  // Fresh copies: each task gets its own JSON.parse of the same text, made before the clock.
  const text = JSON.stringify(dataset)
  const runs = size >= 1_000_000 ? 5 : size >= 100_000 ? 9 : 31
  const fresh = { baseline: [], subject: [] }
  for (let i = 0; i < runs + 1; i++) {
    // Alternate which goes first, so that neither always runs on a fuller heap.
    const order = i % 2 === 0 ? ["baseline", "subject"] : ["subject", "baseline"]
    for (const which of order) {
      let copy = JSON.parse(text)
      const time = timed(() =>
        which === "baseline" ? datasetSchema.safeParse(copy) : validateDataset(copy),
      )
      copy = undefined
      if (i > 0) fresh[which].push(time) // the first round warms the code up
    }
  }

  // The same objects again and again.
  const bench = new Bench({
    iterations: size >= 1_000_000 ? 7 : size >= 100_000 ? 15 : 100,
    warmupIterations: size >= 1_000_000 ? 2 : 10,
    time: 0,
    warmupTime: 0,
  })
  bench
    .add("datasetSchema.safeParse (baseline)", () => datasetSchema.safeParse(dataset), {
      beforeEach: gc,
    })
    .add("validateDataset", () => validateDataset(dataset), { beforeEach: gc })
  await bench.run()
  const [again, againSubject] = bench.tasks.map((task) => task.result.latency.p50)

  rows.push({
    size,
    records,
    freshBaseline: median(fresh.baseline.map((t) => t.wall)),
    freshSubject: median(fresh.subject.map((t) => t.wall)),
    freshCpuRatio:
      median(fresh.subject.map((t) => t.cpu)) / median(fresh.baseline.map((t) => t.cpu)),
    againBaseline: again,
    againSubject,
  })
  gc()
}

const ms = (value) => `${value.toFixed(1)} ms`
console.log("\nvalidateDataset vs datasetSchema.safeParse (median of runs; goal: ratio ≤ 1.5)")
console.log(
  "participations |   records | fresh: safeParse | validateDataset | ratio | CPU ratio | again: safeParse | validateDataset | ratio",
)
for (const r of rows) {
  console.log(
    [
      String(r.size).padStart(14),
      String(r.records).padStart(9),
      ms(r.freshBaseline).padStart(23),
      ms(r.freshSubject).padStart(15),
      (r.freshSubject / r.freshBaseline).toFixed(2).padStart(5),
      r.freshCpuRatio.toFixed(2).padStart(9),
      ms(r.againBaseline).padStart(23),
      ms(r.againSubject).padStart(15),
      (r.againSubject / r.againBaseline).toFixed(2).padStart(5),
    ].join(" | "),
  )
}
const hundredK = rows.find((r) => r.size === 100_000)
const million = rows.find((r) => r.size === 1_000_000)
if (hundredK && million) {
  console.log(
    `growth 1M / 100k (fresh): validateDataset ${(million.freshSubject / hundredK.freshSubject).toFixed(2)}× (goal ≤ 11), safeParse ${(million.freshBaseline / hundredK.freshBaseline).toFixed(2)}×`,
  )
}
