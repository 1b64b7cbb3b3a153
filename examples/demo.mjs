// `npm run demo`: the library's main job on its embedded example dataset, using the built
// package exactly as an installed user would (the package imports itself by name).
import { datasetSchema, exampleDataset, findCountry } from "justice-cooperation"

const dataset = datasetSchema.parse(exampleDataset)
const count = (list) => list?.length ?? 0
console.log("justice-cooperation — example dataset drawn from the seed texts\n")
console.log(`organisations  ${count(dataset.organisations)}`)
console.log(`programmes     ${count(dataset.programmes)}`)
console.log(`participants   ${count(dataset.participants)}`)
console.log(`participations ${count(dataset.participations)}`)
console.log(`pledges        ${count(dataset.pledges)}`)
console.log(`frameworks     ${count(dataset.frameworks)}\n`)
for (const programme of dataset.programmes ?? []) {
  const reported = programme.reportedParticipants
  const countries = (programme.countries ?? []).map((code) => findCountry(code)?.name ?? code)
  console.log(
    `• ${programme.title} (${programme.period.start} – ${programme.period.end ?? "open"})`,
  )
  if (reported) {
    const byCountry = Object.entries(reported.byCountry ?? {})
      .map(([code, n]) => `${n} from ${findCountry(code)?.name ?? code}`)
      .join(", ")
    console.log(
      `    ${reported.total} participants from ${reported.countries ?? "?"} countries${byCountry ? `, including ${byCountry}` : ""}`,
    )
  }
  if (countries.length > 0)
    console.log(`    ${countries.length} countries: ${countries.join(", ")}`)
}
