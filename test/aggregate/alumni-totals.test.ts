import { describe, expect, it } from "vitest"
import { alumniTotals, createAlumniAccumulator } from "../../src/aggregate/index.js"
import { uncac26 } from "../fixtures/aggregate/seed.js"
import { small } from "../fixtures/aggregate/small.js"

describe("alumniTotals", () => {
  it("counts each person once, under their own home country", () => {
    // a (UA) and b (VN) completed itc-184; b also completed cjs-1 representing PH (still VN);
    // e (TL) completed cjs-1; f lectured; d's completion is in a cancelled programme.
    expect(alumniTotals(small)).toEqual({
      alumni: 3,
      countries: 3,
      byCountry: [
        { country: "TL", count: 1 },
        { country: "UA", count: 1 },
        { country: "VN", count: 1 },
      ],
    })
  })

  it("reported figures name no person", () => {
    expect(alumniTotals({ programmes: [uncac26] })).toEqual({
      alumni: 0,
      countries: 0,
      byCountry: [],
    })
  })

  it("filters by series and period", () => {
    expect(alumniTotals(small, { series: "unafei-itc" })).toEqual({
      alumni: 2,
      countries: 2,
      byCountry: [
        { country: "UA", count: 1 },
        { country: "VN", count: 1 },
      ],
    })
    expect(alumniTotals(small, { during: { start: "2024-12-01" } }).byCountry).toEqual([
      { country: "TL", count: 1 },
      { country: "VN", count: 1 },
    ])
  })

  it("with asOf, counts completions dated on or before it (completedOn, else the programme's end)", () => {
    expect(alumniTotals(small, { asOf: "2024-11-15" }).alumni).toBe(2)
    expect(alumniTotals(small, { asOf: "2024-11-14" }).alumni).toBe(0)
    // cjs-1 ends 2024-12 (its last day): as of 2024-12-30 its completions are not yet dated.
    expect(alumniTotals(small, { asOf: "2024-12-30" }).alumni).toBe(2)
    expect(alumniTotals(small, { asOf: "2024" }).alumni).toBe(3)
  })

  it("an undated completion does not count as of a date", () => {
    const dataset = {
      programmes: [
        {
          id: "p",
          title: "t",
          kind: "seminar" as const,
          status: "ongoing" as const,
          period: { start: "2024" },
        },
      ],
      participants: [{ id: "s", country: "NP" }],
      participations: [{ participant: "s", programme: "p", status: "completed" as const }],
    }
    expect(alumniTotals(dataset).alumni).toBe(1)
    expect(alumniTotals(dataset, { asOf: "2030" }).alumni).toBe(0)
  })

  it("its accumulator merges parts", () => {
    const records = small.participations ?? []
    const left = createAlumniAccumulator(small).addAll(records.slice(0, 3))
    const right = createAlumniAccumulator(small).addAll(records.slice(3))
    expect(left.merge(right).result()).toEqual(alumniTotals(small))
    // Merging changes neither side.
    expect(left.result().alumni).toBe(2)
  })

  it("its state crosses threads as cloneable data; a state of other options is refused", () => {
    const records = small.participations ?? []
    const state = structuredClone(createAlumniAccumulator(small).addAll(records.slice(3)).toState())
    const merged = createAlumniAccumulator(small).addAll(records.slice(0, 3)).mergeState(state)
    expect(merged.result()).toEqual(alumniTotals(small))
    expect(() =>
      createAlumniAccumulator(small, { series: "unafei-itc" }).mergeState(state),
    ).toThrow(/cannot merge two alumniTotals accumulators built for different datasets or options/)
  })
})
