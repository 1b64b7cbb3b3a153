// The notebook of examples/notebook.deno.ts, for Bun: the same cells, with a plain package
// import (Bun resolves it through node_modules; inside this repository, the package itself).
//
//   bun examples/notebook.bun.ts

// %% Load the example dataset drawn from the seed texts, and validate it.
import {
  countByPeriod,
  exampleDataset,
  goalCoverage,
  participationsByCountry,
  pledgeProgress,
  validateDataset,
} from "justice-cooperation"

const checked = validateDataset(exampleDataset)
if (!checked.ok || checked.dataset === undefined) throw new Error("the example dataset is invalid")
const dataset = checked.dataset

/** Prints rows as an aligned text table (the same in every runtime, unlike console.table). */
function table(rows: Record<string, string | number | boolean>[]): void {
  const first = rows[0]
  if (first === undefined) {
    console.log("(no rows)")
    return
  }
  const columns = Object.keys(first)
  const width = (c: string) => Math.max(c.length, ...rows.map((r) => String(r[c]).length))
  const line = (cells: string[]) => cells.join("  ").trimEnd()
  console.log(line(columns.map((c) => c.padEnd(width(c)))))
  for (const row of rows) console.log(line(columns.map((c) => String(row[c]).padEnd(width(c)))))
  console.log()
}

// %% Seats per country: per-person records where a programme has them, else reported figures.
const seats = participationsByCountry(dataset)
table([...seats.rows, { country: "unattributed", count: seats.unattributed }])

// %% Programmes per Japanese fiscal year (April–March), by their start.
const years = countByPeriod(dataset, { of: "programmes", period: "fiscal-year" })
table([...years.rows, { period: "undetermined", count: years.undetermined }])

// %% Goal coverage of the Japan–UNODC framework 2024–2026, per priority region.
for (const framework of dataset.frameworks ?? []) {
  const coverage = goalCoverage(framework, dataset)
  const regions = new Map<string, { region: string; themes: number; covered: number }>()
  for (const cell of coverage.cells) {
    const row = regions.get(cell.region) ?? { region: cell.region, themes: 0, covered: 0 }
    row.themes++
    if (cell.covered) row.covered++
    regions.set(cell.region, row)
  }
  table([...regions.values()])
}

// %% Pledge progress on a fixed date.
table(
  (dataset.pledges ?? []).map((pledge) => {
    const progress = pledgeProgress(pledge, { asOf: "2026-06-30", dataset })
    return { pledge: pledge.id, status: progress.status, elapsed: progress.elapsed.toFixed(2) }
  }),
)
