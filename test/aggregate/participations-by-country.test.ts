import { describe, expect, it } from "vitest"
import {
  createParticipationsByCountryAccumulator,
  participationsByCountry,
} from "../../src/aggregate/index.js"
import { uncac26 } from "../fixtures/aggregate/seed.js"
import { small } from "../fixtures/aggregate/small.js"

describe("participationsByCountry", () => {
  it("the 26th UNCAC programme: 25 seats, 4 from Ukraine, 21 unattributed", () => {
    expect(participationsByCountry({ programmes: [uncac26] })).toEqual({
      total: 25,
      unattributed: 21,
      rows: [{ country: "UA", count: 4 }],
      approximate: false,
    })
  })

  it("counts seats by hand on the small dataset", () => {
    // itc-184: a (UA), b (VN), c (VN, attended); d withdrew, f lectured.
    // cjs-1: e represents TL, b represents PH, x is unknown (no country) → unattributed.
    // uncac-26 (no records): UA 4 + 21 unattributed; old-2018: 10 unattributed;
    // the cancelled programme and the record of an unknown programme count nothing.
    expect(participationsByCountry(small)).toEqual({
      total: 41,
      unattributed: 32,
      rows: [
        { country: "UA", count: 5 },
        { country: "VN", count: 2 },
        { country: "PH", count: 1 },
        { country: "TL", count: 1 },
      ],
      approximate: false,
    })
  })

  it("counts a seat under the home country with seatCountry: 'participant'", () => {
    expect(participationsByCountry(small, { seatCountry: "participant" }).rows).toEqual([
      { country: "UA", count: 5 },
      { country: "VN", count: 3 },
      { country: "TL", count: 1 },
    ])
  })

  it("a programme with any record at all does not use its reported figures", () => {
    const programme = { ...uncac26, id: "p" }
    const result = participationsByCountry({
      programmes: [programme],
      participants: [{ id: "s", country: "JP" }],
      participations: [{ participant: "s", programme: "p", status: "completed", role: "staff" }],
    })
    expect(result).toEqual({ total: 0, unattributed: 0, rows: [], approximate: false })
  })

  it("filters programmes by series, kind, theme, period, predicate and asOf", () => {
    expect(participationsByCountry(small, { series: "unafei-uncac" }).total).toBe(25)
    expect(participationsByCountry(small, { series: ["unafei-uncac", "unafei-itc"] }).total).toBe(
      28,
    )
    expect(participationsByCountry(small, { kinds: ["seminar"] }).total).toBe(3)
    expect(participationsByCountry(small, { themes: ["corrections"] }).total).toBe(6)
    expect(participationsByCountry(small, { during: { start: "2018", end: "2018" } }).total).toBe(
      10,
    )
    expect(participationsByCountry(small, { during: { start: "2024-12" } }).total).toBe(3)
    expect(participationsByCountry(small, { where: (p) => p.id === "itc-184" }).rows).toEqual([
      { country: "VN", count: 2 },
      { country: "UA", count: 1 },
    ])
    // cjs-1 starts in December 2024: as of November it has not begun.
    expect(participationsByCountry(small, { asOf: "2024-11" }).total).toBe(38)
  })

  it("an empty dataset", () => {
    expect(participationsByCountry({})).toEqual({
      total: 0,
      unattributed: 0,
      rows: [],
      approximate: false,
    })
  })

  it("takes participations from any iterable", () => {
    function* records() {
      yield* small.participations ?? []
    }
    expect(participationsByCountry({ ...small, participations: records() })).toEqual(
      participationsByCountry(small),
    )
  })

  it("streams an async iterable through its accumulator", async () => {
    async function* records() {
      for (const record of small.participations ?? []) yield record
    }
    const accumulator = createParticipationsByCountryAccumulator(small)
    await accumulator.addAll(records())
    expect(accumulator.result()).toEqual(participationsByCountry(small))
  })

  it("prototype keys are ordinary ids; as countries they are refused, never counted", () => {
    const programme = (byCountry: string) => ({
      id: "__proto__",
      title: "t",
      kind: "seminar" as const,
      status: "completed" as const,
      period: { start: "2024" },
      reportedParticipants: JSON.parse(`{"total": 3, "byCountry": ${byCountry}}`),
    })
    const result = participationsByCountry({ programmes: [programme('{"VN": 1, "KH": 1}')] })
    expect(result).toEqual({
      total: 3,
      unattributed: 1,
      rows: [
        { country: "KH", count: 1 },
        { country: "VN", count: 1 },
      ],
      approximate: false,
    })
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)
    // Issue 10: a "__proto__" key (JSON.parse keeps it as an own key) was reported as a country.
    for (const key of ["__proto__", "constructor"])
      expect(() =>
        participationsByCountry({ programmes: [programme(`{"${key}": 1, "VN": 1}`)] }),
      ).toThrow(
        `participationsByCountry: programmes[0] ('__proto__'): a key of reportedParticipants.byCountry is '${key}': use an ISO 3166-1 alpha-2 code in capitals, such as 'VN'`,
      )
  })

  it("rejects options it cannot use, naming them", () => {
    expect(() => participationsByCountry(small, { seatCountry: "home" as never })).toThrow(
      "participationsByCountry: option seatCountry is 'home'; use 'participation' (default) or 'participant'",
    )
    expect(() => participationsByCountry(small, { asOf: "2024-13" })).toThrow(
      /option asOf is '2024-13'/,
    )
    expect(() => participationsByCountry(small, { during: { start: "soon" } })).toThrow(
      /during.start/,
    )
  })
})
