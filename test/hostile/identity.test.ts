/**
 * Hostile input to findDuplicates and resolveIdentities: options of the wrong type or with
 * unknown names, `__proto__` as an id, a key or an option, huge blocks and decision lists,
 * empty and non-string names. The contract (docs/identity.md): findDuplicates refuses bad
 * input with an `AggregationError` (a stable code, a one-line message); resolveIdentities never
 * throws on its decisions (each problem is an issue) and refuses only a dataset it cannot read.
 * Neither drops or renames a `__proto__` record, nor ends in a raw TypeError.
 */
import { describe, expect, it } from "vitest"
import { findDuplicates } from "../../src/identity/find-duplicates.js"
import { resolveIdentities } from "../../src/identity/resolve-identities.js"
import type { Dataset } from "../../src/schemas/index.js"
import { messageOf, outcome } from "./outcome.js"

const lan = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  country: "VN",
  name: "NGUYEN Thi Lan",
  birthYear: 1980,
  ...extra,
})
const twins = { participants: [lan("P-0007"), lan("P-007")] } as Dataset

describe("findDuplicates: hostile options are refused with aggregate/invalid-option", () => {
  const cases: [string, unknown][] = [
    ["options a string", "maxBlockSize=3"],
    ["options a list", [1000]],
    ["options null", null],
    ["maxBlockSize text", { maxBlockSize: "1000" }],
    ["maxBlockSize a fraction", { maxBlockSize: 2.5 }],
    ["maxBlockSize 1", { maxBlockSize: 1 }],
    ["maxBlockSize NaN", { maxBlockSize: Number.NaN }],
    ["maxBlockSize Infinity", { maxBlockSize: Number.POSITIVE_INFINITY }],
    ["maxBlockSize a BigInt", { maxBlockSize: 1000n }],
    ["transliterate text", { transliterate: "any-ascii" }],
    ["thresholds text", { thresholds: "9" }],
    ["thresholds null", { thresholds: null }],
    ["thresholds a list", { thresholds: [9, 4.5] }],
    ["thresholds of text", { thresholds: { likely: "9" } }],
    ["thresholds NaN", { thresholds: { possible: Number.NaN } }],
    ["thresholds possible above likely", { thresholds: { likely: 1, possible: 2 } }],
    ["thresholds with an unknown name", { thresholds: { likely: 9, certain: 12 } }],
    ["thresholds with __proto__", { thresholds: JSON.parse('{"__proto__": {"likely": 1}}') }],
  ]
  for (const [name, options] of cases)
    it(name, () => {
      expect(outcome(() => findDuplicates(twins, options as never))).toBe(
        "aggregate/invalid-option",
      )
    })

  it("an unknown option name, with the nearest known one", () => {
    expect(outcome(() => findDuplicates(twins, { maxBlocksize: 3 } as never))).toBe(
      "aggregate/unknown-option",
    )
    expect(messageOf(() => findDuplicates(twins, { maxBlocksize: 3 } as never))).toContain(
      "maxBlockSize",
    )
  })

  it("__proto__ as an option name is an unknown option, not a prototype", () => {
    const options = JSON.parse('{"__proto__": {"maxBlockSize": 1}}')
    expect(outcome(() => findDuplicates(twins, options))).toBe("aggregate/unknown-option")
    expect(messageOf(() => findDuplicates(twins, options))).toContain("__proto__")
  })

  it("a transliterate that throws or returns no text", () => {
    const throws = () => {
      throw new Error("boom")
    }
    expect(outcome(() => findDuplicates(twins, { transliterate: throws }))).toBe(
      "aggregate/invalid-option",
    )
    expect(outcome(() => findDuplicates(twins, { transliterate: (() => 7) as never }))).toBe(
      "aggregate/invalid-option",
    )
  })

  it("getters and Proxies that throw end in a library error, never a raw one", () => {
    const getter = Object.defineProperty({}, "maxBlockSize", {
      enumerable: true,
      get() {
        throw new Error("getter")
      },
    })
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("trap")
        },
      },
    )
    for (const options of [getter, proxy])
      expect(outcome(() => findDuplicates(twins, options as never))).toMatch(/^aggregate\//)
  })
})

describe("findDuplicates: hostile data", () => {
  const refused: [string, unknown][] = [
    ["the dataset null", null],
    ["the dataset a list", [lan("a")]],
    ["participants not a list", { participants: { a: lan("a") } }],
    ["participations not a list", { participants: [], participations: "x" }],
    ["a participant null", { participants: [null] }],
    ["a participant without an id", { participants: [{ name: "Lan" }] }],
    ["an id not text", { participants: [{ id: 7 }] }],
    ["the same id twice", { participants: [lan("a"), lan("a")] }],
    ["a name not text", { participants: [lan("a", { name: 7 })] }],
    ["a name a list", { participants: [lan("a", { name: ["Lan"] })] }],
    ["a name an object", { participants: [lan("a", { name: { toString: () => "Lan" } })] }],
    ["a birth year not whole", { participants: [lan("a", { birthYear: 1980.5 })] }],
    ["a birth year text", { participants: [lan("a", { birthYear: "1980" })] }],
    ["a country not text", { participants: [lan("a", { country: 704 })] }],
    ["a participation null", { participants: [lan("a")], participations: [null] }],
  ]
  for (const [name, dataset] of refused)
    it(`${name}: aggregate/invalid-record`, () => {
      expect(outcome(() => findDuplicates(dataset as never))).toBe("aggregate/invalid-record")
    })

  it("the message names the record", () => {
    expect(
      messageOf(() => findDuplicates({ participants: [lan("a"), lan("b", { name: 7 })] } as never)),
    ).toBe("findDuplicates: participants[1] ('b'): name is 7: use text, or nothing")
  })

  it("__proto__ as an id is a participant like any other", () => {
    const dataset = {
      participants: [lan("__proto__"), lan("__PROTO__"), lan("constructor")],
      participations: [{ participant: "__proto__", programme: "__proto__", status: "completed" }],
    } as Dataset
    const { pairs } = findDuplicates(dataset)
    expect(pairs.map((p) => [p.a, p.b])).toContainEqual(["__PROTO__", "__proto__"])
    expect(pairs.every((p) => typeof p.a === "string" && typeof p.b === "string")).toBe(true)
  })

  it("__proto__ as a key of the dataset or of a record changes nothing", () => {
    const dataset = JSON.parse(
      `{"__proto__": {"participants": []}, "participants": [${JSON.stringify(lan("P-0007"))}, {"__proto__": {"id": "x"}, "id": "P-007", "country": "VN", "name": "NGUYEN Thi Lan", "birthYear": 1980}]}`,
    )
    const { pairs } = findDuplicates(dataset)
    expect(pairs.map((p) => [p.a, p.b, p.band])).toEqual([["P-0007", "P-007", "likely"]])
  })

  it("__proto__ as a name, country or organisation is compared as text", () => {
    const dataset = {
      participants: [
        lan("a", { name: "__proto__", country: "__proto__", organisation: "__proto__" }),
        lan("b", { name: "__proto__", country: "__proto__", organisation: "__proto__" }),
      ],
    } as never
    const [pair] = findDuplicates(dataset).pairs
    expect(pair?.reasons.find((r) => r.field === "name")?.level).toBe("exact")
    expect(pair?.reasons.find((r) => r.field === "country")?.level).toBe("exact")
  })

  it("empty names, names of punctuation only and missing names: no name evidence, no error", () => {
    const dataset = {
      participants: [
        lan("P-1", { name: "" }),
        lan("P-01", { name: "   " }),
        lan("P-001", { name: "!!! ---" }),
        lan("P-0001", { name: undefined }),
      ],
    } as never
    const { pairs } = findDuplicates(dataset)
    // They meet through the id digits; the name is missing evidence (weight 0) for each pair.
    expect(pairs).toHaveLength(6)
    for (const pair of pairs)
      expect(pair.reasons.find((r) => r.field === "name")).toEqual({
        field: "name",
        level: "missing",
        weight: 0,
      })
  })

  it("a very long name and an id of many digit runs stay linear and give one pair", () => {
    const name = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(" ")
    const id = Array.from({ length: 2000 }, (_, i) => `${i}`).join("-")
    const { pairs } = findDuplicates({
      participants: [lan(id, { name }), lan(`${id}-`, { name })],
    } as never)
    expect(pairs).toHaveLength(1)
  })

  it("a huge block is listed in oversizedBlocks, not compared, and nothing is dropped", () => {
    const participants = Array.from({ length: 300 }, (_, i) =>
      lan(`X${String.fromCharCode(65 + (i % 26))}${i}z`),
    )
    const result = findDuplicates({ participants } as never, { maxBlockSize: 20 })
    expect(result.oversizedBlocks).toContainEqual({
      blocking: "name and birth year",
      key: "lan nguyen thi|1980",
      size: 300,
    })
    // Nothing of the all-pairs work (300 × 299 / 2) was done.
    expect(result.compared).toBeLessThan(300 * 20)
  })
})

describe("resolveIdentities: decisions never throw, each problem is an issue", () => {
  const dataset = {
    participants: [lan("P-0007"), lan("P-007"), lan("__proto__"), lan("constructor")],
    participations: [
      { participant: "P-007", programme: "itc-185", status: "completed" },
      { participant: "__proto__", programme: "__proto__", status: "completed" },
    ],
  } as Dataset

  const notAList: unknown[] = [undefined, null, "same", 7, { a: "P-0007" }, new Map()]
  for (const decisions of notAList)
    it(`decisions ${String(decisions)}: one decision/invalid issue, nothing merged`, () => {
      const result = resolveIdentities(dataset, decisions as never)
      expect(result.issues.map((i) => i.code)).toEqual(["decision/invalid"])
      expect(result.clusters).toEqual([])
      expect(result.dataset.participants).toHaveLength(4)
    })

  it("wrong types, unknown keys and blank decisions: an issue each, the rest applied", () => {
    const decisions = [
      null,
      "P-0007=P-007",
      { a: 7, b: "P-007", decision: "same" },
      { a: "P-0007", b: "P-0007", decision: "same" },
      { a: "P-0007", b: "P-007", decision: true },
      { a: "P-0007", b: "P-007", decision: "SAME" },
      { a: "P-0007", b: "P-007", decision: "" },
      { a: "P-0007", b: "nobody", decision: "same" },
      JSON.parse(
        '{"__proto__": {"decision": "different"}, "a": "P-0007", "b": "P-007", "decision": "same", "by": "KS"}',
      ),
    ]
    const result = resolveIdentities(dataset, decisions as never)
    expect(result.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["decision/invalid", "decisions.0"],
      ["decision/invalid", "decisions.1"],
      ["decision/invalid", "decisions.2"],
      ["decision/invalid", "decisions.3"],
      ["decision/invalid", "decisions.4.decision"],
      ["decision/invalid", "decisions.5.decision"],
      ["decision/undecided", "decisions.6.decision"],
      ["decision/unknown-participant", "decisions.7.b"],
    ])
    expect(result.clusters).toEqual([{ id: "P-0007", members: ["P-0007", "P-007"] }])
  })

  it("__proto__ as an id is merged like any other, never dropped", () => {
    const result = resolveIdentities(dataset, [
      { a: "__proto__", b: "constructor", decision: "same" },
    ])
    expect(result.issues).toEqual([])
    expect(result.clusters).toEqual([{ id: "__proto__", members: ["__proto__", "constructor"] }])
    expect(result.dataset.participants?.map((p) => p.id)).toEqual(["P-0007", "P-007", "__proto__"])
    expect(result.dataset.participations?.map((p) => p.participant)).toEqual(["P-007", "__proto__"])
  })

  it("__proto__ merged into a smaller id: its participations re-pointed, none lost", () => {
    const result = resolveIdentities(dataset, [{ a: "__proto__", b: "P-007", decision: "same" }])
    expect(result.clusters).toEqual([{ id: "P-007", members: ["P-007", "__proto__"] }])
    expect(result.dataset.participations).toEqual([
      { participant: "P-007", programme: "itc-185", status: "completed" },
      { participant: "P-007", programme: "__proto__", status: "completed" },
    ])
  })

  it("a huge chain of decisions with a contradiction: issues, not a throw, nothing merged", () => {
    const n = 3000
    const participants = Array.from({ length: n }, (_, i) => lan(`p${i}`))
    const decisions: { a: string; b: string; decision: "same" | "different" }[] = []
    for (let i = 1; i < n; i++) decisions.push({ a: `p${i - 1}`, b: `p${i}`, decision: "same" })
    for (let i = 0; i < 1200; i++)
      decisions.push({ a: "p0", b: `p${n - 1 - i}`, decision: "different" })
    const result = resolveIdentities({ participants } as Dataset, decisions)
    expect(result.issues).toHaveLength(1200)
    expect(result.issues.every((i) => i.code === "decision/contradiction")).toBe(true)
    expect(result.issues.every((i) => i.message.length < 1000)).toBe(true)
    // The chains share one budget of steps (at least 100,000), so the work stays linear: the
    // first contradictions list their chain of about 3,000 decisions, the later ones do not.
    const named = result.issues.filter((i) => i.message.includes("decisions[0] ('p0' = 'p1')"))
    expect(named.length).toBeGreaterThan(0)
    expect(named.length).toBeLessThan(100)
    expect(result.issues.at(-1)?.message).toContain("a chain of 'same' decisions makes them one")
    expect(result.clusters).toEqual([])
    expect(result.dataset.participants).toHaveLength(n)
  })

  it("a dataset it cannot read is refused with aggregate/invalid-record", () => {
    for (const bad of [
      null,
      { participants: "x" },
      { participants: [null] },
      { participants: [{ id: 7 }] },
      { participants: [], participations: [7] },
    ])
      expect(outcome(() => resolveIdentities(bad as never, []))).toBe("aggregate/invalid-record")
  })

  it("the input is not modified", () => {
    const before = JSON.stringify(dataset)
    resolveIdentities(dataset, [{ a: "__proto__", b: "P-007", decision: "same" }])
    expect(JSON.stringify(dataset)).toBe(before)
  })
})
