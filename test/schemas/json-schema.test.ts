import { readFileSync } from "node:fs"
import { Ajv2020 } from "ajv/dist/2020.js"
import { describe, expect, it } from "vitest"
import {
  entityJsonSchema,
  JSON_SCHEMA_ENTITIES,
  type JsonSchemaEntity,
} from "../../src/schemas/json-schema.js"
import { RULES, validateDataset } from "../../src/validate/index.js"
import { validExamples } from "../fixtures/entity-examples.js"
import { baseDataset } from "../fixtures/validation-cases.js"

const invalidExamples: Record<JsonSchemaEntity, unknown[]> = {
  organisation: [
    { id: "o", name: "n", type: "company" },
    { id: " o", name: "n", type: "other" },
  ],
  grouping: [{ id: "g", name: "G", members: [{ country: "ZZ" }] }],
  programme: [
    { ...validExamples.programme, titel: "typo" },
    { ...validExamples.programme, period: { start: "2023-02-29" } },
    { ...validExamples.programme, countries: ["vn"] },
    // Amounts in a currency without minor units are whole.
    { ...validExamples.programme, budget: { amount: 10.5, currency: "JPY" } },
    { ...validExamples.programme, budget: { amount: 0.5, currency: "KRW" } },
    { ...validExamples.programme, reportedParticipants: { total: 2 ** 53 } },
    {
      ...validExamples.programme,
      reportedParticipants: { total: 5, byCountry: JSON.parse('{"__proto__": 3}') },
    },
    { ...validExamples.programme, reportedParticipants: { total: 5, byCountry: { UA: 1.5 } } },
    { ...validExamples.programme, sdgTargets: ["16-5"] },
    { ...validExamples.programme, series: { id: "s", session: 0 } },
  ],
  participant: [
    { id: "p", country: "VN", birthYear: 1985.5 },
    { id: "p", country: "VN", birthYear: 2101 },
    { id: "p", country: "XX" },
    { id: "p ", country: "VN" },
    { id: "x".repeat(201), country: "VN" },
  ],
  participation: [{ participant: "p", programme: "x", status: "done" }],
  pledge: [
    {
      ...validExamples.pledge,
      targets: [{ id: "t", kind: "money", money: { amount: 1, currency: "usd" } }],
    },
    {
      ...validExamples.pledge,
      targets: [{ id: "t", kind: "quantity", metric: "people-trained", value: 1e300 }],
    },
    { ...validExamples.pledge, period: { start: "2016" } },
  ],
  "strategic-framework": [
    { ...validExamples["strategic-framework"], adoptedOn: "2024-7-5" },
    { ...validExamples["strategic-framework"], goals: [{ id: "g", title: "G", themes: [""] }] },
  ],
  "reported-figure": [
    { ...validExamples["reported-figure"], bound: "more-than" },
    { ...validExamples["reported-figure"], scope: { organisation: "unafei", program: "x" } },
    { ...validExamples["reported-figure"], value: -1 },
    { ...validExamples["reported-figure"], countries: 1.5 },
    { ...validExamples["reported-figure"], asOf: "2024-13" },
    { ...validExamples["reported-figure"], sources: [{ quote: "no title" }] },
  ],
  source: [{ title: "" }, { title: "t", accessed: "yesterday" }, { title: "t", quoted: "typo" }],
  dataset: [{ programs: [] }, { participants: [{ id: "", country: "VN" }] }],
}

/** A fresh Ajv for each schema: one instance refuses a second schema with the same $id. */
const ajv = {
  compile: (schema: Record<string, unknown>) =>
    new Ajv2020({ allErrors: true, strict: true }).compile(schema),
}

describe("JSON Schema files agree with the Zod schemas", () => {
  it.each(Object.keys(JSON_SCHEMA_ENTITIES) as JsonSchemaEntity[])("%s", (entity) => {
    const zod = JSON_SCHEMA_ENTITIES[entity].schema
    const validate = ajv.compile(entityJsonSchema(entity, "0.0.0-test"))
    const valid = validExamples[entity]
    expect(zod.safeParse(valid).success).toBe(true)
    expect(validate(valid), JSON.stringify(validate.errors)).toBe(true)
    for (const invalid of invalidExamples[entity]) {
      expect(zod.safeParse(invalid).success, JSON.stringify(invalid)).toBe(false)
      expect(validate(invalid), JSON.stringify(invalid)).toBe(false)
    }
  })

  it("accept every amount with its currency's decimals (no float multipleOf)", () => {
    const validate = ajv.compile(entityJsonSchema("programme", "0.0.0-test"))
    for (const budget of [
      { amount: 0.29, currency: "USD" },
      { amount: 1234567.89, currency: "EUR" },
      { amount: 0.123, currency: "KWD" },
      { amount: 45_000_000_000, currency: "JPY" },
      { amount: 1e21, currency: "JPY" },
    ]) {
      const programme = { ...validExamples.programme, budget }
      expect(JSON_SCHEMA_ENTITIES.programme.schema.safeParse(programme).success).toBe(true)
      expect(validate(programme), JSON.stringify(validate.errors)).toBe(true)
    }
  })

  it("refuse, beyond the Zod schema alone, what validateDataset always refuses", () => {
    // A fulfilment gives money or a value, never both or neither: the Zod schema of a pledge
    // cannot know which (that depends on its target), validateDataset and the JSON Schema can.
    const validate = ajv.compile(entityJsonSchema("dataset", "0.0.0-test"))
    expect(validate(baseDataset()), JSON.stringify(validate.errors)).toBe(true)
    for (const fulfilment of [
      { target: "people", on: "2018", value: 1, money: { amount: 1, currency: "JPY" } },
      { target: "people", on: "2018" },
    ]) {
      const d = baseDataset()
      d.pledges[0].fulfilments[2] = fulfilment
      expect(validateDataset(d).ok).toBe(false)
      expect(validate(d)).toBe(false)
    }
  })

  it("name their definitions by entity, and nothing __schema0", () => {
    const dataset = entityJsonSchema("dataset", "1.2.3")
    expect(Object.keys(dataset.$defs as object).sort()).toEqual(
      [
        "CountryCode",
        "CountryCounts",
        "Count",
        "CurrencyCode",
        "Extra",
        "FigureScope",
        "FrameworkGoal",
        "Grouping",
        "GroupingMember",
        "Id",
        "Money",
        "MoneyTarget",
        "Organisation",
        "Participant",
        "Participation",
        "PartialDate",
        "Period",
        "Pledge",
        "PledgeFulfilment",
        "PledgeTarget",
        "PriorityRegion",
        "Programme",
        "Quantity",
        "QuantityTarget",
        "ReportedFigure",
        "Source",
        "StrategicFramework",
      ].sort(),
    )
    for (const entity of Object.keys(JSON_SCHEMA_ENTITIES) as JsonSchemaEntity[]) {
      const schema = entityJsonSchema(entity, "1.2.3")
      expect(JSON.stringify(schema)).not.toContain("__schema")
      // Zod's registration ids do not leak into the definitions.
      for (const definition of Object.values((schema.$defs ?? {}) as Record<string, object>)) {
        expect(definition).not.toHaveProperty("id")
      }
      // The entity of a file is its root, not one of its definitions.
      const title = JSON_SCHEMA_ENTITIES[entity].title
      expect(Object.keys(entityJsonSchema(entity, "1.2.3").$defs ?? {})).not.toContain(title)
    }
  })

  it("spell out country codes, dates and currencies", () => {
    const schema = JSON.stringify(entityJsonSchema("programme", "1.2.3"))
    expect(schema).toContain('"XK"')
    expect(schema).toContain('"JPY"')
    expect(schema).toContain("02-29")
    expect(entityJsonSchema("programme", "1.2.3")).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://unpkg.com/justice-cooperation@1.2.3/dist/json-schema/programme.json",
      title: "Programme",
      additionalProperties: false,
    })
  })
})

describe("docs/json-schema.md", () => {
  it("says, for every validation code, whether the JSON Schemas check it", () => {
    const text = readFileSync(new URL("../../docs/json-schema.md", import.meta.url), "utf8")
    for (const code of Object.keys(RULES)) {
      const named = code.endsWith("/duplicate-id") ? "*/duplicate-id" : code
      expect(text, code).toContain(`\`${named}\``)
    }
  })
})
