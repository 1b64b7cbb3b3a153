import { describe, expect, it } from "vitest"
import {
  AggregationError,
  createRollUpAccumulator,
  participationsByCountry,
  rollUp,
} from "../../src/aggregate/index.js"
import { groupingMembers } from "../../src/reference/groupings.js"
import { small } from "../fixtures/aggregate/small.js"

const rows = participationsByCountry(small).rows // UA 5, VN 2, PH 1, TL 1

describe("rollUp", () => {
  it("sums countries into groups, at any time without a date", () => {
    expect(rollUp(rows, ["ASEAN", "G7"])).toEqual({
      rows: [
        { group: "ASEAN", count: 4 },
        { group: "G7", count: 0 },
      ],
      unassigned: 5,
    })
  })

  it("on a date, only the members of that date", () => {
    expect(rollUp(rows, ["G7", "ASEAN"], { on: "2024-12-01" })).toEqual({
      rows: [
        { group: "ASEAN", count: 3 },
        { group: "G7", count: 0 },
      ],
      unassigned: 6,
    })
    // A year means any day of it, as groupingMembers reads it.
    expect(rollUp(rows, ["ASEAN"], { on: "2025" }).rows).toEqual([{ group: "ASEAN", count: 4 }])
    expect(
      groupingMembers(
        { id: "x", name: "x", members: [{ country: "TL", from: "2025-10-26" }] },
        "2025",
      ),
    ).toEqual(["TL"])
  })

  it("a country in several groups counts in each; groupings may be given inline", () => {
    const mekong = { id: "mekong", name: "Mekong", members: [{ country: "VN" }, { country: "KH" }] }
    expect(rollUp(rows, ["ASEAN", mekong, "ASEAN"])).toEqual({
      rows: [
        { group: "ASEAN", count: 4 },
        { group: "mekong", count: 2 },
      ],
      unassigned: 5,
    })
  })

  it("the dataset's groups come first; an unknown id is an error", () => {
    const dataset = { groups: [{ id: "G7", name: "mine", members: [{ country: "UA" }] }] }
    expect(rollUp(rows, ["G7"], { dataset }).rows).toEqual([{ group: "G7", count: 5 }])
    expect(() => rollUp(rows, ["Atlantis"])).toThrow(AggregationError)
    expect(() => rollUp(rows, ["Atlantis"])).toThrow(
      /unknown group 'Atlantis' in the groups of rollUp \(groups\[0\]\)/,
    )
  })

  it("no groups: every row is unassigned", () => {
    expect(rollUp(rows, [])).toEqual({ rows: [], unassigned: 9 })
  })

  it("its accumulator adds rows one by one", () => {
    const acc = createRollUpAccumulator(["ASEAN"]).addAll(rows.slice(0, 2))
    const merged = acc.merge(createRollUpAccumulator(["ASEAN"]).addAll(rows.slice(2)))
    expect(merged.result()).toEqual(rollUp(rows, ["ASEAN"]))
    expect(() => acc.merge(createRollUpAccumulator(["G7"]))).toThrow(
      /cannot merge two rollUp accumulators/,
    )
  })
})
