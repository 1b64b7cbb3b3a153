// findDuplicates on a generated register with planted duplicates and hard negatives
// (bench/identity-generate.mjs) at 20k, 63k and 200k participants: precision of `likely`
// pairs, recall of planted pairs within `likely` + `possible`, per kind; time and pairs
// compared, as a ratio to a baseline measured in the same run (one pass normalising every
// name and id into a Map: the least any duplicate finder does), and growth from 20k to 200k.
// Goals (issue 14): near-linear growth (200k ≤ 10 × 20k × a small factor); never all pairs.
// CPU time (process.cpuUsage) is reported beside wall time: the machine is shared.
import { findDuplicates } from "../dist/index.js"
import { generateRegister, quality } from "./identity-generate.mjs"

const SIZES = [20_000, 63_000, 200_000]
const RUNS = 3

/** The baseline: one pass normalising each name and id into a Map (what blocking starts from). */
function baseline(participants) {
  const keys = new Map()
  for (const person of participants) {
    const words = (person.name ?? "")
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word !== "")
      .sort()
      .join(" ")
    const id = person.id.toLowerCase().replace(/\d+/g, (d) => d.replace(/^0+(?=\d)/, ""))
    keys.set(words, (keys.get(words) ?? 0) + 1)
    keys.set(id, (keys.get(id) ?? 0) + 1)
  }
  return keys.size
}

/** Median wall and CPU milliseconds of `RUNS` runs of `fn`, and its last result. */
function time(fn) {
  const walls = []
  const cpus = []
  let result
  for (let r = 0; r < RUNS; r++) {
    globalThis.gc?.()
    const cpu = process.cpuUsage()
    const start = performance.now()
    result = fn()
    walls.push(performance.now() - start)
    const used = process.cpuUsage(cpu)
    cpus.push((used.user + used.system) / 1000)
  }
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
  return { wall: median(walls), cpu: median(cpus), result }
}

const pct = (x) => `${(100 * x).toFixed(1)} %`
const ms = (x) => `${x.toFixed(0)} ms`
const rows = []
let first
for (const size of SIZES) {
  const { dataset, planted, negatives } = generateRegister(size)
  const n = dataset.participants.length
  const base = time(() => baseline(dataset.participants))
  const found = time(() => findDuplicates(dataset))
  const q = quality(found.result, planted, negatives)
  const row = { size: n, base, found, q, oversized: found.result.oversizedBlocks.length }
  rows.push(row)
  first ??= row
  // Other bands of the same run: the likely threshold a user may choose instead.
  const alt = [8, 10].map((likely) => {
    const pairs = found.result.pairs.filter(
      (pair) => pair.score >= likely && !pair.reasons.some((r) => r.field === "programmes"),
    )
    const good = pairs.filter((pair) => planted.has(`${pair.a}|${pair.b}`)).length
    return `likely ≥ ${likely}: precision ${pct(pairs.length ? good / pairs.length : 1)}, ${good} of ${planted.size} planted`
  })
  console.log(
    `\n${n.toLocaleString("en")} participants, ${planted.size} planted pairs, ${negatives.size} planted hard negatives`,
  )
  console.log(
    `  likely: ${q.likely} pairs, precision ${pct(q.precision)}; possible: ${q.possible}; recall (likely + possible) ${pct(q.recall)}`,
  )
  console.log(`  ${alt.join("; ")}`)
  console.log(
    "  planted duplicates by kind (a pair may have two kinds): planted / likely / possible",
  )
  for (const [kind, c] of Object.entries(q.byKind))
    console.log(`    ${kind.padEnd(18)} ${c.planted} / ${c.likely} / ${c.possible}`)
  console.log("  hard negatives by kind: planted / likely / possible")
  for (const [kind, c] of Object.entries(q.negativeKinds))
    console.log(`    ${kind.padEnd(28)} ${c.planted} / ${c.likely} / ${c.possible}`)
  console.log(
    `  pairs compared ${found.result.compared.toLocaleString("en")} (all pairs would be ${((n * (n - 1)) / 2).toLocaleString("en")}); oversized blocks ${row.oversized}`,
  )
}

console.log(
  "\n| participants | findDuplicates CPU (wall) | baseline CPU | ratio to baseline | pairs compared | growth of CPU time vs 20k | growth of n |",
)
console.log("|---|---|---|---|---|---|---|")
for (const row of rows) {
  console.log(
    `| ${row.size.toLocaleString("en")} | ${ms(row.found.cpu)} (${ms(row.found.wall)}) | ${ms(row.base.cpu)} | ${(row.found.cpu / row.base.cpu).toFixed(1)} | ${row.found.result.compared.toLocaleString("en")} | ${(row.found.cpu / first.found.cpu).toFixed(1)} | ${(row.size / first.size).toFixed(1)} |`,
  )
}
console.log(
  "\n| participants | likely | precision of likely | possible | planted | recall within likely + possible |",
)
console.log("|---|---|---|---|---|---|")
for (const { size, q } of rows)
  console.log(
    `| ${size.toLocaleString("en")} | ${q.likely} | ${pct(q.precision)} | ${q.possible} | ${q.planted} | ${pct(q.recall)} |`,
  )
