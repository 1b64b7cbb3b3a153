import { describe, expect, it } from "vitest"
import {
  datasetSchema,
  groupingSchema,
  organisationSchema,
  participantSchema,
  participationSchema,
  pledgeSchema,
  programmeSchema,
  reportedFigureSchema,
  sourceSchema,
  strategicFrameworkSchema,
} from "../../src/schemas/index.js"
import { validExamples } from "../fixtures/entity-examples.js"

describe("entity schemas accept what DESIGN.md §6 describes", () => {
  it.each(Object.entries(validExamples))("%s", (name, example) => {
    const schema = {
      organisation: organisationSchema,
      grouping: groupingSchema,
      programme: programmeSchema,
      participant: participantSchema,
      participation: participationSchema,
      pledge: pledgeSchema,
      "strategic-framework": strategicFrameworkSchema,
      "reported-figure": reportedFigureSchema,
      source: sourceSchema,
      dataset: datasetSchema,
    }[name]
    // Parsing keeps every field as given: nothing added, nothing dropped.
    expect(schema?.parse(example)).toEqual(example)
  })
})

describe("unknown fields", () => {
  it("name the nearest known field", () => {
    const result = programmeSchema.safeParse({ ...validExamples.programme, titel: "x" })
    expect(result.error?.issues).toEqual([
      {
        code: "unrecognized_keys",
        keys: ["titel"],
        path: [],
        message: "unknown field 'titel' — did you mean 'title'?",
      },
    ])
  })

  it("point to `extra` when no field is close", () => {
    const result = participantSchema.safeParse({ id: "p1", country: "VN", favouriteColour: "blue" })
    expect(result.error?.issues[0]?.message).toBe(
      "unknown field 'favouriteColour' — known fields are 'id', 'country', 'name', 'gender', 'birthYear', 'organisation', 'profession', 'sources', 'extra'; put your own fields in 'extra'",
    )
  })

  it("are reported on nested objects too", () => {
    const result = programmeSchema.safeParse({
      ...validExamples.programme,
      period: { start: "2024", ned: "2025" },
    })
    expect(result.error?.issues).toMatchObject([
      { code: "unrecognized_keys", keys: ["ned"], path: ["period"] },
    ])
  })

  it("include an own `__proto__` key from JSON.parse, and nothing reaches Object.prototype", () => {
    const input = JSON.parse('{"id":"p1","country":"VN","__proto__":{"polluted":true}}')
    const result = participantSchema.safeParse(input)
    expect(result.error?.issues).toMatchObject([{ code: "unrecognized_keys", keys: ["__proto__"] }])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it("keep the user's own fields in `extra`", () => {
    const input = {
      id: "p1",
      country: "VN",
      extra: { cohort: 7, tags: ["a"], nested: { ok: null } },
    }
    expect(participantSchema.parse(input)).toEqual(input)
  })
})

describe("ids that look like Object.prototype members are ordinary ids", () => {
  it.each(["__proto__", "constructor", "toString", "hasOwnProperty"])("%s", (id) => {
    expect(organisationSchema.parse({ id, name: "x", type: "other" }).id).toBe(id)
  })
})

describe("what each entity rejects", () => {
  it.each([
    [
      "organisation type outside the list",
      organisationSchema,
      { id: "o", name: "n", type: "company" },
      ["type"],
    ],
    ["organisation without a name", organisationSchema, { id: "o", type: "other" }, ["name"]],
    [
      "grouping member with a bad date",
      groupingSchema,
      { id: "g", name: "G", members: [{ country: "VN", from: "2024-13" }] },
      ["members", 0, "from"],
    ],
    [
      "programme with a lower-case country",
      programmeSchema,
      { ...validExamples.programme, countries: ["VN", "kh"] },
      ["countries", 1],
    ],
    [
      "programme with a negative reported total",
      programmeSchema,
      { ...validExamples.programme, reportedParticipants: { total: -1 } },
      ["reportedParticipants", "total"],
    ],
    [
      "programme with a fractional reported figure",
      programmeSchema,
      { ...validExamples.programme, reportedParticipants: { total: 25, byCountry: { UA: 1.5 } } },
      ["reportedParticipants", "byCountry", "UA"],
    ],
    [
      "programme with a bad SDG target",
      programmeSchema,
      { ...validExamples.programme, sdgTargets: ["16-5"] },
      ["sdgTargets", 0],
    ],
    [
      "programme with a JPY budget in fractions",
      programmeSchema,
      { ...validExamples.programme, budget: { amount: 0.5, currency: "JPY" } },
      ["budget", "amount"],
    ],
    [
      "participant with a bad gender",
      participantSchema,
      { id: "p", country: "VN", gender: "f" },
      ["gender"],
    ],
    [
      "participation without a status",
      participationSchema,
      { participant: "p", programme: "x" },
      ["status"],
    ],
    [
      "participation with a bad role",
      participationSchema,
      { participant: "p", programme: "x", status: "attended", role: "student" },
      ["role"],
    ],
    [
      "pledge target of an unknown kind",
      pledgeSchema,
      { ...validExamples.pledge, targets: [{ id: "t", kind: "people", value: 1 }] },
      ["targets", 0, "kind"],
    ],
    [
      "pledge without a period end",
      pledgeSchema,
      { ...validExamples.pledge, period: { start: "2016" } },
      ["period", "end"],
    ],
    [
      "framework goal without a title",
      strategicFrameworkSchema,
      { ...validExamples["strategic-framework"], goals: [{ id: "g1" }] },
      ["goals", 0, "title"],
    ],
    ["dataset with a misspelt collection", datasetSchema, { programme: [] }, []],
  ] as const)("%s", (_name, schema, input, path) => {
    const result = schema.safeParse(input)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(path)
  })
})
