// Turning the rows of sqlFor's SQL into the results of the JavaScript functions: the same
// shapes, the same order (code-unit order, as the JavaScript functions sort). Pure.
import { suppressedCells } from "../aggregate/counts/suppress.js"

type Row = Record<string, unknown>
type CountryCount = { country: string; count: number }

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** A count from an engine: a number, a BigInt or a numeric string. */
export const num = (v: unknown): number => (typeof v === "bigint" ? Number(v) : Number(v ?? 0))

/** participationsByCountry's result from its SQL rows. */
export function seatsFromRows(rows: readonly Row[]): {
  total: number
  unattributed: number
  rows: CountryCount[]
  approximate: boolean
} {
  let unattributed = 0
  const out: CountryCount[] = []
  for (const row of rows) {
    if (row.country === null || row.country === undefined) unattributed += num(row.count)
    else out.push({ country: String(row.country), count: num(row.count) })
  }
  out.sort((a, b) => b.count - a.count || compare(a.country, b.country))
  const total = out.reduce((sum, r) => sum + r.count, unattributed)
  return { total, unattributed, rows: out, approximate: rows.some((r) => r.approximate === true) }
}

/** alumniTotals' result from its SQL rows. */
export function alumniFromRows(rows: readonly Row[]): {
  alumni: number
  countries: number
  byCountry: CountryCount[]
} {
  const byCountry = rows
    .map((r) => ({ country: String(r.country), count: num(r.count) }))
    .sort((a, b) => b.count - a.count || compare(a.country, b.country))
  return {
    alumni: byCountry.reduce((sum, r) => sum + r.count, 0),
    countries: byCountry.length,
    byCountry,
  }
}

/** countByPeriod's result from its SQL rows (already in time order). */
export function periodsFromRows(rows: readonly Row[]): {
  rows: { period: string; count: number }[]
  undetermined: number
} {
  let undetermined = 0
  const out: { period: string; count: number }[] = []
  for (const row of rows) {
    if (row.period === null || row.period === undefined) undetermined += num(row.count)
    else out.push({ period: String(row.period), count: num(row.count) })
  }
  return { rows: out, undetermined }
}

/** goalCoverage's result from its SQL rows. */
export function coverageFromRows(framework: string, rows: readonly Row[]) {
  const goals = rows
    .filter((r) => r.part === "goal")
    .map((r) => ({
      goal: String(r.goal),
      title: String(r.title),
      covered: num(r.programmes) > 0,
      programmes: num(r.programmes),
      linked: num(r.linked),
      participations: num(r.participations),
      countries: num(r.countries),
    }))
  const cells = rows
    .filter((r) => r.part === "cell")
    .map((r) => ({
      region: String(r.region),
      theme: String(r.theme),
      covered: num(r.programmes) > 0,
      programmes: num(r.programmes),
    }))
  const gaps = {
    goals: goals.filter((g) => !g.covered).map((g) => g.goal),
    cells: cells.filter((c) => !c.covered).map((c) => ({ region: c.region, theme: c.theme })),
  }
  // Goals and cells are counted apart and never added together (DESIGN.md §6).
  const covered = goals.length - gaps.goals.length
  const coveredCells = cells.length - gaps.cells.length
  return {
    framework,
    covered,
    total: goals.length,
    ratio: goals.length === 0 ? 0 : covered / goals.length,
    cellCoverage: {
      covered: coveredCells,
      total: cells.length,
      ratio: cells.length === 0 ? 0 : coveredCells / cells.length,
    },
    goals,
    cells,
    gaps,
  }
}

/**
 * disaggregate's rows from its SQL rows: the SQL gives every cell's count and flags the cells
 * below `minCount`; complementary suppression, the `null` count of a suppressed cell and the
 * order of the rows are applied here exactly as `disaggregate` applies them.
 */
export function crossTabFromRows(
  by: readonly string[],
  rows: readonly Row[],
  minCount = 0,
  order: "count" | "dimensions" = "count",
): Record<string, string | number | boolean | null>[] {
  const cells = rows.map((r) => ({
    values: by.map((d) => String(r[d] ?? r[d.toLowerCase()])),
    count: num(r.count),
  }))
  const flags = minCount > 0 ? suppressedCells(cells, minCount) : cells.map(() => false)
  const indices = cells.map((_, i) => i)
  const compareValues = (a: readonly string[], b: readonly string[]) => {
    for (let k = 0; k < a.length; k++) {
      const c = compare(a[k] as string, b[k] as string)
      if (c !== 0) return c
    }
    return 0
  }
  indices.sort((x, y) => {
    const a = cells[x] as (typeof cells)[number]
    const b = cells[y] as (typeof cells)[number]
    if (order === "count") {
      // Count descending, a suppressed cell (count unknown) after every counted one.
      const ca = flags[x] ? -1 : a.count
      const cb = flags[y] ? -1 : b.count
      if (ca !== cb) return cb - ca
    }
    return compareValues(a.values, b.values)
  })
  return indices.map((i) => {
    const cell = cells[i] as (typeof cells)[number]
    const row: Record<string, string | number | boolean | null> = {}
    by.forEach((d, k) => {
      row[d] = cell.values[k] as string
    })
    row.count = flags[i] ? null : cell.count
    if (flags[i]) row.suppressed = true
    return row
  })
}

/** rollUp's result from its SQL rows. */
export function rollUpFromRows(rows: readonly Row[]): {
  rows: { group: string; count: number }[]
  unassigned: number
} {
  let unassigned = 0
  const out: { group: string; count: number }[] = []
  for (const row of rows) {
    if (row.group === null || row.group === undefined) unassigned += num(row.count)
    else out.push({ group: String(row.group), count: num(row.count) })
  }
  out.sort((a, b) => b.count - a.count || compare(a.group, b.group))
  return { rows: out, unassigned }
}
