// Importing CSV files: parse them with any CSV parser (here csv-parse), turn the rows into
// typed records with `fromRows`, then check the references between them with `validateDataset`.
//
//   node examples/import-csv.mjs                 # the sample files in examples/data/
//   node examples/import-csv.mjs programmes.csv  # your own programmes file (exit 1 on errors)
//
// Guide: docs/importing-csv.md. The sample records are synthetic ("sample-…" ids).
import { readFileSync } from "node:fs"
import { parse } from "csv-parse/sync"
import {
  alumniTotals,
  disaggregate,
  exampleDataset,
  findCountry,
  fromRows,
  participationsByCountry,
  validateDataset,
} from "justice-cooperation"

const data = new URL("./data/", import.meta.url)

/** Reads a CSV file with a header row into rows of strings, as `fromRows` expects. */
function readCsv(path) {
  // relax_column_count: a blank line is read as an empty row, which fromRows skips while
  // keeping the row numbers of the lines after it (skip_empty_lines would shift them).
  return parse(readFileSync(path), { columns: true, bom: true, relax_column_count: true })
}

/** Reads one file into records of one kind; prints every issue with its row and column. */
function read(kind, path) {
  const result = fromRows(kind, readCsv(path))
  for (const issue of result.issues)
    console.log(`  ${issue.severity} [${issue.code}] ${issue.message}`)
  return result
}

const programmesFile = process.argv[2] ?? new URL("programmes.csv", data)
const programmes = read("programmes", programmesFile)
if (!programmes.ok) {
  console.log(`${programmesFile}: ${programmes.issues.length} problems, nothing imported`)
  process.exit(1)
}
const participants = read("participants", new URL("participants.csv", data))
const participations = read("participations", new URL("participations.csv", data))
if (!participants.ok || !participations.ok) process.exit(1)
console.log(
  `read ${programmes.records.length} programmes, ${participants.records.length} participants, ` +
    `${participations.records.length} participations`,
)

// fromRows checks each record on its own; references (a participation's programme, a
// programme's organisations) are checked once the records form a dataset. The organisations
// come from the example dataset shipped with the library.
const checked = validateDataset({
  organisations: exampleDataset.organisations,
  programmes: programmes.records,
  participants: participants.records,
  participations: participations.records,
})
console.log(`validation: ${checked.ok ? "ok" : "failed"}, ${checked.issues.length} issues`)
for (const issue of checked.issues)
  console.log(`  ${issue.severity} [${issue.code}] ${issue.message}`)
if (!checked.ok) process.exit(1)
const dataset = checked.dataset

const seats = participationsByCountry(dataset)
console.log(`\nseats: ${seats.total} (${seats.unattributed} reported without a country)`)
for (const { country, count } of seats.rows)
  console.log(`  ${country}  ${findCountry(country)?.name.padEnd(34)} ${String(count).padStart(3)}`)

const alumni = alumniTotals(dataset)
console.log(`\nalumni: ${alumni.alumni} people from ${alumni.countries} countries`)

console.log("\nalumni by gender (per-person records only):")
for (const row of disaggregate(dataset, { of: "alumni", by: ["gender"] }))
  console.log(`  ${row.gender.padEnd(8)} ${row.count}`)
