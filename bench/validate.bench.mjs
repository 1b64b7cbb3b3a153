// validateDataset against datasetSchema.safeParse (the schema pass alone) on the same data in
// the same run, at 10k, 100k and 1M participations. Goal: the rules cost at most 50% on top
// of the schema pass (ratio ≤ 1.5), and time grows linearly (1M ≤ 11× 100k).
import { Bench } from "tinybench"
import { datasetSchema } from "../dist/schemas/index.js"
import { validateDataset } from "../dist/validate/index.js"
import { generateDataset } from "./generate-dataset.mjs"

const sizes = [10_000, 100_000, 1_000_000]
const rows = []
for (const size of sizes) {
  const dataset = generateDataset(size)
  const check = validateDataset(dataset)
  if (!check.ok) throw new Error(`generated dataset is invalid: ${check.issues[0]?.message}`)
  const iterations = size >= 1_000_000 ? 7 : size >= 100_000 ? 15 : 100
  const bench = new Bench({
    iterations,
    warmupIterations: size >= 1_000_000 ? 2 : 10,
    time: 0,
    warmupTime: 0,
  })
  // A full collection before each run, so that one task does not pay for the garbage of the
  // other (both allocate a full copy of the dataset).
  const beforeEach = () => globalThis.gc?.()
  bench
    .add(
      "datasetSchema.safeParse (baseline)",
      () => {
        datasetSchema.safeParse(dataset)
      },
      { beforeEach },
    )
    .add(
      "validateDataset",
      () => {
        validateDataset(dataset)
      },
      { beforeEach },
    )
  await bench.run()
  const [baseline, subject] = bench.tasks.map((task) => task.result.latency.p50)
  rows.push({ size, baseline, subject, ratio: subject / baseline })
  globalThis.gc?.()
}

const fmt = (ms) => `${ms.toFixed(1)} ms`
console.log("\nvalidateDataset vs datasetSchema.safeParse (median of runs)")
console.log("participations | safeParse   | validateDataset | ratio (goal ≤ 1.5)")
for (const r of rows) {
  console.log(
    `${String(r.size).padStart(14)} | ${fmt(r.baseline).padStart(11)} | ${fmt(r.subject).padStart(15)} | ${r.ratio.toFixed(2)}`,
  )
}
const [, hundredK, million] = rows
if (hundredK && million) {
  console.log(
    `growth 1M / 100k: validateDataset ${(million.subject / hundredK.subject).toFixed(2)}× (goal ≤ 11), safeParse ${(million.baseline / hundredK.baseline).toFixed(2)}×`,
  )
}
