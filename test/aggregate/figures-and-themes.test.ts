// DESIGN.md §7.1 and §7.2: goals reached through themes (`match`, `linked`) and approximate
// reported participants (`participationsByCountry(...).approximate`).
import { describe, expect, it } from "vitest"
import {
  AggregationError,
  createGoalCoverageAccumulator,
  createParticipationsByCountryAccumulator,
  goalCoverage,
  participationsByCountry,
} from "../../src/aggregate/index.js"
import type { Dataset, Programme, StrategicFramework } from "../../src/index.js"
import { exampleDataset } from "../../src/reference/example-dataset.js"
import { japanUnodcFramework } from "../../src/reference/japan-unodc-framework.js"

const held = (id: string, over: Partial<Programme>): Programme => ({
  id,
  title: id,
  kind: "seminar",
  status: "completed",
  period: { start: "2024-03", end: "2024-03" },
  ...over,
})

const framework: StrategicFramework = {
  id: "fw",
  title: "Framework",
  parties: [],
  adoptedOn: "2024",
  period: { start: "2024", end: "2026" },
  goals: [
    { id: "a", title: "Drugs", themes: ["drugs"] },
    { id: "b", title: "Drugs and cybercrime", themes: ["drugs", "cybercrime"] },
    { id: "c", title: "No themes" },
  ],
}

// p1, p3, p4, p7 link no goal of fw (p3 links another framework, p4 a goal fw does not have):
// they count for every goal sharing a theme. p2 links c: it counts for c only, although it
// has b's theme cybercrime. p5 is cancelled, p6 outside the period.
const dataset: Dataset = {
  programmes: [
    held("p1", { themes: ["drugs"], countries: ["TH"], reportedParticipants: { total: 10 } }),
    held("p2", { themes: ["cybercrime"], goals: [{ framework: "fw", goal: "c" }] }),
    held("p3", { themes: ["drugs"], goals: [{ framework: "other", goal: "a" }] }),
    held("p4", { themes: ["drugs"], goals: [{ framework: "fw", goal: "nope" }] }),
    held("p5", { themes: ["drugs"], status: "cancelled" }),
    held("p6", { themes: ["drugs"], period: { start: "2020", end: "2020" } }),
    held("p7", {
      themes: ["drugs", "cybercrime"],
      reportedParticipants: { total: 5, byCountry: { VN: 5 } },
    }),
  ],
}

const rows = (coverage: ReturnType<typeof goalCoverage>) =>
  coverage.goals.map((g) => [
    g.goal,
    g.covered,
    g.programmes,
    g.linked,
    g.participations,
    g.countries,
  ])

describe("goalCoverage: goals reached through themes", () => {
  it("counts a programme that links no goal of the framework for each goal sharing a theme", () => {
    expect(rows(goalCoverage(framework, dataset))).toEqual([
      ["a", true, 4, 0, 15, 2],
      ["b", true, 4, 0, 15, 2],
      ["c", true, 1, 1, 0, 0],
    ])
  })

  it('match: "links" counts explicit links only; the default is "links-and-themes"', () => {
    expect(rows(goalCoverage(framework, dataset, { match: "links" }))).toEqual([
      ["a", false, 0, 0, 0, 0],
      ["b", false, 0, 0, 0, 0],
      ["c", true, 1, 1, 0, 0],
    ])
    expect(goalCoverage(framework, dataset, { match: "links-and-themes" })).toEqual(
      goalCoverage(framework, dataset),
    )
    expect(goalCoverage(framework, dataset, { match: "links" }).gaps.goals).toEqual(["a", "b"])
  })

  it("gives the same result through the accumulator", () => {
    const { programmes } = dataset
    for (const match of ["links", "links-and-themes"] as const) {
      const acc = createGoalCoverageAccumulator(framework, { programmes }, { match })
      expect(acc.addAll([]).result()).toEqual(goalCoverage(framework, dataset, { match }))
    }
  })

  it("refuses another match", () => {
    expect(() => goalCoverage(framework, dataset, { match: "themes" } as never)).toThrow(
      AggregationError,
    )
    try {
      goalCoverage(framework, dataset, { match: "themes" } as never)
    } catch (error) {
      expect((error as AggregationError).code).toBe("aggregate/invalid-option")
    }
  })

  it("the shipped framework: the rule of law is reached through themes, linked by none", () => {
    const coverage = goalCoverage(japanUnodcFramework, exampleDataset)
    const ruleOfLaw = coverage.goals[0]
    expect(ruleOfLaw?.goal).toBe("rule-of-law")
    expect(ruleOfLaw?.linked).toBe(0)
    expect(ruleOfLaw?.programmes).toBeGreaterThan(0)
    expect(coverage.gaps.goals).toEqual([
      "maritime-order",
      "evidence-based-assistance",
      "visibility",
      "emerging-issues",
      "gender-wps-youth",
    ])
    expect(goalCoverage(japanUnodcFramework, exampleDataset, { match: "links" }).covered).toBe(0)
  })
})

describe("participationsByCountry: approximate", () => {
  const approximate = (programmes: Programme[], participations: Dataset["participations"] = []) =>
    participationsByCountry({ programmes, participations, participants: [] }).approximate

  it("is true when a seat counted came from a reported figure marked approximate", () => {
    expect(
      approximate([held("x", { reportedParticipants: { total: 40, approximate: true } })]),
    ).toBe(true)
    expect(approximate([held("x", { reportedParticipants: { total: 40 } })])).toBe(false)
    expect(approximate([])).toBe(false)
  })

  it("is false when the approximate figure counts no seat", () => {
    const about = { total: 40, approximate: true }
    // Per-person records win over reported figures.
    expect(
      approximate(
        [held("x", { reportedParticipants: about })],
        [{ participant: "p", programme: "x", status: "attended" }],
      ),
    ).toBe(false)
    expect(approximate([held("x", { reportedParticipants: about, status: "cancelled" })])).toBe(
      false,
    )
    expect(
      approximate([held("x", { reportedParticipants: { total: 0, approximate: true } })]),
    ).toBe(false)
    const filtered = participationsByCountry(
      { programmes: [held("x", { reportedParticipants: about })] },
      { kinds: ["training-course"] },
    )
    expect(filtered.approximate).toBe(false)
  })

  it("the example dataset: “about 40” and “approximately 60” make the seats approximate", () => {
    expect(participationsByCountry(exampleDataset).approximate).toBe(true)
    const uncac = participationsByCountry(exampleDataset, {
      where: (p) => p.id === "unafei-uncac-26",
    })
    expect(uncac).toEqual({
      total: 25,
      unattributed: 21,
      rows: [{ country: "UA", count: 4 }],
      approximate: false,
    })
  })

  it("gives the same through the accumulator, merged", () => {
    const programmes = [held("x", { reportedParticipants: { total: 40, approximate: true } })]
    const a = createParticipationsByCountryAccumulator({ programmes })
    const b = createParticipationsByCountryAccumulator({ programmes })
    expect(a.merge(b).result().approximate).toBe(true)
  })
})
