// `npm run demo`: the library's main job on its embedded example dataset, using the built
// package exactly as an installed user would (the package imports itself by name):
// validate the dataset drawn from the seed texts, then summarise what it holds.
import { exampleDataset, findCountry, validateDataset } from "justice-cooperation"

const result = validateDataset(exampleDataset)
const errors = result.issues.filter((issue) => issue.severity === "error")
const warnings = result.issues.filter((issue) => issue.severity === "warning")

console.log("justice-cooperation — the example dataset drawn from the seed texts\n")
console.log(
  `validation: ${result.ok ? "ok" : "FAILED"} — ${errors.length} errors, ${warnings.length} warnings`,
)
for (const issue of result.issues)
  console.log(`  ${issue.severity} [${issue.code}] ${issue.message}`)
if (!result.ok) process.exit(1)

const dataset = result.dataset
const count = (list) => String(list?.length ?? 0).padStart(4)
console.log("\nrecords")
console.log(`  organisations  ${count(dataset.organisations)}`)
console.log(`  programmes     ${count(dataset.programmes)}`)
console.log(`  participants   ${count(dataset.participants)}`)
console.log(`  participations ${count(dataset.participations)}`)
console.log(`  pledges        ${count(dataset.pledges)}`)
console.log(`  frameworks     ${count(dataset.frameworks)}`)

const byKind = new Map()
for (const programme of dataset.programmes ?? [])
  byKind.set(programme.kind, (byKind.get(programme.kind) ?? 0) + 1)
console.log("\nprogrammes by kind")
for (const [kind, n] of [...byKind].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
  console.log(`  ${kind.padEnd(32)} ${String(n).padStart(3)}`)
}

console.log("\nreported participants (figures the sources give in aggregate)")
for (const programme of dataset.programmes ?? []) {
  const reported = programme.reportedParticipants
  if (!reported) continue
  const parts = Object.entries(reported.byCountry ?? {}).map(
    ([code, n]) => `${n} from ${findCountry(code)?.name ?? code}`,
  )
  const countries = reported.countries === undefined ? "" : ` from ${reported.countries} countries`
  console.log(
    `  ${programme.title}: ${reported.total}${countries}${parts.length ? `, including ${parts.join(", ")}` : ""}`,
  )
}
