// Aggregation benchmarks: for 10k, 100k and 1M participations, each function's median time as
// a ratio to a hand-written single-pass baseline computing the same result over the same data
// in the same run; growth from 100k to 1M; and the peak RSS of streaming 1M records lazily
// through each accumulator (one child process per accumulator, records never all in memory).
// Goals (issue 5): ≤ 1.2× baseline at 1M, 1M ≤ 11× 100k, streaming 1M < 150 MB peak RSS.
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { Bench } from "tinybench"
import * as agg from "../dist/aggregate/index.js"
import { findGrouping } from "../dist/reference/index.js"
import { generateContext, generateDataset } from "./generate-dataset.mjs"

const ASOF = "2024-12-31"
const DAY = 86_400_000

// ---------------------------------------------------------------------------------------------
// Hand-written baselines: one pass over the participations with Maps and Sets, no options, no
// accumulator, written as one would for this one dataset shape. Each returns exactly what the
// library returns (checked below before timing).

const byCountThenKey = (key) => (a, b) =>
  b.count - a.count || (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0)
const first = (d) =>
  Date.UTC(
    +d.slice(0, 4),
    d.length > 4 ? +d.slice(5, 7) - 1 : 0,
    d.length > 7 ? +d.slice(8, 10) : 1,
  ) / DAY
const last = (d) =>
  d.length === 10 ? first(d) : Date.UTC(+d.slice(0, 4), d.length > 4 ? +d.slice(5, 7) : 12, 0) / DAY
const active = (p) => p.status !== "cancelled" && p.status !== "postponed"
const counted = (r) =>
  (r.role ?? "participant") === "participant" &&
  (r.status === "attended" || r.status === "completed")
const rowsOf = (map, key) =>
  [...map]
    .filter(([, n]) => n > 0)
    .map(([k, count]) => ({ [key]: k, count }))
    .sort(byCountThenKey(key))

function reportedInto(p, counts) {
  let sum = 0
  for (const [c, n] of Object.entries(p.reportedParticipants.byCountry ?? {})) {
    if (counts !== undefined) counts.set(c, (counts.get(c) ?? 0) + n)
    sum += n
  }
  return Math.max(0, p.reportedParticipants.total - sum) + (counts === undefined ? sum : 0)
}

function baselineByCountry(ds) {
  const programmes = new Map(ds.programmes.map((p) => [p.id, p]))
  const home = new Map(ds.participants.map((p) => [p.id, p.country]))
  const counts = new Map()
  const withRecords = new Set()
  let unattributed = 0
  for (const r of ds.participations) {
    const p = programmes.get(r.programme)
    if (p === undefined) continue
    withRecords.add(p.id)
    if (!active(p) || !counted(r)) continue
    const country = r.country ?? home.get(r.participant)
    if (country === undefined) unattributed++
    else counts.set(country, (counts.get(country) ?? 0) + 1)
  }
  let approximate = false
  for (const p of ds.programmes)
    if (active(p) && !withRecords.has(p.id) && p.reportedParticipants) {
      unattributed += reportedInto(p, counts)
      if (p.reportedParticipants.approximate === true) approximate = true
    }
  const rows = rowsOf(counts, "country")
  const total = rows.reduce((s, r) => s + r.count, unattributed)
  return { total, unattributed, rows, approximate }
}

function baselineAlumni(ds) {
  const programmes = new Map(ds.programmes.map((p) => [p.id, p]))
  const home = new Map(ds.participants.map((p) => [p.id, p.country]))
  const alumni = new Set()
  for (const r of ds.participations) {
    if (r.status !== "completed" || !counted(r)) continue
    const p = programmes.get(r.programme)
    if (p !== undefined && active(p) && home.has(r.participant)) alumni.add(r.participant)
  }
  const counts = new Map()
  for (const id of alumni) counts.set(home.get(id), (counts.get(home.get(id)) ?? 0) + 1)
  const byCountry = rowsOf(counts, "country")
  return { alumni: alumni.size, countries: byCountry.length, byCountry }
}

function membersOn(groupId, day) {
  return findGrouping(groupId)
    .members.filter(
      (m) =>
        (m.from === undefined || first(m.from) <= day) &&
        (m.until === undefined || last(m.until) >= day),
    )
    .map((m) => m.country)
}

function baselineGoalCoverage(fw, ds) {
  const fwFirst = first(fw.period.start)
  const fwLast = fw.period.end === undefined ? Infinity : last(fw.period.end)
  const home = new Map(ds.participants.map((p) => [p.id, p.country]))
  const inFw = new Map()
  for (const p of ds.programmes) {
    const end = p.period.end === undefined ? Infinity : last(p.period.end)
    if (active(p) && first(p.period.start) <= fwLast && end >= fwFirst) {
      const reach = new Set(p.countries ?? [])
      for (const g of p.groups ?? [])
        for (const c of membersOn(g, first(p.period.start))) reach.add(c)
      inFw.set(p.id, { p, reach, seats: 0, records: false })
    }
  }
  const withRecords = new Set()
  for (const r of ds.participations) {
    withRecords.add(r.programme)
    const e = inFw.get(r.programme)
    if (e === undefined || !counted(r)) continue
    e.seats++
    const country = r.country ?? home.get(r.participant)
    if (country !== undefined) e.reach.add(country)
  }
  for (const e of inFw.values()) {
    if (withRecords.has(e.p.id) || !e.p.reportedParticipants) continue
    const counts = new Map()
    e.seats = reportedInto(e.p, counts) + [...counts.values()].reduce((a, b) => a + b, 0)
    for (const [c, n] of counts) if (n > 0) e.reach.add(c)
  }
  const goals = fw.goals.map((goal) => {
    let programmes = 0
    let participations = 0
    const countries = new Set()
    for (const e of inFw.values()) {
      if (!(e.p.goals ?? []).some((l) => l.framework === fw.id && l.goal === goal.id)) continue
      programmes++
      participations += e.seats
      for (const c of e.reach) countries.add(c)
    }
    return {
      goal: goal.id,
      title: goal.title,
      covered: programmes > 0,
      programmes,
      // Every programme counted here links the goal (the bench's goals have no themes).
      linked: programmes,
      participations,
      countries: countries.size,
    }
  })
  const cells = []
  for (const region of fw.priorityRegions ?? []) {
    const countries = new Set(region.countries ?? [])
    for (const g of region.groups ?? [])
      for (const m of findGrouping(g).members)
        if (
          (m.from === undefined || first(m.from) <= fwLast) &&
          (m.until === undefined || last(m.until) >= fwFirst)
        )
          countries.add(m.country)
    for (const theme of region.themes) {
      let programmes = 0
      for (const e of inFw.values())
        if ((e.p.themes ?? []).includes(theme) && [...e.reach].some((c) => countries.has(c)))
          programmes++
      cells.push({ region: region.id, theme, covered: programmes > 0, programmes })
    }
  }
  const gaps = {
    goals: goals.filter((g) => !g.covered).map((g) => g.goal),
    cells: cells.filter((c) => !c.covered).map(({ region, theme }) => ({ region, theme })),
  }
  const covered = goals.length - gaps.goals.length
  const coveredCells = cells.length - gaps.cells.length
  return {
    framework: fw.id,
    covered,
    total: goals.length,
    ratio: goals.length === 0 ? 0 : covered / goals.length,
    cellCoverage: {
      covered: coveredCells,
      total: cells.length,
      ratio: cells.length === 0 ? 0 : coveredCells / cells.length,
    },
    goals,
    cells,
    gaps,
  }
}

function baselinePledge(pledge, ds, asOf) {
  const asOfDay = last(asOf)
  const programmes = new Map(ds.programmes.map((p) => [p.id, p]))
  let trained = 0
  for (const r of ds.participations) {
    if (r.status !== "completed" || !counted(r)) continue
    const p = programmes.get(r.programme)
    if (p === undefined || !active(p) || !(p.pledges ?? []).includes(pledge.id)) continue
    const day =
      r.completedOn !== undefined
        ? last(r.completedOn)
        : p.period.end !== undefined
          ? last(p.period.end)
          : NaN
    if (day <= asOfDay) trained++
  }
  const start = first(pledge.period.start)
  const end = last(pledge.period.end)
  const elapsed = Math.min(1, Math.max(0, (asOfDay - start) / (end - start)))
  const targets = pledge.targets.map((t) => {
    const goal = t.kind === "money" ? t.money.amount : t.value
    let achieved = 0
    for (const f of pledge.fulfilments ?? [])
      if (f.target === t.id && last(f.on) <= asOfDay)
        achieved += t.kind === "money" ? f.money.amount : f.value
    if (t.kind === "quantity" && t.metric === "people-trained") achieved += trained
    const ratio = achieved / goal
    const status =
      asOfDay < start
        ? "not-started"
        : ratio > 1
          ? "exceeded"
          : ratio === 1
            ? "met"
            : asOfDay > end
              ? "missed"
              : ratio >= elapsed
                ? "on-track"
                : "behind"
    return { target: t.id, kind: t.kind, goal, achieved, ratio, status }
  })
  const order = ["missed", "behind", "on-track", "met", "exceeded"]
  const status =
    asOfDay < start
      ? "not-started"
      : (order.find((s) => targets.some((t) => t.status === s)) ?? "met")
  return { pledge: pledge.id, asOf, elapsed, status, targets }
}

function baselineCountByPeriod(ds) {
  const programmes = new Map(ds.programmes.map((p) => [p.id, p]))
  const seats = new Map()
  const withRecords = new Set()
  for (const r of ds.participations) {
    const p = programmes.get(r.programme)
    if (p === undefined) continue
    withRecords.add(p.id)
    if (active(p) && counted(r)) seats.set(p.id, (seats.get(p.id) ?? 0) + 1)
  }
  const counts = new Map()
  let undetermined = 0
  for (const p of ds.programmes) {
    if (!active(p)) continue
    const n = withRecords.has(p.id)
      ? (seats.get(p.id) ?? 0)
      : p.reportedParticipants
        ? reportedInto(p)
        : 0
    const s = p.period.start
    if (s.length === 4) {
      undetermined += n
      continue
    }
    const fy = +s.slice(5, 7) >= 4 ? +s.slice(0, 4) : +s.slice(0, 4) - 1
    counts.set(fy, (counts.get(fy) ?? 0) + n)
  }
  const rows = [...counts]
    .sort(([a], [b]) => a - b)
    .map(([fy, count]) => ({ period: `FY${fy}`, count }))
  return { rows, undetermined }
}

function baselineDisaggregate(ds) {
  const programmes = new Map(ds.programmes.map((p) => [p.id, p]))
  const people = new Map(ds.participants.map((p) => [p.id, p]))
  const cells = new Map()
  for (const r of ds.participations) {
    const p = programmes.get(r.programme)
    if (p === undefined || !active(p) || !counted(r)) continue
    const person = people.get(r.participant)
    const country = r.country ?? person?.country ?? "unknown"
    const gender = person?.gender ?? "unknown"
    const key = `${country}\u0000${gender}`
    const cell = cells.get(key)
    if (cell === undefined) cells.set(key, { country, gender, count: 1 })
    else cell.count++
  }
  return [...cells.values()].sort(
    (a, b) =>
      b.count - a.count ||
      (a.country < b.country
        ? -1
        : a.country > b.country
          ? 1
          : a.gender < b.gender
            ? -1
            : a.gender > b.gender
              ? 1
              : 0),
  )
}

function baselineRollUp(rows, groups) {
  const sums = new Map()
  for (const r of rows) sums.set(r.country, (sums.get(r.country) ?? 0) + r.count)
  const members = groups.map((g) => new Set(findGrouping(g).members.map((m) => m.country)))
  const out = groups.map((group) => ({ group, count: 0 }))
  let unassigned = 0
  for (const [country, n] of sums) {
    let assigned = false
    members.forEach((set, k) => {
      if (set.has(country)) {
        out[k].count += n
        assigned = true
      }
    })
    if (!assigned) unassigned += n
  }
  return { rows: out.sort(byCountThenKey("group")), unassigned }
}

// ---------------------------------------------------------------------------------------------

function cases(ds) {
  const fw = ds.frameworks[0]
  const pledge = ds.pledges[0]
  const home = new Map(ds.participants.map((p) => [p.id, p.country]))
  const rows = ds.participations.map((r) => ({
    country: r.country ?? home.get(r.participant),
    count: 1,
  }))
  return [
    ["participationsByCountry", () => agg.participationsByCountry(ds), () => baselineByCountry(ds)],
    ["alumniTotals", () => agg.alumniTotals(ds), () => baselineAlumni(ds)],
    ["goalCoverage", () => agg.goalCoverage(fw, ds), () => baselineGoalCoverage(fw, ds)],
    [
      "pledgeProgress",
      () => agg.pledgeProgress(pledge, { asOf: ASOF, dataset: ds }),
      () => baselinePledge(pledge, ds, ASOF),
    ],
    [
      "countByPeriod (seats, FY)",
      () => agg.countByPeriod(ds, { of: "participations", period: "fiscal-year" }),
      () => baselineCountByPeriod(ds),
    ],
    [
      "disaggregate country×gender",
      () => agg.disaggregate(ds, { by: ["country", "gender"] }),
      () => baselineDisaggregate(ds),
    ],
    [
      "rollUp (1 row per record)",
      () => agg.rollUp(rows, ["ASEAN", "G7"]),
      () => baselineRollUp(rows, ["ASEAN", "G7"]),
    ],
  ]
}

async function timeDataset(ds) {
  const n = ds.participations.length
  const iterations = n >= 1_000_000 ? 15 : n >= 100_000 ? 40 : 200
  const out = {}
  for (const [name, library, baseline] of cases(ds)) {
    assert.deepStrictEqual(
      library(),
      baseline(),
      `${name}: the baseline must compute the same result`,
    )
    const bench = new Bench({ iterations, time: 0, warmupIterations: 3, warmupTime: 0 })
    // Interleave the two so that both see the same heap and JIT state.
    bench.add("baseline", baseline).add("library", library)
    await bench.run()
    const [b, l] = bench.tasks.map((t) => t.result.latency.p50)
    out[name] = { library: l, baseline: b, ratio: l / b }
  }
  return out
}

// Child process: streams `count` records lazily through one accumulator and reports memory.
async function stream(kind, count) {
  const { context, records } = generateContext(count)
  const fw = context.frameworks[0]
  const pledge = context.pledges[0]
  const create = {
    participationsByCountry: () => agg.createParticipationsByCountryAccumulator(context),
    alumniTotals: () => agg.createAlumniAccumulator(context),
    goalCoverage: () => agg.createGoalCoverageAccumulator(fw, context),
    pledgeProgress: () =>
      agg.createPledgeProgressAccumulator(pledge, { asOf: ASOF, dataset: context }),
    countByPeriod: () =>
      agg.createCountByPeriodAccumulator(context, { of: "participations", period: "fiscal-year" }),
    disaggregate: () => agg.createDisaggregateAccumulator(context, { by: ["country", "gender"] }),
    "disaggregate alumni": () =>
      agg.createDisaggregateAccumulator(context, { by: ["country", "theme"], of: "alumni" }),
  }[kind]
  globalThis.gc?.()
  const beforeMB = process.memoryUsage().rss / 2 ** 20
  const accumulator = create()
  async function* lines() {
    // As an NDJSON reader would hand them over: one parsed record at a time.
    for (const record of records()) yield JSON.parse(JSON.stringify(record))
  }
  const started = performance.now()
  await accumulator.addAll(lines())
  accumulator.result()
  const seconds = (performance.now() - started) / 1000
  const peakMB = process.resourceUsage().maxRSS / 1024
  console.log(JSON.stringify({ kind, count, beforeMB, peakMB, seconds }))
}

if (process.argv[2] === "--stream") {
  await stream(process.argv[3], Number(process.argv[4]))
  process.exit(0)
}

const sizes = [10_000, 100_000, 1_000_000]
const results = {}
let largest
for (const n of sizes) {
  process.stdout.write(`timing ${n.toLocaleString("en")} participations…\n`)
  largest = generateDataset(n)
  results[n] = await timeDataset(largest)
}
// The same growth with the context held fixed (the 1M dataset's 200k participants and 2k
// programmes, its first 100k participations): what the algorithms add, without the larger
// participant table falling out of the CPU caches.
process.stdout.write("timing the first 100,000 participations of the 1M dataset…\n")
const fixed = await timeDataset({
  ...largest,
  participations: largest.participations.slice(0, 100_000),
})
const names = Object.keys(results[sizes[0]])
const fmt = (x, d = 2) => x.toFixed(d)
console.log("\nmedian time as a ratio to the hand-written single-pass baseline (goal ≤ 1.20 at 1M)")
console.log("| function | 10k | 100k | 1M | 1M median: library / baseline |")
console.log("|---|---|---|---|---|")
let ok = true
for (const name of names) {
  const [a, b, c] = sizes.map((n) => results[n][name])
  ok &&= c.ratio <= 1.2
  console.log(
    `| ${name} | ${fmt(a.ratio)} | ${fmt(b.ratio)} | ${fmt(c.ratio)} | ${fmt(c.library, 1)} ms / ${fmt(c.baseline, 1)} ms |`,
  )
}
console.log("\ngrowth of the median time from 100k to 1M participations (goal ≤ 11)")
console.log(
  "| function | library, generated sizes | baseline, generated sizes | library, fixed context | baseline, fixed context |",
)
console.log("|---|---|---|---|---|")
for (const name of names) {
  const b = results[100_000][name]
  const c = results[1_000_000][name]
  const f = fixed[name]
  ok &&= c.library / b.library <= 11
  console.log(
    `| ${name} | ${fmt(c.library / b.library, 1)} | ${fmt(c.baseline / b.baseline, 1)} | ${fmt(c.library / f.library, 1)} | ${fmt(c.baseline / f.baseline, 1)} |`,
  )
}

console.log("\npeak RSS streaming 1,000,000 records lazily through one accumulator (goal < 150 MB)")
console.log("| accumulator | RSS before | peak RSS | time |")
console.log("|---|---|---|---|")
const self = fileURLToPath(import.meta.url)
for (const kind of [
  "participationsByCountry",
  "alumniTotals",
  "goalCoverage",
  "pledgeProgress",
  "countByPeriod",
  "disaggregate",
  "disaggregate alumni",
]) {
  const child = spawnSync(process.execPath, ["--expose-gc", self, "--stream", kind, "1000000"], {
    encoding: "utf8",
  })
  if (child.status !== 0) throw new Error(child.stderr)
  const r = JSON.parse(child.stdout.trim().split("\n").at(-1))
  ok &&= r.peakMB < 150
  console.log(
    `| ${kind} | ${fmt(r.beforeMB, 0)} MB | ${fmt(r.peakMB, 0)} MB | ${fmt(r.seconds, 1)} s |`,
  )
}
console.log(ok ? "\nall goals met" : "\nsome goals NOT met (see above)")
