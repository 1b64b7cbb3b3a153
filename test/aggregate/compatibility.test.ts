/**
 * Accumulators merge only when built from the same data and options: the key hashes what the
 * plan holds (ids, selections, dates, the checked options, a `where` function's source), not
 * the number of programmes or a placeholder for every function.
 */
import { describe, expect, it } from "vitest"
import {
  createAlumniTotalsAccumulator,
  createParticipationsByCountryAccumulator,
} from "../../src/aggregate/index.js"
import type { Dataset } from "../../src/index.js"
import { small } from "../fixtures/aggregate/small.js"

const incompatible = expect.objectContaining({ code: "aggregate/incompatible-accumulators" })

/** The same dataset with one programme's id changed: as many programmes, other data. */
const programmes = small.programmes ?? []
const renamed: Dataset = {
  ...small,
  programmes: programmes.map((p) => (p.id === "old-2018" ? { ...p, id: "old-2019" } : p)),
}

describe("merging accumulators", () => {
  it("refuses accumulators whose `where` filters differ", () => {
    const a = createAlumniTotalsAccumulator(small, { where: (p) => p.kind === "seminar" })
    const b = createAlumniTotalsAccumulator(small, { where: (p) => p.kind !== "seminar" })
    expect(() => a.merge(b)).toThrow(incompatible)
    expect(() => a.mergeState(b.toState())).toThrow(incompatible)
  })

  it("merges accumulators whose `where` filters are the same", () => {
    const where = (p: { kind: string }) => p.kind === "seminar"
    const a = createAlumniTotalsAccumulator(small, { where }).addAll(small.participations ?? [])
    const b = createAlumniTotalsAccumulator(small, { where })
    expect(a.merge(b).result()).toEqual(a.result())
    expect(b.mergeState(a.toState()).result()).toEqual(a.result())
  })

  it("refuses accumulators built from different data of the same size", () => {
    expect(renamed.programmes?.length).toBe(programmes.length)
    const a = createParticipationsByCountryAccumulator(small)
    const b = createParticipationsByCountryAccumulator(renamed)
    expect(() => a.merge(b)).toThrow(incompatible)
    expect(() => b.mergeState(a.toState())).toThrow(incompatible)
  })

  it("refuses accumulators whose other options differ", () => {
    const a = createParticipationsByCountryAccumulator(small, { series: "unafei-itc" })
    const b = createParticipationsByCountryAccumulator(small, { series: "unafei-uncac" })
    expect(() => a.merge(b)).toThrow(incompatible)
    const c = createParticipationsByCountryAccumulator(small, { seatCountry: "participant" })
    expect(() => createParticipationsByCountryAccumulator(small).merge(c)).toThrow(incompatible)
  })
})
