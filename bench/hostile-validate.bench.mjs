// validateDataset on hostile and huge input: how time and the size of what it returns grow.
// The hostile unit tests (test/hostile/validate.test.ts) assert the behaviour on small
// inputs; this prints the growth that only large ones show (no assertion on time):
// - 1M bad rows: participations that each break several rules, at 125k … 1M;
// - overlapping membership spans of one country in one grouping, at 10k … 80k;
// - one pledge with 2,000 targets and 2,000 fulfilments of unknown targets;
// - a 1 MB unknown field name, and a 10 MB theme ("did you mean" must not look at them).
// Linear work doubles with the size; quadratic work quadruples.
//
// BENCH_DIST=/path/to/dist runs the same cases on another build (an older commit's);
// BENCH_ONLY=spans runs the cases whose title contains "spans".
import { pathToFileURL } from "node:url"

const dist = process.env.BENCH_DIST
  ? pathToFileURL(`${process.env.BENCH_DIST.replace(/\/$/, "")}/`)
  : new URL("../dist/", import.meta.url)
const { validateDataset } = await import(new URL("validate/index.js", dist).href)

/** The longest a case may run before it is reported as not finished (and skipped). */
const LIMIT_MS = Number(process.env.BENCH_LIMIT_MS ?? 60_000)
const gc = () => globalThis.gc?.()

function run(input) {
  gc()
  const start = performance.now()
  const result = validateDataset(input)
  const ms = performance.now() - start
  let longest = 0
  let bytes = 0
  let multiline = 0
  for (const issue of result.issues) {
    longest = Math.max(longest, issue.message.length)
    bytes += issue.message.length
    if (/[\n\r\u2028\u2029]/.test(issue.message)) multiline++
  }
  return { ms, issues: result.issues.length, longest, bytes, multiline }
}

function table(title, unit, sizes, make) {
  const only = process.env.BENCH_ONLY
  if (only !== undefined && !title.toLowerCase().includes(only.toLowerCase())) return
  console.log(`\n${title}`)
  console.log(
    `${unit.padStart(12)} | time       | × previous | issues    | longest message | all messages | multi-line`,
  )
  let previous
  for (const size of sizes) {
    const r = run(make(size))
    const growth = previous === undefined ? "" : `${(r.ms / previous).toFixed(2)}×`
    console.log(
      [
        String(size).padStart(12),
        `${r.ms.toFixed(0)} ms`.padEnd(10),
        growth.padEnd(10),
        String(r.issues).padEnd(9),
        `${r.longest} chars`.padEnd(15),
        `${(r.bytes / 1e6).toFixed(1)} MB`.padEnd(12),
        String(r.multiline),
      ].join(" | "),
    )
    previous = r.ms
    if (r.ms > LIMIT_MS) {
      console.log(`${"".padStart(12)} | larger sizes skipped (over ${LIMIT_MS / 1000} s)`)
      break
    }
  }
}

// Every participation breaks several rules: unknown participant and programme, a status not
// in the list, a date that is not one, a control character in its ids, and some repeat.
table(
  "1M bad rows: participations with unknown references, bad status and dates, repeats",
  "rows",
  [125_000, 250_000, 500_000, 1_000_000],
  (rows) => ({
    programmes: [
      {
        id: "p",
        title: "P",
        kind: "seminar",
        status: "cancelled",
        period: { start: "2024-10", end: "2024-09" },
      },
    ],
    participations: Array.from({ length: rows }, (_, i) => ({
      participant: `person\n${i % (rows / 2)}`,
      programme: i % 3 === 0 ? "p" : `nowhere-${i}`,
      status: i % 2 === 0 ? "done" : "completed",
      completedOn: i % 5 === 0 ? "2024-13" : "2024-10-01",
    })),
  }),
)

// Spans of one country: the rule must not compare all pairs. Disjoint spans (one day each)
// were the quadratic case (each span compared with every earlier one); spans that all overlap
// give one issue each.
const day = (i) => new Date(Date.UTC(1800, 0, 1 + i)).toISOString().slice(0, 10)
table(
  "Membership spans of one country in one grouping, disjoint (one day each)",
  "spans",
  [10_000, 20_000, 40_000, 80_000],
  (spans) => ({
    groups: [
      {
        id: "g",
        name: "G",
        members: Array.from({ length: spans }, (_, i) => ({
          country: "VN",
          from: day(i),
          until: day(i),
        })),
      },
    ],
  }),
)
table(
  "Membership spans of one country in one grouping, all overlapping",
  "spans",
  [10_000, 20_000, 40_000, 80_000],
  (spans) => ({
    groups: [
      {
        id: "g",
        name: "G",
        members: Array.from({ length: spans }, (_, i) => ({
          country: "VN",
          from: String(1900 + (i % 100)),
          until: String(2000 + (i % 100)),
        })),
      },
    ],
  }),
)

// Unknown targets: each message names a few targets, not all of them.
table(
  "One pledge: N targets and N fulfilments of unknown targets",
  "N",
  [500, 1_000, 2_000, 4_000],
  (n) => ({
    organisations: [{ id: "o", name: "O", type: "government" }],
    pledges: [
      {
        id: "pledge",
        pledger: "o",
        announcedOn: "2016",
        period: { start: "2016", end: "2018" },
        targets: Array.from({ length: n }, (_, i) => ({
          id: `target-${i}`,
          kind: "quantity",
          metric: "people-trained",
          value: 1,
        })),
        fulfilments: Array.from({ length: n }, (_, i) => ({
          target: `nothing-${i}`,
          on: "2017",
          value: 1,
        })),
      },
    ],
  }),
)

// "Did you mean": a long unknown field name and a long theme get no suggestion, at no cost.
table(
  "An unknown field name of N characters, and a theme of 10 N",
  "characters",
  [100_000, 1_000_000],
  (n) => ({
    programmes: [
      {
        id: "p",
        title: "P",
        kind: "seminar",
        status: "planned",
        period: { start: "2024" },
        themes: [`drugs${"s".repeat(10 * n)}`],
        [`titel${"e".repeat(n)}`]: 1,
      },
    ],
  }),
)
