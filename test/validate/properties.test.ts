import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { validateDataset } from "../../src/validate/index.js"
import { validDatasetArb } from "../fixtures/arbitraries.js"

type Data = Record<string, any>

/** One fault at a time, each with the code it must produce. */
const FAULTS: { code: string; apply: (d: Data, n: number) => boolean }[] = [
  {
    code: "programme/duplicate-id",
    apply: (d) => (d.programmes.push({ ...structuredClone(d.programmes[0]) }), true),
  },
  {
    code: "participant/duplicate-id",
    apply: (d) => (d.participants.push({ ...structuredClone(d.participants[0]) }), true),
  },
  {
    code: "participation/unknown-programme",
    apply: (d) => (
      d.participations.push({
        participant: d.participants[0].id,
        programme: "no such programme",
        status: "attended",
      }),
      true
    ),
  },
  {
    code: "participation/unknown-participant",
    apply: (d) => (
      d.participations.push({
        participant: "no such person",
        programme: d.programmes[0].id,
        status: "attended",
      }),
      true
    ),
  },
  {
    code: "participation/duplicate",
    apply: (d) =>
      d.participations.length > 0 && (d.participations.push({ ...d.participations[0] }), true),
  },
  {
    code: "programme/end-before-start",
    apply: (d, n) => (
      (d.programmes[n % d.programmes.length].period = { start: "2024-10-01", end: "2024-09" }), true
    ),
  },
  {
    code: "programme/reported-exceeds-total",
    apply: (d, n) => (
      (d.programmes[n % d.programmes.length].reportedParticipants = {
        total: 3,
        byCountry: { UA: 4 },
      }),
      true
    ),
  },
  {
    code: "programme/unknown-organisation",
    apply: (d, n) => (
      (d.programmes[n % d.programmes.length].organisations = [
        { organisation: "nobody", role: "funding" },
      ]),
      true
    ),
  },
  {
    code: "unknown-field",
    apply: (d, n) => ((d.programmes[n % d.programmes.length].titel = "x"), true),
  },
  {
    code: "date/invalid",
    apply: (d, n) => ((d.programmes[n % d.programmes.length].period.start = "2023-02-29"), true),
  },
  {
    code: "country/invalid",
    apply: (d, n) => ((d.participants[n % d.participants.length].country = "ZZ"), true),
  },
  {
    code: "money/too-many-decimals",
    apply: (d, n) => (
      (d.programmes[n % d.programmes.length].budget = { amount: 0.5, currency: "JPY" }), true
    ),
  },
]

describe("validateDataset on generated data", () => {
  it("finds no error in any valid dataset", () => {
    fc.assert(
      fc.property(validDatasetArb, (dataset) => {
        const result = validateDataset(dataset)
        expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([])
        expect(result.ok).toBe(true)
        expect(result.dataset).toEqual(dataset)
      }),
      { seed: 20261123, numRuns: 300 },
    )
  })

  it("reports any one injected fault under its code", () => {
    fc.assert(
      fc.property(validDatasetArb, fc.nat(FAULTS.length - 1), fc.nat(), (dataset, which, n) => {
        const fault = FAULTS[which] as (typeof FAULTS)[number]
        const data = structuredClone(dataset) as Data
        fc.pre(fault.apply(data, n))
        const result = validateDataset(data)
        expect(result.issues.map((issue) => issue.code)).toContain(fault.code)
        expect(result.ok).toBe(false)
      }),
      { seed: 20261124, numRuns: 600 },
    )
  })

  it("gives the same issues whatever the order of the records' fields", () => {
    fc.assert(
      fc.property(validDatasetArb, (dataset) => {
        const reversed = JSON.parse(JSON.stringify(dataset), (_key, value) =>
          value && typeof value === "object" && !Array.isArray(value)
            ? Object.fromEntries(Object.entries(value).reverse())
            : value,
        )
        expect(validateDataset(reversed).ok).toBe(validateDataset(dataset).ok)
      }),
      { seed: 7, numRuns: 100 },
    )
  })
})

describe("grouping/overlapping-spans", () => {
  // The definition: a member is reported when it overlaps a member of the same country listed
  // before it. The rule finds them in O(n log n); this oracle compares every pair.
  const memberArb = fc.record(
    {
      country: fc.constantFrom("VN", "KH", "LA"),
      from: fc.integer({ min: 1990, max: 2010 }).map(String),
      until: fc.integer({ min: 1990, max: 2010 }).map(String),
    },
    { requiredKeys: ["country"] },
  )

  it("reports exactly the members that overlap an earlier member of their country", () => {
    fc.assert(
      fc.property(fc.array(memberArb, { maxLength: 40 }), (members) => {
        const day = (year: string | undefined, end: boolean) =>
          year === undefined ? (end ? Infinity : -Infinity) : Number(year) + (end ? 0.5 : 0)
        const spans = members.map((m) => ({
          ...m,
          first: day(m.from, false),
          last: day(m.until, true),
        }))
        const expected = spans.flatMap((span, i) =>
          span.last >= span.first &&
          spans.some(
            (other, j) =>
              j < i &&
              other.country === span.country &&
              other.last >= other.first &&
              other.first <= span.last &&
              span.first <= other.last,
          )
            ? [i]
            : [],
        )
        const result = validateDataset({ groups: [{ id: "g", name: "G", members }] })
        const found = result.issues.filter((issue) => issue.code === "grouping/overlapping-spans")
        expect(found.map((issue) => issue.path[3])).toEqual(expected)
        // The member each names is earlier, of the same country, and overlaps it.
        for (const issue of found) {
          const i = issue.path[3] as number
          const j = Number(/overlaps members\[(\d+)\]$/.exec(issue.message)?.[1])
          const [a, b] = [spans[i], spans[j]] as [(typeof spans)[number], (typeof spans)[number]]
          expect(j).toBeLessThan(i)
          expect(b.country).toBe(a.country)
          expect(b.first <= a.last && a.first <= b.last).toBe(true)
        }
      }),
      { seed: 44, numRuns: 300 },
    )
  })
})
