import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { IdTable } from "../../src/validate/rules/id-table.js"

/** Adds every id to a table and to a Map (the oracle), and checks that they agree. */
function agree(ids: readonly string[], probes: readonly string[], expected = ids.length) {
  const table = new IdTable(expected)
  const oracle = new Map<string, number>()
  for (const id of ids) {
    const earlier = oracle.get(id)
    expect(table.add(id)).toBe(earlier)
    if (earlier === undefined) oracle.set(id, oracle.size)
  }
  expect(table.size).toBe(oracle.size)
  const keys: unknown[] = [...ids, ...probes, undefined, 7, null]
  for (const id of keys) if (typeof id === "string") expect(table.get(id)).toBe(oracle.get(id))
  expect([...table.getAll(keys)]).toEqual(
    keys.map((id) => (typeof id === "string" ? (oracle.get(id) ?? -1) : -1)),
  )
}

describe("IdTable", () => {
  it("gives each distinct id its ordinal in the order added, as a Map would", () => {
    const id = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("__proto__", "constructor"))
    fc.assert(
      fc.property(
        fc.array(id, { maxLength: 200 }),
        fc.array(id, { maxLength: 50 }),
        (ids, probes) => agree(ids, probes),
      ),
      { seed: 46, numRuns: 300 },
    )
  })

  it("keeps working past its expected size and long probes (it moves to a Map)", () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `id-${i % 3000}`)
    agree(ids, ["id-3000", "nothing", "", "__proto__"], 1)
  })

  it("takes ids longer than 200 characters, and prototype names", () => {
    const long = "x".repeat(100_000)
    agree(
      [
        long,
        `${long}y`,
        long,
        "__proto__",
        "constructor",
        "toString",
        "hasOwnProperty",
        "__proto__",
      ],
      [`${long}z`, "valueOf"],
    )
  })
})
