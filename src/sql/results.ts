// Turning the rows of sqlFor's SQL into the results of the JavaScript functions: the same
// shapes, the same order (code-unit order, as the JavaScript functions sort), built by the
// aggregate module's own helpers where they exist. Pure.
import { sortByCount } from "../aggregate/counts/count-rows.js"
import { coverageResult } from "../aggregate/counts/coverage-of.js"
import { crossTabRows } from "../aggregate/counts/cross-tab-rows.js"

type Row = Record<string, unknown>
type CountryCount = { country: string; count: number }

/** A count from an engine: a number, a BigInt or a numeric string. */
export const num = (v: unknown): number => (typeof v === "bigint" ? Number(v) : Number(v ?? 0))

/**
 * The rows keyed by `key`, and the sum of the rows whose key is NULL (the unattributed seats,
 * the undetermined periods, the unassigned countries), in the order of the rows.
 */
function keyedRows<K extends string>(
  rows: readonly Row[],
  key: K,
): { keyed: ({ [k in K]: string } & { count: number })[]; rest: number } {
  let rest = 0
  const keyed: ({ [k in K]: string } & { count: number })[] = []
  for (const row of rows) {
    const k = row[key]
    if (k === null || k === undefined) rest += num(row.count)
    else
      keyed.push({ [key]: String(k), count: num(row.count) } as { [k in K]: string } & {
        count: number
      })
  }
  return { keyed, rest }
}

/** participationsByCountry's result from its SQL rows. */
export function seatsFromRows(rows: readonly Row[]): {
  total: number
  unattributed: number
  rows: CountryCount[]
  approximate: boolean
} {
  const { keyed, rest } = keyedRows(rows, "country")
  sortByCount(keyed, (r) => r.country)
  const total = keyed.reduce((sum, r) => sum + r.count, rest)
  return {
    total,
    unattributed: rest,
    rows: keyed,
    approximate: rows.some((r) => r.approximate === true),
  }
}

/** alumniTotals' result from its SQL rows. */
export function alumniFromRows(rows: readonly Row[]): {
  alumni: number
  countries: number
  byCountry: CountryCount[]
} {
  const byCountry = sortByCount(keyedRows(rows, "country").keyed, (r) => r.country)
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
  const { keyed, rest } = keyedRows(rows, "period")
  return { rows: keyed, undetermined: rest }
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
  return coverageResult(framework, goals, cells)
}

/**
 * disaggregate's rows from its SQL rows: the SQL gives every cell's count (and flags the cells
 * below `minCount`); complementary suppression, the `null` count of a suppressed cell and the
 * order of the rows are applied here by disaggregate's own code.
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
  return crossTabRows(by, cells, minCount, order)
}

/** rollUp's result from its SQL rows. */
export function rollUpFromRows(rows: readonly Row[]): {
  rows: { group: string; count: number }[]
  unassigned: number
} {
  const { keyed, rest } = keyedRows(rows, "group")
  return { rows: sortByCount(keyed, (r) => r.group), unassigned: rest }
}
