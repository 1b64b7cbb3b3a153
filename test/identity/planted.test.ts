// Quality on a generated register with planted duplicates and hard negatives (the generator of
// bench/identity.bench.mjs; the benchmark reports the same figures at 20k–200k).
import { describe, expect, it } from "vitest"
// @ts-expect-error: a plain .mjs module of the benchmarks, without types
import { generateRegister, quality } from "../../bench/identity-generate.mjs"
import { findDuplicates } from "../../src/identity/find-duplicates.js"

describe("findDuplicates on a planted register of 5,000 participants", () => {
  const { dataset, planted, negatives } = generateRegister(5_000, 7)
  const result = findDuplicates(dataset)
  const q = quality(result, planted, negatives)

  it("is precise in likely and finds most planted pairs within likely + possible", () => {
    expect(q.planted).toBeGreaterThan(200)
    expect(q.precision).toBeGreaterThanOrEqual(0.95)
    expect(q.recall).toBeGreaterThanOrEqual(0.88)
  })

  it("finds every id-padding duplicate as likely, and no namesakes in one programme", () => {
    const padding = q.byKind["id padding"]
    expect(padding.likely).toBeGreaterThanOrEqual(padding.planted * 0.95)
    const together = q.negativeKinds["namesakes in one programme"]
    expect(together.planted).toBeGreaterThan(20)
    expect(together.likely).toBe(0)
  })

  it("compares a small share of all pairs", () => {
    const n = dataset.participants.length
    expect(result.compared).toBeLessThan(n * 2)
    expect(result.oversizedBlocks).toEqual([])
  })
})
