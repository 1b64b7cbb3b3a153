import { describe, expect, it } from "vitest"
import { AggregationError, goalCoverage } from "../../src/aggregate/index.js"
import { framework, small } from "../fixtures/aggregate/small.js"

describe("goalCoverage", () => {
  it("computes goals, cells, totals and gaps by hand", () => {
    // In the framework's period 2024–2026: itc-184, uncac-26, cjs-1, and the open-ended
    // planned study group (from 2019). old-2018 ended before; the cancelled one never counts.
    // g1: itc-184 (3 seats; reaches VN KH + seats UA VN) and cjs-1 (3 seats; reaches TL, the
    //     10 ASEAN members on 2024-12-01, seats TL PH) → 12 countries.
    // g2: uncac-26, 25 reported seats, reaching UA. g3: the planned group, no seats, UA.
    // g4: only the cancelled seminar (and cjs-1's link to another framework) → a gap.
    // sea × corrections: itc-184 and cjs-1; sea × drugs: none (old-2018 is out of period).
    // ukraine × anti-corruption: uncac-26; ukraine × border-control: the planned group.
    // Goals and cells are counted apart (DESIGN.md §6): 3 of 4 goals, 3 of 4 cells.
    expect(goalCoverage(framework, small)).toEqual({
      framework: "fw",
      covered: 3,
      total: 4,
      ratio: 0.75,
      cellCoverage: { covered: 3, total: 4, ratio: 0.75 },
      goals: [
        {
          goal: "g1",
          title: "Rule of law",
          covered: true,
          programmes: 2,
          linked: 2,
          participations: 6,
          countries: 12,
        },
        {
          goal: "g2",
          title: "Anti-corruption",
          covered: true,
          programmes: 1,
          linked: 1,
          participations: 25,
          countries: 1,
        },
        {
          goal: "g3",
          title: "Borders",
          covered: true,
          programmes: 1,
          linked: 1,
          participations: 0,
          countries: 1,
        },
        {
          goal: "g4",
          title: "Drugs",
          covered: false,
          programmes: 0,
          linked: 0,
          participations: 0,
          countries: 0,
        },
      ],
      cells: [
        { region: "sea", theme: "corrections", covered: true, programmes: 2 },
        { region: "sea", theme: "drugs", covered: false, programmes: 0 },
        { region: "ukraine", theme: "anti-corruption", covered: true, programmes: 1 },
        { region: "ukraine", theme: "border-control", covered: true, programmes: 1 },
      ],
      gaps: { goals: ["g4"], cells: [{ region: "sea", theme: "drugs" }] },
    })
  })

  it("a region's groups count their members on any day of the framework's period", () => {
    // TL joins ASEAN on 2025-10-26: a 2024 programme for TL alone covers the SEA region of a
    // 2024–2026 framework, but not of a 2024 one.
    const dataset = {
      programmes: [
        {
          id: "tl",
          title: "t",
          kind: "seminar" as const,
          status: "completed" as const,
          period: { start: "2024-03", end: "2024-03" },
          countries: ["TL"],
          themes: ["corrections"],
        },
      ],
    }
    expect(goalCoverage(framework, dataset).cells[0]).toEqual({
      region: "sea",
      theme: "corrections",
      covered: true,
      programmes: 1,
    })
    const only2024 = { ...framework, period: { start: "2024", end: "2024" } }
    expect(goalCoverage(only2024, dataset).cells[0]?.covered).toBe(false)
  })

  it("a programme's groups reach their members on its start date", () => {
    const dataset = {
      programmes: [
        {
          id: "asean-2024",
          title: "t",
          kind: "seminar" as const,
          status: "completed" as const,
          period: { start: "2024-12", end: "2024-12" },
          groups: ["ASEAN"],
          goals: [{ framework: "fw", goal: "g1" }],
        },
        {
          id: "asean-2026",
          title: "t",
          kind: "seminar" as const,
          status: "completed" as const,
          period: { start: "2026-01", end: "2026-01" },
          groups: ["ASEAN"],
          goals: [{ framework: "fw", goal: "g2" }],
        },
      ],
    }
    const [g1, g2] = goalCoverage(framework, dataset).goals
    expect(g1?.countries).toBe(10)
    expect(g2?.countries).toBe(11)
  })

  it("programmes outside the framework's period do not count; an empty framework has ratio 0", () => {
    const empty = { ...framework, goals: [], priorityRegions: [] }
    expect(goalCoverage(empty, small)).toEqual({
      framework: "fw",
      covered: 0,
      total: 0,
      ratio: 0,
      cellCoverage: { covered: 0, total: 0, ratio: 0 },
      goals: [],
      cells: [],
      gaps: { goals: [], cells: [] },
    })
    const late = { ...framework, period: { start: "2030" } }
    expect(goalCoverage(late, small).goals.map((g) => g.programmes)).toEqual([0, 0, 1, 0])
  })

  it("goals and cells are counted apart, never added together", () => {
    // g4 is the only gap among the goals, sea × drugs the only one among the cells; with no
    // goals at all the goal ratio is 0 while the cells keep their own figures.
    const coverage = goalCoverage(framework, small)
    expect([coverage.covered, coverage.total]).toEqual([3, 4])
    expect(coverage.cellCoverage).toEqual({ covered: 3, total: 4, ratio: 0.75 })
    const noGoals = goalCoverage({ ...framework, goals: [] }, small)
    expect([noGoals.covered, noGoals.total, noGoals.ratio]).toEqual([0, 0, 0])
    expect(noGoals.cellCoverage).toEqual({ covered: 3, total: 4, ratio: 0.75 })
    const noRegions = goalCoverage({ ...framework, priorityRegions: [] }, small)
    expect([noRegions.covered, noRegions.total, noRegions.ratio]).toEqual([3, 4, 0.75])
    expect(noRegions.cellCoverage).toEqual({ covered: 0, total: 0, ratio: 0 })
    const oneGap = goalCoverage({ ...framework, goals: [{ id: "g4", title: "Drugs" }] }, small)
    expect([oneGap.covered, oneGap.total, oneGap.ratio]).toEqual([0, 1, 0])
  })

  it("an unknown group is a clear error", () => {
    const dataset = {
      programmes: [
        {
          id: "p",
          title: "t",
          kind: "seminar" as const,
          status: "completed" as const,
          period: { start: "2024" },
          groups: ["Atlantis"],
        },
      ],
    }
    expect(() => goalCoverage(framework, dataset)).toThrow(AggregationError)
    expect(() => goalCoverage(framework, dataset)).toThrow(
      "unknown group 'Atlantis' in the groups of programme 'p': define it in the dataset's groups, or use a reference grouping id such as 'ASEAN', 'G7' or 'EU'",
    )
  })

  it("the dataset's own groups come first", () => {
    const dataset = {
      groups: [{ id: "ASEAN", name: "My ASEAN", members: [{ country: "UA" }] }],
      programmes: [
        {
          id: "p",
          title: "t",
          kind: "seminar" as const,
          status: "completed" as const,
          period: { start: "2024" },
          groups: ["ASEAN"],
          themes: ["border-control"],
        },
      ],
    }
    const coverage = goalCoverage(framework, dataset)
    expect(coverage.cells.find((c) => c.theme === "border-control")?.covered).toBe(true)
    expect(coverage.cells.find((c) => c.theme === "corrections")?.covered).toBe(false)
  })

  it("periods overlap inclusively: a programme ending on the framework's first day counts", () => {
    const programme = {
      id: "edge",
      title: "t",
      kind: "seminar" as const,
      status: "completed" as const,
      period: { start: "2023-12", end: "2024-01-01" },
      goals: [{ framework: "fw", goal: "g4" }],
    }
    expect(goalCoverage(framework, { programmes: [programme] }).goals[3]?.programmes).toBe(1)
    const before = { ...programme, period: { start: "2023-12", end: "2023-12-31" } }
    expect(goalCoverage(framework, { programmes: [before] }).goals[3]?.programmes).toBe(0)
  })
})
