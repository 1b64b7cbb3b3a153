/**
 * A deliberately naive reading of DESIGN.md §6, written without the library's aggregation code:
 * nested scans, per-programme loops, plain objects keyed through Maps. The property tests check
 * that the fast, streaming implementation agrees with it on random datasets.
 */
import { firstDayNumber, firstDayOf, lastDayNumber } from "../../src/dates/index.js"
import type {
  Dataset,
  Grouping,
  Participation,
  Pledge,
  Programme,
  StrategicFramework,
} from "../../src/index.js"
import { groupingMembers, resolveGrouping } from "../../src/reference/groupings.js"

type Filter = {
  series?: string
  kinds?: readonly string[]
  themes?: readonly string[]
  during?: { start?: string; end?: string }
  asOf?: string
  seatCountry?: "participation" | "participant"
  match?: "links" | "links-and-themes"
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const sortRows = <T extends { count: number }>(rows: T[], key: (row: T) => string) =>
  rows.sort((a, b) => b.count - a.count || byCode(key(a), key(b)))

function uniqueProgrammes(ds: Dataset): Programme[] {
  const seen = new Set<string>()
  return (ds.programmes ?? []).filter((p) => {
    if (seen.has(p.id)) return false
    seen.add(p.id)
    return true
  })
}

function findProgramme(ds: Dataset, id: string): Programme | undefined {
  return (ds.programmes ?? []).find((p) => p.id === id)
}

function endDay(p: Programme): number {
  return p.period.end === undefined ? Number.POSITIVE_INFINITY : lastDayNumber(p.period.end)
}

export function selects(p: Programme, f: Filter): boolean {
  if (p.status === "cancelled" || p.status === "postponed") return false
  if (f.series !== undefined && p.series?.id !== f.series) return false
  if (f.kinds !== undefined && !f.kinds.includes(p.kind)) return false
  if (f.themes !== undefined && !(p.themes ?? []).some((t) => f.themes?.includes(t))) return false
  if (f.during !== undefined) {
    const from = f.during.start === undefined ? -Infinity : firstDayNumber(f.during.start)
    const until = f.during.end === undefined ? Infinity : lastDayNumber(f.during.end)
    if (firstDayNumber(p.period.start) > until || endDay(p) < from) return false
  }
  if (f.asOf !== undefined && firstDayNumber(p.period.start) > lastDayNumber(f.asOf)) return false
  return true
}

const isCountedRecord = (r: Participation) =>
  (r.role ?? "participant") === "participant" &&
  (r.status === "attended" || r.status === "completed")

function homeOf(ds: Dataset, id: string): string | undefined {
  return (ds.participants ?? []).find((p) => p.id === id)?.country
}

function seatCountry(ds: Dataset, r: Participation, f: Filter): string | undefined {
  return (f.seatCountry ?? "participation") === "participation"
    ? (r.country ?? homeOf(ds, r.participant))
    : homeOf(ds, r.participant)
}

/** Seats of one programme: [country or undefined (unattributed), count][] */
function seatsOf(ds: Dataset, p: Programme, f: Filter): [string | undefined, number][] {
  const records = (ds.participations ?? []).filter((r) => r.programme === p.id)
  if (records.length > 0) {
    return records.filter(isCountedRecord).map((r) => [seatCountry(ds, r, f), 1])
  }
  const reported = p.reportedParticipants
  if (reported === undefined) return []
  const seats: [string | undefined, number][] = []
  let sum = 0
  for (const [country, n] of Object.entries(reported.byCountry ?? {})) {
    seats.push([country, n])
    sum += n
  }
  seats.push([undefined, Math.max(0, reported.total - sum)])
  return seats
}

export function participationsByCountry(ds: Dataset, f: Filter = {}) {
  const counts = new Map<string, number>()
  let unattributed = 0
  let approximate = false
  for (const p of uniqueProgrammes(ds)) {
    if (!selects(p, f)) continue
    const hasRecords = (ds.participations ?? []).some((r) => r.programme === p.id)
    let seats = 0
    for (const [country, n] of seatsOf(ds, p, f)) {
      seats += n
      if (country === undefined) unattributed += n
      else counts.set(country, (counts.get(country) ?? 0) + n)
    }
    // §7.1: some seat counted came from reported participants marked approximate.
    if (!hasRecords && seats > 0 && p.reportedParticipants?.approximate === true) approximate = true
  }
  const rows = sortRows(
    [...counts].filter(([, n]) => n > 0).map(([country, count]) => ({ country, count })),
    (r) => r.country,
  )
  return {
    total: rows.reduce((s, r) => s + r.count, unattributed),
    unattributed,
    rows,
    approximate,
  }
}

function completionDayOf(ds: Dataset, r: Participation): number {
  if (r.completedOn !== undefined) return lastDayNumber(r.completedOn)
  const p = findProgramme(ds, r.programme)
  return p?.period.end === undefined ? Number.NaN : lastDayNumber(p.period.end)
}

function isAlumnusRecord(ds: Dataset, r: Participation, f: Filter): boolean {
  if (r.status !== "completed" || !isCountedRecord(r)) return false
  const p = findProgramme(ds, r.programme)
  if (p === undefined || !selects(p, f)) return false
  if (f.asOf !== undefined && !(completionDayOf(ds, r) <= lastDayNumber(f.asOf))) return false
  return true
}

export function alumniTotals(ds: Dataset, f: Filter = {}) {
  const counts = new Map<string, number>()
  const seen = new Set<string>()
  for (const person of ds.participants ?? []) {
    if (seen.has(person.id)) continue
    seen.add(person.id)
    const completed = (ds.participations ?? []).some(
      (r) => r.participant === person.id && isAlumnusRecord(ds, r, f),
    )
    if (completed) counts.set(person.country, (counts.get(person.country) ?? 0) + 1)
  }
  const byCountry = sortRows(
    [...counts].map(([country, count]) => ({ country, count })),
    (r) => r.country,
  )
  return {
    alumni: byCountry.reduce((s, r) => s + r.count, 0),
    countries: byCountry.length,
    byCountry,
  }
}

function fiscalLabel(start: string, month: number): string | undefined {
  const year = Number(start.slice(0, 4))
  if (start.length === 4) return month === 1 ? `FY${year}` : undefined
  return `FY${Number(start.slice(5, 7)) >= month ? year : year - 1}`
}

export function countByPeriod(
  ds: Dataset,
  o: Filter & {
    of: "programmes" | "participations"
    period: "year" | "fiscal-year"
    fiscalYearStartMonth?: number
  },
) {
  const counts = new Map<string, number>()
  let undetermined = 0
  for (const p of uniqueProgrammes(ds)) {
    if (!selects(p, o)) continue
    const n = o.of === "programmes" ? 1 : seatsOf(ds, p, o).reduce((s, [, k]) => s + k, 0)
    const label =
      o.period === "year"
        ? p.period.start.slice(0, 4)
        : fiscalLabel(p.period.start, o.fiscalYearStartMonth ?? 4)
    if (label === undefined) undetermined += n
    else counts.set(label, (counts.get(label) ?? 0) + n)
  }
  const rows = [...counts]
    .map(([period, count]) => ({ period, count }))
    .sort((a, b) => byCode(a.period, b.period))
  return { rows, undetermined }
}

function membersOn(ds: Dataset, id: string, date: string): string[] {
  const grouping = resolveGrouping(id, ds.groups) as Grouping
  return groupingMembers(grouping, date)
}

function membersDuring(ds: Dataset, id: string, start: number, end: number): string[] {
  const grouping = resolveGrouping(id, ds.groups) as Grouping
  return grouping.members
    .filter((m) => {
      const from = m.from === undefined ? -Infinity : firstDayNumber(m.from)
      const until = m.until === undefined ? Infinity : lastDayNumber(m.until)
      return from <= end && until >= start
    })
    .map((m) => m.country)
}

function reach(ds: Dataset, p: Programme, f: Filter): Set<string> {
  const countries = new Set(p.countries ?? [])
  for (const g of p.groups ?? [])
    for (const c of membersOn(ds, g, firstDayOf(p.period.start))) countries.add(c)
  for (const [c, n] of seatsOf(ds, p, f)) if (c !== undefined && n > 0) countries.add(c)
  return countries
}

export function goalCoverage(fw: StrategicFramework, ds: Dataset, f: Filter = {}) {
  const start = firstDayNumber(fw.period.start)
  const end = fw.period.end === undefined ? Infinity : lastDayNumber(fw.period.end)
  const inPeriod = uniqueProgrammes(ds).filter(
    (p) => selects(p, f) && firstDayNumber(p.period.start) <= end && endDay(p) >= start,
  )
  const goalIds = new Set(fw.goals.map((g) => g.id))
  const linksNone = (p: Programme) =>
    !(p.goals ?? []).some((l) => l.framework === fw.id && goalIds.has(l.goal))
  const goals = fw.goals.map((goal) => {
    const explicit = inPeriod.filter((p) =>
      (p.goals ?? []).some((l) => l.framework === fw.id && l.goal === goal.id),
    )
    // §7.2: a programme linking no goal of the framework counts through a shared theme.
    const themed =
      f.match === "links"
        ? []
        : inPeriod.filter(
            (p) => linksNone(p) && (p.themes ?? []).some((t) => (goal.themes ?? []).includes(t)),
          )
    const linked = [...explicit, ...themed]
    const countries = new Set<string>()
    for (const p of linked) for (const c of reach(ds, p, f)) countries.add(c)
    return {
      goal: goal.id,
      title: goal.title,
      covered: linked.length > 0,
      programmes: linked.length,
      linked: explicit.length,
      participations: linked.reduce(
        (s, p) => s + seatsOf(ds, p, f).reduce((t, [, n]) => t + n, 0),
        0,
      ),
      countries: countries.size,
    }
  })
  const cells = (fw.priorityRegions ?? []).flatMap((region) => {
    const countries = new Set(region.countries ?? [])
    for (const g of region.groups ?? [])
      for (const c of membersDuring(ds, g, start, end)) countries.add(c)
    return region.themes.map((theme) => {
      const programmes = inPeriod.filter(
        (p) =>
          (p.themes ?? []).includes(theme) && [...reach(ds, p, f)].some((c) => countries.has(c)),
      ).length
      return { region: region.id, theme, covered: programmes > 0, programmes }
    })
  })
  // Goals and cells are counted apart, never added together (DESIGN.md §6).
  const covered = goals.filter((g) => g.covered).length
  const coveredCells = cells.filter((c) => c.covered).length
  return {
    framework: fw.id,
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
    gaps: {
      goals: goals.filter((g) => !g.covered).map((g) => g.goal),
      cells: cells.filter((c) => !c.covered).map(({ region, theme }) => ({ region, theme })),
    },
  }
}

type Dim = "country" | "gender" | "profession" | "year" | "fiscalYear" | "theme" | "group"

export function disaggregate(
  ds: Dataset,
  o: Filter & {
    by: Dim[]
    of?: "participations" | "alumni"
    groups?: string[]
    fiscalYearStartMonth?: number
    minCount?: number
    order?: "count" | "dimensions"
  },
) {
  const alumni = o.of === "alumni"
  const cells = new Map<string, { values: string[]; keys: Set<string> }>()
  ;(ds.participations ?? []).forEach((r, index) => {
    const p = findProgramme(ds, r.programme)
    if (p === undefined || !selects(p, o) || !isCountedRecord(r)) return
    const person = (ds.participants ?? []).find((x) => x.id === r.participant)
    if (alumni && (person === undefined || !isAlumnusRecord(ds, r, o))) return
    const country = alumni ? person?.country : seatCountry(ds, r, o)
    const lists = o.by.map((d): string[] => {
      switch (d) {
        case "country":
          return [country ?? "unknown"]
        case "gender":
          return [person?.gender ?? "unknown"]
        case "profession":
          return [person?.profession ?? "unknown"]
        case "year":
          return [p.period.start.slice(0, 4)]
        case "fiscalYear":
          return [fiscalLabel(p.period.start, o.fiscalYearStartMonth ?? 4) ?? "undetermined"]
        case "theme":
          return (p.themes ?? []).length === 0 ? ["unknown"] : [...new Set(p.themes)]
        default: {
          const ids = (o.groups ?? []).filter(
            (g) =>
              country !== undefined &&
              membersOn(ds, g, firstDayOf(p.period.start)).includes(country),
          )
          return ids.length === 0 ? ["unknown"] : ids
        }
      }
    })
    let combos: string[][] = [[]]
    for (const list of lists) combos = combos.flatMap((c) => list.map((v) => [...c, v]))
    for (const values of combos) {
      const key = JSON.stringify(values)
      let cell = cells.get(key)
      if (cell === undefined) {
        cell = { values, keys: new Set() }
        cells.set(key, cell)
      }
      cell.keys.add(alumni ? `person:${r.participant}` : `record:${index}`)
    }
  })
  const rows = [...cells.values()].map(({ values, keys }) => ({
    values,
    count: keys.size,
    suppressed: keys.size < (o.minCount ?? 0),
  }))
  // Complementary suppression, naively: for each dimension in turn, each line (cells equal but
  // in that dimension) with exactly one suppressed cell gets its smallest other cell (then the
  // smallest values) suppressed too; again until nothing changes.
  const byValues = (a: string[], b: string[]) => {
    for (let k = 0; k < a.length; k++) {
      const c = byCode(a[k] as string, b[k] as string)
      if (c !== 0) return c
    }
    return 0
  }
  for (let again = rows.some((r) => r.suppressed); again; ) {
    again = false
    for (let k = 0; k < o.by.length; k++) {
      const seen = new Set<string>()
      for (const row of rows) {
        const others = JSON.stringify(row.values.filter((_, j) => j !== k))
        if (seen.has(others)) continue
        seen.add(others)
        const line = rows.filter(
          (r) => JSON.stringify(r.values.filter((_, j) => j !== k)) === others,
        )
        const open = line
          .filter((r) => !r.suppressed)
          .sort((a, b) => a.count - b.count || byValues(a.values, b.values))
        if (line.filter((r) => r.suppressed).length === 1 && open[0] !== undefined) {
          open[0].suppressed = true
          again = true
        }
      }
    }
  }
  rows.sort((a, b) => {
    if (o.order === "dimensions") return byValues(a.values, b.values)
    const x = a.suppressed ? -1 : a.count
    const y = b.suppressed ? -1 : b.count
    if (x !== y) return y - x
    return byValues(a.values, b.values)
  })
  return rows.map(({ values, count, suppressed }) => ({
    ...Object.fromEntries(o.by.map((d, k) => [d, values[k]])),
    count: suppressed ? null : count,
    ...(suppressed ? { suppressed: true } : {}),
  }))
}

export function pledgeProgress(pledge: Pledge, o: { asOf: string; dataset?: Dataset }) {
  const asOf = lastDayNumber(o.asOf)
  const first = firstDayNumber(pledge.period.start)
  const last = lastDayNumber(pledge.period.end)
  const elapsed = Math.min(
    1,
    Math.max(0, last === first ? (asOf >= last ? 1 : 0) : (asOf - first) / (last - first)),
  )
  const ds = o.dataset ?? {}
  const targets = pledge.targets.map((t) => {
    const goal = t.kind === "money" ? t.money.amount : t.value
    const records = (pledge.fulfilments ?? []).filter(
      (r) =>
        r.target === t.id &&
        lastDayNumber(r.on) <= asOf &&
        (t.kind === "money" ? r.money : r.value) !== undefined,
    )
    const amount = (r: (typeof records)[number]) =>
      t.kind === "money" ? (r.money?.amount ?? 0) : (r.value ?? 0)
    // A record is replaced when a cumulative record is dated after it.
    const live = records.filter(
      (r) =>
        !records.some((c) => c.kind === "cumulative" && lastDayNumber(c.on) > lastDayNumber(r.on)),
    )
    let achieved = live.filter((r) => r.kind !== "cumulative").reduce((s, r) => s + amount(r), 0)
    const cumulative = live.filter((r) => r.kind === "cumulative").map(amount)
    if (cumulative.length > 0) achieved += Math.max(...cumulative)
    if (t.kind === "quantity" && t.metric === "people-trained") {
      achieved += (ds.participations ?? []).filter((r) => {
        if (r.status !== "completed" || !isCountedRecord(r)) return false
        const p = findProgramme(ds, r.programme)
        if (p === undefined || p.status === "cancelled" || p.status === "postponed") return false
        if (!(p.pledges ?? []).includes(pledge.id)) return false
        return completionDayOf(ds, r) <= asOf
      }).length
    }
    const ratio = goal === 0 ? 1 : achieved / goal
    const status =
      asOf < first
        ? "not-started"
        : achieved > goal
          ? "exceeded"
          : achieved === goal
            ? "met"
            : asOf > last
              ? "missed"
              : ratio >= elapsed
                ? "on-track"
                : "behind"
    return { target: t.id, kind: t.kind, goal, achieved, ratio, status }
  })
  const status =
    asOf < first
      ? "not-started"
      : (["missed", "behind", "on-track", "met", "exceeded"].find((s) =>
          targets.some((t) => t.status === s),
        ) ?? "met")
  return { pledge: pledge.id, asOf: o.asOf, elapsed, status, targets }
}

export function rollUp(
  rows: { country: string; count: number }[],
  groups: string[],
  o: { on?: string; dataset?: Dataset },
) {
  const ds = o.dataset ?? {}
  const ids = [...new Set(groups)]
  const membersOf = (id: string) => {
    const g = resolveGrouping(id, ds.groups) as Grouping
    return new Set(o.on === undefined ? g.members.map((m) => m.country) : groupingMembers(g, o.on))
  }
  const sets = ids.map(membersOf)
  const out = ids.map((group, k) => ({
    group,
    count: rows.filter((r) => sets[k]?.has(r.country)).reduce((s, r) => s + r.count, 0),
  }))
  const unassigned = rows
    .filter((r) => !sets.some((s) => s.has(r.country)))
    .reduce((s, r) => s + r.count, 0)
  return { rows: sortRows(out, (r) => r.group), unassigned }
}
