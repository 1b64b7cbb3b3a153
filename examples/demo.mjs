// `npm run demo`: the library's main job on its embedded example dataset, using the built
// package exactly as an installed user would (the package imports itself by name):
// validate the dataset drawn from the seed texts, then print its headline statistics.
import {
  alumniTotals,
  exampleDataset,
  findCountry,
  goalCoverage,
  participationsByCountry,
  pledgeProgress,
  validateDataset,
} from "justice-cooperation"

const result = validateDataset(exampleDataset)
const errors = result.issues.filter((issue) => issue.severity === "error").length
console.log("justice-cooperation — the example dataset drawn from the seed texts\n")
console.log(
  `validation: ${result.ok ? "ok" : "FAILED"} — ${errors} errors, ${result.issues.length - errors} warnings`,
)
for (const issue of result.issues)
  console.log(`  ${issue.severity} [${issue.code}] ${issue.message}`)
if (!result.ok) process.exit(1)
const dataset = result.dataset
const n = (x) => x.toLocaleString("en")

console.log(
  `records: ${dataset.organisations?.length ?? 0} organisations, ${dataset.programmes?.length ?? 0} programmes, ` +
    `${dataset.pledges?.length ?? 0} pledges, ${dataset.frameworks?.length ?? 0} framework\n`,
)

const seats = participationsByCountry(dataset)
console.log(`Seats: ${n(seats.total)} (${n(seats.unattributed)} reported without a country)`)
for (const { country, count } of seats.rows)
  console.log(`  ${findCountry(country)?.name ?? country}: ${n(count)}`)

const alumni = alumniTotals(dataset)
console.log(
  `\nAlumni (people with per-person records who completed a programme): ${n(alumni.alumni)} from ${alumni.countries} countries`,
)

for (const framework of dataset.frameworks ?? []) {
  const coverage = goalCoverage(framework, dataset)
  const cells = coverage.cellCoverage
  console.log(`\n${framework.title}`)
  console.log(
    `  goals with a linked programme: ${coverage.covered} of ${coverage.total} (${Math.round(coverage.ratio * 100)}%)`,
  )
  console.log(
    `  priority region × theme cells with a programme: ${cells.covered} of ${cells.total} (${Math.round(cells.ratio * 100)}%)`,
  )
}

const pledge = dataset.pledges?.find((p) => p.id === "ct-asia-2016")
if (pledge) {
  const progress = pledgeProgress(pledge, { asOf: pledge.period.end, dataset })
  console.log(`\n${pledge.title ?? pledge.id}, as of ${progress.asOf}: ${progress.status}`)
  for (const t of progress.targets) {
    console.log(
      `  ${t.target}: ${n(t.achieved)} of ${n(t.goal)} (${Math.round(t.ratio * 100)}%, ${t.status})`,
    )
  }
}
console.log("\nMore: npx justice-cooperation stats (all tables), npx justice-cooperation --help")
