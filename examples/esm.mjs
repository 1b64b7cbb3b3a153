// An ES module that imports from the subpath entry points: a bundler keeps only what each
// one needs (`justice-cooperation/aggregate` brings no Zod).
//
//   node examples/esm.mjs
import { countByPeriod, participationsByCountry, rollUp } from "justice-cooperation/aggregate"
import { exampleDataset, findCountry, membersOf } from "justice-cooperation/reference"
import { parseDataset } from "justice-cooperation/validate"

// parseDataset returns the dataset, or throws a DatasetError listing every problem.
const dataset = parseDataset(exampleDataset)
console.log(`programmes: ${dataset.programmes.length}`)

// Japan's fiscal year starts in April and is named by the year it starts in. A programme
// dated by year only ("2018") cannot be placed in a fiscal year: it is undetermined.
const byFiscalYear = countByPeriod(dataset, { of: "programmes", period: "fiscal-year" })
for (const { period, count } of byFiscalYear.rows) console.log(`  ${period}  ${count}`)
console.log(`  undetermined  ${byFiscalYear.undetermined}`)

// Groupings have dated membership: Timor-Leste joined ASEAN on 2025-10-26.
console.log(`ASEAN members on 2024-12-01: ${membersOf("ASEAN", "2024-12-01").length}`)
console.log(`ASEAN members on 2025-11-01: ${membersOf("ASEAN", "2025-11-01").length}`)

// Seats per country, summed into groupings (Europe is the UN M49 region m49-150).
const seats = participationsByCountry(dataset)
for (const { country, count } of seats.rows)
  console.log(`seats from ${findCountry(country)?.name}: ${count}`)
const groups = rollUp(seats.rows, ["ASEAN", "G7", "m49-150"], { on: "2024-12-01" })
console.log(`by grouping: ${groups.rows.map((r) => `${r.group} ${r.count}`).join(", ")}`)
