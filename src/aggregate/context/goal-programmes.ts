import type { Programme } from "../../schemas/programme.js"
import type { StrategicFramework } from "../../schemas/strategic-framework.js"

/**
 * Per goal of a framework, the programmes that count for it: those that link it, and with
 * `links-and-themes` those that link no goal of the framework but share a theme with it.
 * Programmes are added once each, in order; a goal id given twice counts as its first.
 */
export class GoalProgrammes {
  /** Per goal: the programmes that count for it (linked, or through a theme). */
  readonly programmes: number[][]
  /** Per goal: how many of its programmes link it. */
  readonly linked: number[]
  private readonly frameworkId: string
  private readonly goalIndex = new Map<string, number>()
  private readonly goalThemes: ReadonlySet<unknown>[]

  constructor(framework: StrategicFramework, throughThemes: boolean) {
    this.frameworkId = framework.id
    framework.goals.forEach((goal, g) => {
      if (!this.goalIndex.has(goal.id)) this.goalIndex.set(goal.id, g)
    })
    this.programmes = framework.goals.map(() => [])
    this.linked = framework.goals.map(() => 0)
    this.goalThemes = throughThemes
      ? framework.goals.map((goal) => new Set(Array.isArray(goal.themes) ? goal.themes : []))
      : []
  }

  /** Counts programme `i` for the goals it links, or else for those it shares a theme with. */
  add(programme: Programme, i: number): void {
    const linked = new Set<number>()
    for (const link of programme.goals ?? []) {
      if (link.framework !== this.frameworkId) continue
      const g = this.goalIndex.get(link.goal)
      if (g !== undefined && !linked.has(g)) {
        linked.add(g)
        this.programmes[g]?.push(i)
        this.linked[g] = (this.linked[g] as number) + 1
      }
    }
    const themes = programme.themes
    if (linked.size === 0 && Array.isArray(themes) && this.goalThemes.length > 0) {
      this.goalThemes.forEach((goalThemes, g) => {
        if (themes.some((theme) => goalThemes.has(theme))) this.programmes[g]?.push(i)
      })
    }
  }
}
