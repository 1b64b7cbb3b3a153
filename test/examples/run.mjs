// Runs every example of examples/ against the built package (`npm run build` first; `npm test`
// runs this from `test:package`) and checks the key lines of what each prints, then the code
// blocks of README.md and docs/*.md. The examples import "justice-cooperation" by name: inside
// this repository that resolves to the package itself, through its `exports`, i.e. dist/.
//
//   node test/examples/run.mjs
//
//   node test/examples/run.mjs --browser-only   # only the browser page
//
// The browser page needs Chromium (/usr/bin/chromium, or CHROMIUM_PATH). Without it the check
// is skipped with one line saying how to run it, unless CI is set (`.ci/run` installs
// Chromium), where it fails; JUSTICE_COOPERATION_SKIP_BROWSER=1 skips it too. Deno and Bun
// come from the `deno` and `bun` devDependencies.
import { execFile } from "node:child_process"
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { browserGate } from "./browser-gate.mjs"

const root = fileURLToPath(new URL("../../", import.meta.url))
const browserOnly = process.argv.includes("--browser-only")
const gate = browserGate()
if (browserOnly && gate.action !== "run") {
  console.log(gate.line)
  process.exit(gate.action === "fail" ? 1 : 0)
}
const bin = (name) => join(root, "node_modules", ".bin", name)
const tmp = join(root, ".tmp", "examples")
mkdirSync(tmp, { recursive: true })
if (!existsSync(join(root, "dist", "index.js"))) {
  console.error("examples: dist/ is missing: run `npm run build` first")
  process.exit(1)
}

// A file with one good line, one broken line and one line that is not JSON, for the stream.
const brokenNdjson = join(tmp, "broken.ndjson")
writeFileSync(
  brokenNdjson,
  [
    '{"participant":"sample-p0001","programme":"sample-course-01","status":"completed"}',
    '{"participant":"sample-p0002","programme":"sample-course-01","status":"graduated"}',
    "not json",
    "",
  ].join("\n"),
)

const env = { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1", TZ: "UTC" }
const quiet = { ...env, FORCE_COLOR: "0" }

// What the notebook prints under Deno and under Bun (the whole output must also be identical).
const notebookLines = [
  "country       count",
  "UA            4",
  "unattributed  270",
  "FY2024        8",
  "undetermined  12",
  "south-east-asia             9       1",
  "ukraine                     4       1",
  "ct-asia-2016               exceeded  1.00",
  "unodc-japanese-staff-2024  behind    0.83",
]

/**
 * The checks: a command, the exit code it must end with, and lines that must appear, in this
 * order, in its stdout (and stderr where given). A line is matched exactly unless it is a RegExp.
 */
const checks = [
  {
    name: "demo.mjs",
    command: ["node", "examples/demo.mjs"],
    stdout: [
      "validation: ok — 0 errors, 0 warnings",
      "Seats: 274 (270 reported without a country) — approximate: some sources give “about” figures",
      "  Ukraine: 4",
      "  goals with a programme, linked or through its themes: 1 of 6 (17%); by explicit link: 0",
      "  priority region × theme cells with a programme: 2 of 31 (6%)",
      "  personnel-trained: 2,653 of 2,000 (133%, exceeded)",
    ],
  },
  {
    name: "esm.mjs",
    command: ["node", "examples/esm.mjs"],
    stdout: [
      "programmes: 31",
      "  FY2024  8",
      "  undetermined  12",
      "ASEAN members on 2024-12-01: 10",
      "ASEAN members on 2025-11-01: 11",
      "seats from Ukraine: 4",
      "by grouping: m49-150 4, ASEAN 0, G7 0",
    ],
  },
  {
    name: "cjs.cjs",
    command: ["node", "examples/cjs.cjs"],
    stdout: [
      "pledge progress as of 2025-03-31",
      "  ct-asia-2016               exceeded  100% elapsed",
      "  unodc-japanese-staff-2024  behind    42% elapsed",
      "participation/unknown-participant: participations[0]: participant 'p-1' is not in participants",
      "participation/unknown-programme: participations[0]: programme 'no-such-programme' is not in programmes",
    ],
  },
  {
    name: "import-csv.mjs",
    command: ["node", "examples/import-csv.mjs"],
    stdout: [
      "read 5 programmes, 12 participants, 19 participations",
      "validation: ok, 0 issues",
      "seats: 56 (19 reported without a country)",
      "  PH  Philippines                         13",
      "alumni: 10 people from 9 countries",
      "  female   5",
    ],
  },
  {
    name: "import-csv.mjs with errors",
    command: ["node", "examples/import-csv.mjs", "examples/data/programmes-with-errors.csv"],
    exit: 1,
    stdout: [
      "  error [unknown-field] row 1, column 'titel': unknown column — did you mean 'title'?",
      /^ {2}error \[field\/wrong-type\] row 3, column 'reported\.total': '2,653' is not a number/,
      /^ {2}error \[date\/invalid\] row 3, column 'start': '2025-13' is not a date/,
      "  error [programme/end-before-start] row 4, column 'end': period.end 2025-09 is before period.start 2025-10-01",
      "examples/data/programmes-with-errors.csv: 5 problems, nothing imported",
    ],
  },
  {
    name: "stream-ndjson.mjs",
    command: ["node", "examples/stream-ndjson.mjs"],
    stdout: [
      "participations read: 2400",
      "seats: 2127 in 24 countries",
      "top countries: VN 186, ID 185, PH 164, TH 147, KH 107",
      "alumni: 723 from 24 countries",
      "seats per year: 2005 105 … 2024 111",
    ],
    stderr: ["progress: 500 participations read", "progress: 2,400 participations read, done"],
  },
  {
    name: "stream-ndjson.mjs with bad lines",
    command: ["node", "examples/stream-ndjson.mjs", brokenNdjson],
    stdout: ["participations read: 1", "seats: 1 in 1 countries"],
    stderr: [/^line 2: .*'graduated'.*, skipped$/, "line 3: not JSON, skipped"],
  },
  {
    name: "workers.mjs",
    command: ["node", "examples/workers.mjs", "3"],
    stdout: [
      "workers: 3, records per worker: 800, 800, 800",
      "seats: 2127, alumni: 723",
      "same as one pass: true",
    ],
  },
  {
    name: "notebook.deno.ts (Deno)",
    command: [bin("deno"), "run", "--no-lock", "examples/notebook.deno.ts"],
    stdout: notebookLines,
  },
  {
    name: "charts.deno.ts (Deno)",
    command: [bin("deno"), "run", "--no-lock", "examples/charts.deno.ts"],
    stdout: [
      /^Seats per country: bar chart\. 274 seats in all; 4 in 1 country\./,
      /^Programmes per fiscal year: bar chart in time order from FY2007 \(1\) to FY2024 \(8\)\./,
      /^Coverage of japan-unodc-2024-2026: 1 of 6 goals covered \(17%\)/,
      'not on the map: [{"country":"XK","name":"Kosovo","count":3}]',
      /^Alumni by home country: world map shaded by the number of alumni\. .*Not on the map \(no shape in the geometry\): Kosovo 3\.$/,
    ],
  },
  {
    name: "notebook.bun.ts (Bun)",
    command: [bin("bun"), "--no-install", "examples/notebook.bun.ts"],
    stdout: notebookLines,
    sameStdoutAs: "notebook.deno.ts (Deno)",
  },
]

// Inside the consumer project (test/consumer/run.mjs installed the packed tarball there just
// before), Deno type-checks the notebook against the published types, as a user's would.
const consumer = join(root, ".tmp", "consumer", "app")
if (browserOnly) {
  // Only the browser page.
} else if (existsSync(join(consumer, "node_modules", "justice-cooperation"))) {
  copyFileSync(join(root, "examples", "notebook.deno.ts"), join(consumer, "notebook.deno.ts"))
  checks.push({
    name: "notebook.deno.ts type check (Deno, installed tarball)",
    command: [bin("deno"), "check", "--no-lock", "notebook.deno.ts"],
    cwd: consumer,
  })
} else {
  console.log(
    "example notebook.deno.ts type check: skipped (no .tmp/consumer/app: run test/consumer/run.mjs first)",
  )
}

function run({ command: [cmd, ...args], cwd = root }) {
  return new Promise((resolve) => {
    execFile(
      cmd === "node" ? process.execPath : cmd,
      args,
      { cwd, env: cmd === "node" ? quiet : env, maxBuffer: 16 * 1024 * 1024, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({
          code: error ? (typeof error.code === "number" ? error.code : 1) : 0,
          stdout,
          stderr,
          error,
        })
      },
    )
  })
}

/** The expected lines missing from the output, in order. */
function missing(text, expected) {
  const lines = text.split("\n").map((line) => line.trimEnd())
  const absent = []
  let from = 0
  for (const want of expected) {
    const at = lines.findIndex(
      (line, i) => i >= from && (want instanceof RegExp ? want.test(line) : line === want),
    )
    if (at === -1) absent.push(String(want))
    else from = at + 1
  }
  return absent
}

const failures = []
const outputs = new Map()
const started = Date.now()
for (const check of browserOnly ? [] : checks) {
  const t0 = Date.now()
  const result = await run(check)
  outputs.set(check.name, result.stdout)
  const problems = []
  const exit = check.exit ?? 0
  if (result.code !== exit) problems.push(`exit code ${result.code}, expected ${exit}`)
  const noOut = missing(result.stdout, check.stdout ?? [])
  if (noOut.length > 0) problems.push(`stdout lacks:\n      ${noOut.join("\n      ")}`)
  const noErr = missing(result.stderr, check.stderr ?? [])
  if (noErr.length > 0) problems.push(`stderr lacks:\n      ${noErr.join("\n      ")}`)
  if (check.sameStdoutAs && outputs.get(check.sameStdoutAs) !== result.stdout)
    problems.push(`stdout differs from ${check.sameStdoutAs}`)
  const time = `${((Date.now() - t0) / 1000).toFixed(1)} s`
  if (problems.length === 0) {
    console.log(`example ${check.name}: ok (${time})`)
  } else {
    console.log(`example ${check.name}: FAILED (${time})`)
    failures.push(
      `${check.name} (${check.command.join(" ")}):\n  ${problems.join("\n  ")}\n` +
        `  --- stdout\n${result.stdout}  --- stderr\n${result.stderr}`,
    )
  }
}

if (!browserOnly) {
  const { checkDocBlocks } = await import("./doc-blocks.mjs")
  const t0 = Date.now()
  const { files, blocks, problems } = checkDocBlocks()
  const time = `${((Date.now() - t0) / 1000).toFixed(1)} s`
  if (problems.length === 0)
    console.log(`doc blocks: ${blocks} js blocks in ${files.join(", ")}: ok (${time})`)
  else {
    console.log(`doc blocks: FAILED (${time}); \`npm run docs:outputs\` rewrites the outputs`)
    failures.push(...problems)
  }
}

if (gate.action === "skip") {
  console.log(gate.line)
} else if (gate.action === "fail") {
  console.log(gate.line)
  failures.push(gate.line)
} else {
  const t0 = Date.now()
  try {
    // Imported here: it loads the built package, and Playwright only when a browser is there.
    const { checkBrowser } = await import("./browser.mjs")
    const summary = await checkBrowser(gate.chromium)
    console.log(
      `example browser/ (Chromium): ok, ${summary} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    )
  } catch (error) {
    console.log("example browser/ (Chromium): FAILED")
    failures.push(`browser/: ${error.message}`)
  }
}

console.log(`examples: ${((Date.now() - started) / 1000).toFixed(1)} s`)
if (failures.length > 0) {
  console.error(`\n${failures.length} example check(s) failed:\n`)
  for (const failure of failures) console.error(`${failure}\n`)
  process.exit(1)
}
