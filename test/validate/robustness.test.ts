import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { DatasetError, parseDataset, validateDataset } from "../../src/validate/index.js"
import { baseDataset } from "../fixtures/validation-cases.js"

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
    Object.freeze(value)
  }
  return value
}

describe("validateDataset never throws", () => {
  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a string", "programmes"],
    ["a number", 42],
    ["an array", [{ id: "x" }]],
    ["a function", () => 1],
    ["a Date", new Date(0)],
    ["a Map", new Map()],
  ])("%s: one dataset/not-an-object issue", (_name, input) => {
    const result = validateDataset(input)
    expect(result.ok).toBe(false)
    expect(result.issues.map((issue) => issue.code)).toEqual(["dataset/not-an-object"])
  })

  it("a cyclic dataset", () => {
    const d: Record<string, any> = baseDataset()
    d.programmes[0].period = d.programmes[0]
    d.self = d
    d.programmes.push(d.programmes)
    const result = validateDataset(d)
    expect(result.ok).toBe(false)
    expect(result.issues.length).toBeGreaterThan(0)
  })

  it("deeply nested values in any field", () => {
    let deep: unknown = "leaf"
    for (let i = 0; i < 100_000; i++) deep = { deep }
    const d = baseDataset()
    d.programmes[0].extra = deep
    d.programmes[1].themes = [deep]
    d.participants[0].country = deep
    const result = validateDataset(d)
    expect(result.issues.map((issue) => issue.code).sort()).toEqual([
      "country/invalid",
      "extra/not-json",
      "field/wrong-type",
    ])
  })

  it("100 kB strings, and messages stay short", () => {
    const huge = "x".repeat(100_000)
    const d = baseDataset()
    d.programmes[0].title = huge
    d.programmes[0].status = huge
    d.participants[0].id = huge
    const result = validateDataset(d)
    expect(result.ok).toBe(false)
    for (const issue of result.issues) expect(issue.message.length).toBeLessThan(500)
  })

  it("'__proto__' and 'constructor' keys from JSON.parse anywhere", () => {
    const text =
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"programmes":[{"__proto__":{"x":1},"id":"p","title":"t","kind":"seminar","status":"planned","period":{"start":"2024","__proto__":{}},"reportedParticipants":{"total":1,"byCountry":{"__proto__":1}}}]}'
    const result = validateDataset(JSON.parse(text))
    expect(result.ok).toBe(false)
    const paths = result.issues
      .filter((issue) => issue.code === "unknown-field")
      .map((issue) => issue.path)
    expect(paths).toHaveLength(4)
    expect(paths).toEqual(
      expect.arrayContaining([
        ["__proto__"],
        ["constructor"],
        ["programmes", 0, "__proto__"],
        ["programmes", 0, "period", "__proto__"],
      ]),
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it("NaN, Infinity and -0", () => {
    const d = baseDataset()
    d.programmes[0].budget.amount = Number.NaN
    d.programmes[1].reportedParticipants.total = Number.POSITIVE_INFINITY
    d.pledges[0].targets[1].value = -0
    const codes = validateDataset(d).issues.map((issue) => issue.code)
    expect(codes).toContain("field/wrong-type")
    expect(codes).not.toContain("dataset/unreadable")
  })

  it("arbitrary JSON values (fuzz)", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const result = validateDataset(value)
        expect(typeof result.ok).toBe("boolean")
        expect(result.ok || result.issues.length > 0).toBe(true)
      }),
      { seed: 42, numRuns: 500 },
    )
  })

  it("arbitrary values under the dataset's keys (fuzz)", () => {
    const keys = [
      "organisations",
      "groups",
      "programmes",
      "participants",
      "participations",
      "pledges",
      "frameworks",
      "extra",
    ]
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...keys),
          fc.anything({ maxDepth: 4, withNullPrototype: true }),
        ),
        (value) => {
          const result = validateDataset(value)
          expect(result.ok || result.issues.length > 0).toBe(true)
        },
      ),
      { seed: 43, numRuns: 500 },
    )
  })

  it("does not modify its input", () => {
    const d = deepFreeze(baseDataset())
    const before = JSON.stringify(d)
    const result = validateDataset(d)
    expect(result.ok).toBe(true)
    expect(JSON.stringify(d)).toBe(before)
    expect(result.dataset).toEqual(d)
    expect(result.dataset).not.toBe(d)
  })
})

describe("parseDataset", () => {
  it("returns the dataset when there are no errors", () => {
    expect(parseDataset(baseDataset())).toEqual(baseDataset())
  })

  it("does not throw for warnings", () => {
    const d = baseDataset()
    d.programmes[0].themes = ["anticorruption"]
    expect(parseDataset(d).programmes?.[0]?.themes).toEqual(["anticorruption"])
  })

  it("throws a DatasetError that carries every issue", () => {
    const d = baseDataset()
    d.programmes[0].period.end = "2020"
    d.programmes[0].themes = ["anticorruption"]
    let thrown: unknown
    try {
      parseDataset(d)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(DatasetError)
    expect(thrown).toBeInstanceOf(Error)
    const error = thrown as DatasetError
    expect(error.name).toBe("DatasetError")
    expect(error.issues.map((issue) => issue.code)).toEqual([
      "programme/end-before-start",
      "programme/unknown-theme",
    ])
    expect(error.message).toBe(
      "the dataset has 1 error:\n  - [programme/end-before-start] programmes[0] 'unafei-itc-184': period.end 2020 is before period.start 2024-10-01",
    )
  })
})

describe("validateDataset with references: false", () => {
  it("checks a part of a dataset on its own: every rule but the references", () => {
    const part = {
      participations: [
        { participant: "p-1", programme: "elsewhere", status: "completed", completedOn: "2024-13" },
        { participant: "p-1", programme: "elsewhere", status: "attended" },
      ],
    }
    expect(validateDataset(part).issues.map((issue) => issue.code)).toEqual([
      "date/invalid",
      "participation/unknown-participant",
      "participation/unknown-programme",
      "participation/unknown-participant",
      "participation/unknown-programme",
      "participation/duplicate",
    ])
    expect(validateDataset(part, { references: false }).issues.map((issue) => issue.code)).toEqual([
      "date/invalid",
      "participation/duplicate",
    ])
  })
})
