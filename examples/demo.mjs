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
  reportedFigures,
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
console.log(
  `Seats: ${n(seats.total)} (${n(seats.unattributed)} reported without a country)` +
    (seats.approximate ? " — approximate: some sources give “about” figures" : ""),
)
for (const { country, count } of seats.rows)
  console.log(`  ${findCountry(country)?.name ?? country}: ${n(count)}`)

const alumni = alumniTotals(dataset)
console.log("\nAlumni")
console.log(
  `  counted from per-person records: ${n(alumni.alumni)} people from ${alumni.countries} countries` +
    (dataset.participations?.length ? "" : " (this dataset has no per-person records)"),
)
const reported = reportedFigures(dataset, { metric: "alumni" })
if (reported.length > 0) {
  console.log("  reported by the sources, as each source states it:")
  const bound = { exact: "", "at-least": "at least ", "at-most": "at most ", about: "about " }
  const organisation = (id) => dataset.organisations?.find((o) => o.id === id)
  const programme = (id) => dataset.programmes?.find((p) => p.id === id)
  for (const f of reported) {
    const [only, ...more] = f.scope.programmes ?? []
    const scope =
      only !== undefined && more.length === 0
        ? (programme(only)?.title ?? only)
        : f.scope.organisation !== undefined
          ? (organisation(f.scope.organisation)?.acronym ?? f.scope.organisation)
          : (f.scope.series ?? f.figure)
    const countries = f.countries === undefined ? "" : ` from ${n(f.countries)} countries`
    console.log(`    ${scope}: ${bound[f.bound]}${n(f.value)}${countries}, as of ${f.asOf}`)
  }
  console.log(
    "  Reported alumni are never added to alumni counted from person records:\n" +
      "  the same people may be in several figures, and distinct people cannot be summed across sources.",
  )
}

for (const framework of dataset.frameworks ?? []) {
  const coverage = goalCoverage(framework, dataset)
  const cells = coverage.cellCoverage
  console.log(`\n${framework.title}`)
  const linked = coverage.goals.filter((goal) => goal.linked > 0).length
  console.log(
    `  goals with a programme, linked or through its themes: ${coverage.covered} of ${coverage.total} (${Math.round(coverage.ratio * 100)}%); by explicit link: ${linked}`,
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
