/**
 * Two `where` closures with the same source text and different captured values. A plan calls
 * `where` once per programme when it is built, and its key hashes the programmes it selected
 * (programmeIdentity), not only the function's text: closures that select differently refuse
 * to merge, in one process and across processes; closures that select the same programmes
 * count the same, so merging them gives what one pass gives.
 */
import { describe, expect, it } from "vitest"
import {
  alumniTotals,
  createAlumniTotalsAccumulator,
  createParticipationsByCountryAccumulator,
  participationsByCountry,
} from "../../src/aggregate/index.js"
import type { Programme } from "../../src/index.js"
import { small } from "../fixtures/aggregate/small.js"

const incompatible = expect.objectContaining({ code: "aggregate/incompatible-accumulators" })
const participations = small.participations ?? []
const half = Math.floor(participations.length / 2)

/** The same source text for every call: only the captured values differ. */
const ofKind = (kind: string, orId: string) => (p: Programme) => p.kind === kind || p.id === orId

describe("`where` closures with the same source and different captured values", () => {
  it("refuse to merge when they select different programmes, in one process", () => {
    const a = createAlumniTotalsAccumulator(small, { where: ofKind("seminar", "none") })
    const b = createAlumniTotalsAccumulator(small, { where: ofKind("training-course", "none") })
    expect(() => a.merge(b)).toThrow(incompatible)
  })

  it("refuse to merge when they select different programmes, across processes", () => {
    const a = createParticipationsByCountryAccumulator(small, { where: ofKind("seminar", "x") })
    const b = createParticipationsByCountryAccumulator(small, {
      where: ofKind("training-course", "x"),
    })
    expect(() => a.mergeState(b.toState())).toThrow(incompatible)
    expect(() => b.mergeState(a.toState())).toThrow(incompatible)
  })

  it("merge as one pass when they select the same programmes", () => {
    const where = ofKind("seminar", "not-an-id")
    const same = ofKind("seminar", "neither-an-id")
    const a = createAlumniTotalsAccumulator(small, { where }).addAll(participations.slice(0, half))
    const b = createAlumniTotalsAccumulator(small, { where: same })
    b.addAll(participations.slice(half))
    expect(a.merge(b).result()).toEqual(alumniTotals(small, { where }))
    const c = createParticipationsByCountryAccumulator(small, { where })
    c.addAll(participations.slice(0, half))
    const d = createParticipationsByCountryAccumulator(small, { where: same })
    d.addAll(participations.slice(half))
    expect(c.mergeState(d.toState()).result()).toEqual(participationsByCountry(small, { where }))
  })
})
