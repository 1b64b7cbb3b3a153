import type { Programme } from "../../schemas/programme.js"
import type { StrategicFramework } from "../../schemas/strategic-framework.js"
import type { ProgrammeTable } from "../context/programme-table.js"
import type { CoverageCell, GoalCoverage, GoalCoverageRow } from "../goal-coverage.js"

/** What `coverageOf` reads of goalCoverage's plan. */
export type CoveragePlan = {
  readonly framework: StrategicFramework
  readonly programmes: ProgrammeTable
  /** Per goal of the framework: the programmes that count for it. */
  readonly goalProgrammes: readonly (readonly number[])[]
  /** Per goal of the framework: how many of them link it. */
  readonly goalLinked: readonly number[]
  /** Per priority region: its countries. */
  readonly regions: readonly ReadonlySet<string>[]
}

/**
 * The result of `goalCoverage`: its goals and cells, from the seats and the countries reached
 * of each programme (docs/counting-rules.md#goalcoverage).
 */
export function coverageOf(
  plan: CoveragePlan,
  seats: Float64Array,
  reached: readonly (Set<string> | undefined)[],
): GoalCoverage {
  const { framework } = plan
  const { list } = plan.programmes
  const n = list.length
  const goals: GoalCoverageRow[] = framework.goals.map((goal, g) => {
    const linked = plan.goalProgrammes[g] ?? [] // linked, or through a theme
    const countries = new Set<string>()
    let participations = 0
    for (const i of linked) {
      participations += seats[i] as number
      for (const country of reached[i] ?? []) countries.add(country)
    }
    return {
      goal: goal.id,
      title: goal.title,
      covered: linked.length > 0,
      programmes: linked.length,
      linked: plan.goalLinked[g] ?? 0,
      participations,
      countries: countries.size,
    }
  })

  const cells: CoverageCell[] = []
  ;(framework.priorityRegions ?? []).forEach((region, r) => {
    const regionCountries = plan.regions[r] as ReadonlySet<string>
    const themeCounts = new Map<string, number>()
    for (const theme of region.themes) themeCounts.set(theme, 0)
    for (let i = 0; i < n; i++) {
      const countries = reached[i]
      if (countries === undefined) continue
      const themes = (list[i] as Programme).themes
      if (themes === undefined || !themes.some((t) => themeCounts.has(t))) continue
      let reaches = false
      for (const country of countries) {
        if (regionCountries.has(country)) {
          reaches = true
          break
        }
      }
      if (!reaches) continue
      for (const theme of new Set(themes)) {
        const count = themeCounts.get(theme)
        if (count !== undefined) themeCounts.set(theme, count + 1)
      }
    }
    for (const theme of region.themes) {
      const programmes = themeCounts.get(theme) ?? 0
      cells.push({ region: region.id, theme, covered: programmes > 0, programmes })
    }
  })

  return coverageResult(framework.id, goals, cells)
}

/**
 * goalCoverage's result from its goals and cells (from the records, or from an engine's rows):
 * the gaps, and goals and cells covered, each counted apart.
 */
export function coverageResult(
  framework: string,
  goals: GoalCoverageRow[],
  cells: CoverageCell[],
): GoalCoverage {
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
