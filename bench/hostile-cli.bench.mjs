// The command line on hostile input, at 10k, 20k, 40k and 80k records: `validate` on a JSON
// file of N participations whose every reference is unknown (2N issues under two codes), in
// text and in --json output, and on an NDJSON file whose every other line is not JSON. Issue 10
// measured the text output at 1.0 s (10k), 6.6 s (20k) and 42.6 s (40k): grouping the issues
// by code copied each group for every issue. Each figure is the least of 5 CPU times (user +
// system) of the built CLI (dist/cli/index.js) minus the start-up of the same CLI
// (`--version`), measured in the same run; growth is the ratio to the 10k figure (linear: 2, 4, 8). The old grouping is
// timed alone, in this process, on the same issues, to show the difference.
import { spawnSync } from "node:child_process"
import { mkdirSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { validateDataset } from "../dist/validate/index.js"

const root = fileURLToPath(new URL("../", import.meta.url))
const cli = `${root}dist/cli/index.js`
const dir = `${root}.tmp/bench-hostile-cli`
mkdirSync(dir, { recursive: true })
const sizes = [10_000, 20_000, 40_000, 80_000]
const runs = 5

const participation = (i) =>
  `{"participant":"p-${i}","programme":"no-such-programme","status":"completed"}`

/**
 * CPU time (user + system, ms) of one run of the CLI, the least of `runs`. CPU time rather than
 * wall time: the machine is shared, and wall time measures the neighbours too. The shell's
 * `times` prints its children's CPU time on its second line.
 */
function time(args) {
  const times = []
  for (let r = 0; r < runs; r++) {
    const result = spawnSync(
      "sh",
      [
        "-c",
        '"$0" "$@" >/dev/null 2>"$TMP_ERR"; echo "exit $?"; times',
        process.execPath,
        cli,
        ...args,
      ],
      { encoding: "utf8", env: { ...process.env, TMP_ERR: `${dir}/stderr.txt` } },
    )
    const [exit, , children] = result.stdout.trim().split("\n")
    if (exit !== "exit 0" && exit !== "exit 1") throw new Error(`${args.join(" ")}: ${exit}`)
    const [user, system] = (children ?? "").split(" ").map((t) => {
      const [, m, sec] = /(\d+)m([\d.]+)s/.exec(t) ?? []
      return (Number(m) * 60 + Number(sec)) * 1000
    })
    times.push(user + system)
  }
  return Math.min(...times)
}

/** The grouping the CLI used before: a new array for every issue. */
function copyingGroupByCode(issues) {
  const byCode = new Map()
  for (const issue of issues) byCode.set(issue.code, [...(byCode.get(issue.code) ?? []), issue])
  return byCode
}

const startup = time(["--version"])
const rows = []
for (const size of sizes) {
  const json = `${dir}/participations-${size}.json`
  writeFileSync(
    json,
    `{"participations":[${Array.from({ length: size }, (_, i) => participation(i)).join(",\n")}]}`,
  )
  const ndjson = `${dir}/half-bad-${size}.ndjson`
  writeFileSync(
    ndjson,
    Array.from({ length: size }, (_, i) => (i % 2 ? "not json" : participation(i))).join("\n"),
  )
  const text = time(["validate", json]) - startup
  const asJson = time(["validate", "--json", json]) - startup
  const badLines = time(["validate", "--kind", "participations", ndjson]) - startup
  let copying
  if (size <= 20_000) {
    const { issues } = validateDataset(
      JSON.parse(
        `{"participations":[${Array.from({ length: size }, (_, i) => participation(i)).join(",")}]}`,
      ),
    )
    const t0 = performance.now()
    copyingGroupByCode(issues)
    copying = performance.now() - t0
  }
  rows.push({ size, text, asJson, badLines, copying })
}

const ms = (v) => (v === undefined ? "—" : `${Math.round(v)} ms`)
const [base] = rows
console.log(
  `CPU time; CLI start-up (--version), subtracted from every figure: ${Math.round(startup)} ms`,
)
console.log(
  "participations | validate (text) | growth | --json    | growth | NDJSON, half the lines bad | growth | old copying grouping alone",
)
for (const r of rows) {
  console.log(
    `${String(r.size).padStart(14)} | ${ms(r.text).padStart(15)} | ${`${(r.text / base.text).toFixed(1)}×`.padStart(6)} | ${ms(r.asJson).padStart(9)} | ${`${(r.asJson / base.asJson).toFixed(1)}×`.padStart(6)} | ${ms(r.badLines).padStart(26)} | ${`${(r.badLines / base.badLines).toFixed(1)}×`.padStart(6)} | ${ms(r.copying)}`,
  )
}
console.log("linear growth is 2×, 4×, 8× of the 10k figure; quadratic would be 4×, 16×, 64×")
