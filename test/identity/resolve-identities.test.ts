import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { alumniTotals, participationsByCountry } from "../../src/aggregate/index.js"
import { type IdentityDecision, resolveIdentities } from "../../src/identity/resolve-identities.js"
import type { Dataset } from "../../src/schemas/dataset.js"
import { RULES } from "../../src/validate/catalogue.js"
import { validateDataset } from "../../src/validate/validate-dataset.js"
import { decisionCases, decisionDataset } from "./decision-cases.js"

const same = (a: string, b: string): IdentityDecision => ({ a, b, decision: "same" })
const different = (a: string, b: string): IdentityDecision => ({ a, b, decision: "different" })

describe("resolveIdentities", () => {
  it("merges a same pair under the smallest id and re-points its participations", () => {
    const dataset = decisionDataset()
    expect(alumniTotals(dataset).alumni).toBe(3)
    const result = resolveIdentities(dataset, [
      { a: "P-007", b: "P-0007", decision: "same", extra: { by: "KS", on: "2026-11-30" } },
    ])
    expect(result.clusters).toEqual([{ id: "P-0007", members: ["P-0007", "P-007"] }])
    expect(result.issues).toEqual([])
    expect(result.dataset.participants?.map((p) => p.id)).toEqual(["P-0007", "p7", "P-0008"])
    expect(result.dataset.participations?.map((p) => [p.participant, p.programme])).toEqual([
      ["P-0007", "itc-184"],
      ["P-0007", "itc-185"],
      ["p7", "itc-185"],
      ["P-0008", "itc-185"],
    ])
    expect(result.dataset.programmes).toBe(dataset.programmes)
    expect(alumniTotals(result.dataset).alumni).toBe(2)
    expect(validateDataset(result.dataset).ok).toBe(true)
  })

  it("follows same chains (union-find), whatever the order of the decisions", () => {
    const decisions = [same("p7", "P-007"), same("P-0007", "P-007")]
    const one = resolveIdentities(decisionDataset(), decisions)
    expect(one.clusters).toEqual([{ id: "P-0007", members: ["P-0007", "P-007", "p7"] }])
    expect(alumniTotals(one.dataset).alumni).toBe(2)
    expect(resolveIdentities(decisionDataset(), [...decisions].reverse())).toEqual(one)
  })

  it("keeps one seat when merged records meet in one programme, and says so", () => {
    const result = resolveIdentities(decisionDataset(), [same("P-007", "p7")])
    expect(result.clusters).toEqual([{ id: "P-007", members: ["P-007", "p7"] }])
    expect(result.issues).toEqual([
      {
        code: "decision/merged-participations",
        severity: "warning",
        path: ["participations", 2],
        message:
          "participations[2] ('p7' in 'itc-185') is removed: the same person has participations[1] in that programme (status 'completed')",
      },
    ])
    expect(participationsByCountry(result.dataset).total).toBe(3)
    expect(validateDataset(result.dataset).ok).toBe(true)
  })

  it("reports a same chain that contradicts a different decision, and merges none of it", () => {
    const dataset = decisionDataset()
    const result = resolveIdentities(dataset, [
      same("P-0007", "P-007"),
      same("P-007", "P-0008"),
      different("P-0007", "P-0008"),
      same("p7", "P-0007"),
    ])
    expect(result.clusters).toEqual([])
    expect(result.dataset.participants).toEqual(dataset.participants)
    expect(result.dataset.participations).toEqual(dataset.participations)
    expect(result.issues).toEqual([
      {
        code: "decision/contradiction",
        severity: "error",
        path: ["decisions", 2],
        message:
          "decisions[2]: 'P-0007' and 'P-0008' are decided different people, but decisions[0] ('P-0007' = 'P-007'), decisions[1] ('P-007' = 'P-0008') make them one: correct one of these decisions; until then none of these records are merged",
      },
    ])
    // The same pair decided both ways.
    const both = resolveIdentities(dataset, [same("P-0007", "P-007"), different("P-007", "P-0007")])
    expect(both.issues.map((i) => i.code)).toEqual(["decision/contradiction"])
    expect(both.clusters).toEqual([])
  })

  it("reports decisions it cannot apply, and applies the others", () => {
    const result = resolveIdentities(decisionDataset(), [
      same("P-0007", "P-07"),
      { a: "P-0007", b: "P-0007", decision: "same" },
      { a: "P-0007", b: "P-007", decision: "" as "same" },
      null as unknown as IdentityDecision,
      same("P-0008", "P-0007"),
    ])
    expect(result.issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ["decision/unknown-participant", "error", ["decisions", 0, "b"]],
      ["decision/invalid", "error", ["decisions", 1]],
      ["decision/undecided", "warning", ["decisions", 2, "decision"]],
      ["decision/invalid", "error", ["decisions", 3]],
    ])
    expect(result.clusters).toEqual([{ id: "P-0007", members: ["P-0007", "P-0008"] }])
    expect(resolveIdentities(decisionDataset(), "x" as never).issues[0]?.code).toBe(
      "decision/invalid",
    )
  })

  it("stays linear on many contradictions: chains are shown for the first 1000 only", () => {
    const n = 3000
    const participants = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, country: "VN" }))
    const chain = participants.slice(1).map((p, i) => same(`p${i}`, p.id))
    const against = participants.slice(1).map((p) => different("p0", p.id))
    const result = resolveIdentities({ participants }, [...chain, ...against])
    expect(result.clusters).toEqual([])
    expect(result.issues).toHaveLength(n - 1)
    expect(result.issues[0]?.message).toContain("decisions[0] ('p0' = 'p1') make them one")
    expect(result.issues.at(-1)?.message).toContain("a chain of 'same' decisions makes them one")
  })

  it("takes __proto__ as an id like any other", () => {
    const dataset: Dataset = {
      participants: [
        { id: "__proto__", country: "VN" },
        { id: "constructor", country: "VN" },
        { id: "toString", country: "VN" },
      ],
      participations: [{ participant: "toString", programme: "x", status: "completed" }],
    }
    const result = resolveIdentities(dataset, [
      same("toString", "constructor"),
      same("constructor", "__proto__"),
    ])
    expect(result.clusters).toEqual([
      { id: "__proto__", members: ["__proto__", "constructor", "toString"] },
    ])
    expect(result.dataset.participations?.[0]?.participant).toBe("__proto__")
  })

  it("refuses a dataset it cannot read", () => {
    expect(() => resolveIdentities(null as never, [])).toThrowError(
      /resolveIdentities: the dataset/,
    )
    expect(() => resolveIdentities({ participants: [{ id: 3 }] } as never, [])).toThrowError(
      "resolveIdentities: participants[0]: id is 3: use text",
    )
  })
})

describe.each(Object.entries(decisionCases))("%s", (code, { trigger, nearMiss }) => {
  const rule = RULES[code as keyof typeof RULES]
  it("is reported with its severity, a path and a message; its near miss is not", () => {
    const found = resolveIdentities(...trigger()).issues.filter((issue) => issue.code === code)
    expect(found.length).toBeGreaterThan(0)
    for (const issue of found) {
      expect(issue.severity).toBe(rule.severity)
      expect(issue.path[0]).toMatch(/^(decisions|participations)$/)
      expect(issue.message.length).toBeGreaterThan(20)
    }
    expect(resolveIdentities(...nearMiss()).issues).toEqual([])
  })
})

// — laws —
const IDS = ["a", "b", "c", "d", "e", "f", "__proto__", "A-01", "A-1"]
const PROGRAMMES = ["x", "y", "z"]

const datasetArbitrary = fc
  .record({
    people: fc.uniqueArray(fc.constantFrom(...IDS), { minLength: 1 }),
    seats: fc.array(
      fc.record({
        person: fc.nat(20),
        programme: fc.constantFrom(...PROGRAMMES),
        status: fc.constantFrom("completed", "attended", "registered" as const),
      }),
      { maxLength: 15 },
    ),
    countries: fc.array(fc.constantFrom("VN", "KH", "UA"), { minLength: 9, maxLength: 9 }),
  })
  .map(({ people, seats, countries }): Dataset => {
    const participations = []
    const taken = new Set<string>()
    for (const seat of seats) {
      const participant = people[seat.person % people.length] as string
      if (taken.has(`${participant}|${seat.programme}`)) continue
      taken.add(`${participant}|${seat.programme}`)
      participations.push({ participant, programme: seat.programme, status: seat.status })
    }
    return {
      programmes: PROGRAMMES.map((id) => ({
        id,
        title: id,
        kind: "seminar" as const,
        status: "completed" as const,
        period: { start: "2024" },
      })),
      participants: people.map((id, i) => ({ id, country: countries[i] as string })),
      participations,
    }
  })

const decisionsArbitrary = fc.array(
  fc.record({
    a: fc.constantFrom(...IDS),
    b: fc.constantFrom(...IDS),
    decision: fc.constantFrom("same", "same", "different" as const),
  }),
  { maxLength: 8 },
)

const RUNS = { numRuns: 300 }

describe("laws of resolveIdentities", () => {
  it("does not modify its input, and gives plain JSON", () => {
    fc.assert(
      fc.property(datasetArbitrary, decisionsArbitrary, (dataset, decisions) => {
        const before = structuredClone([dataset, decisions])
        const result = resolveIdentities(dataset, decisions as IdentityDecision[])
        expect([dataset, decisions]).toEqual(before)
        expect(JSON.parse(JSON.stringify(result))).toEqual(result)
      }),
      { seed: 1401, ...RUNS },
    )
  })

  it("does not depend on the order of the decisions", () => {
    fc.assert(
      fc.property(
        datasetArbitrary,
        decisionsArbitrary,
        fc.integer(),
        (dataset, decisions, seed) => {
          const shuffled = fc.sample(
            fc.shuffledSubarray(decisions, { minLength: decisions.length }),
            { seed, numRuns: 1 },
          )[0] as IdentityDecision[]
          const one = resolveIdentities(dataset, decisions as IdentityDecision[])
          const two = resolveIdentities(dataset, shuffled)
          expect(two.dataset).toEqual(one.dataset)
          expect(two.clusters).toEqual(one.clusters)
          expect(two.issues.map((i) => i.code).sort()).toEqual(one.issues.map((i) => i.code).sort())
        },
      ),
      { seed: 1402, ...RUNS },
    )
  })

  it("is idempotent", () => {
    fc.assert(
      fc.property(datasetArbitrary, decisionsArbitrary, (dataset, decisions) => {
        const once = resolveIdentities(dataset, decisions as IdentityDecision[])
        const twice = resolveIdentities(once.dataset, decisions as IdentityDecision[])
        expect(twice.dataset).toEqual(once.dataset)
        expect(twice.clusters).toEqual([])
      }),
      { seed: 1403, ...RUNS },
    )
  })

  it("counts no more alumni than the input, and no fewer than the merges allow", () => {
    fc.assert(
      fc.property(datasetArbitrary, decisionsArbitrary, (dataset, decisions) => {
        const { dataset: resolved, clusters } = resolveIdentities(
          dataset,
          decisions as IdentityDecision[],
        )
        const before = alumniTotals(dataset).alumni
        const after = alumniTotals(resolved).alumni
        const merged = clusters.reduce((n, cluster) => n + cluster.members.length - 1, 0)
        expect(after).toBeLessThanOrEqual(before)
        expect(after).toBeGreaterThanOrEqual(before - merged)
        expect(resolved.participants?.length).toBe((dataset.participants?.length ?? 0) - merged)
      }),
      { seed: 1404, ...RUNS },
    )
  })

  it("gives each cluster its smallest id, and leaves no participation to a merged-away id", () => {
    fc.assert(
      fc.property(datasetArbitrary, decisionsArbitrary, (dataset, decisions) => {
        const { dataset: resolved, clusters } = resolveIdentities(
          dataset,
          decisions as IdentityDecision[],
        )
        const gone = new Set<string>()
        for (const cluster of clusters) {
          expect(cluster.id).toBe([...cluster.members].sort()[0])
          expect(cluster.members).toEqual([...cluster.members].sort())
          for (const member of cluster.members.slice(1)) gone.add(member)
        }
        for (const record of resolved.participations ?? [])
          expect(gone.has(record.participant)).toBe(false)
        expect(validateDataset(resolved).issues.filter((i) => i.severity === "error")).toEqual([])
      }),
      { seed: 1405, ...RUNS },
    )
  })

  it("merges nothing without a same decision", () => {
    fc.assert(
      fc.property(datasetArbitrary, decisionsArbitrary, (dataset, decisions) => {
        const onlyDifferent = decisions.map((d) => ({ ...d, decision: "different" as const }))
        const result = resolveIdentities(dataset, onlyDifferent)
        expect(result.clusters).toEqual([])
        expect(result.dataset).toEqual(dataset)
      }),
      { seed: 1406, ...RUNS },
    )
  })
})
