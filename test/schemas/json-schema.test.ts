import { Ajv2020 } from "ajv/dist/2020.js"
import { describe, expect, it } from "vitest"
import {
  entityJsonSchema,
  JSON_SCHEMA_ENTITIES,
  type JsonSchemaEntity,
} from "../../src/schemas/json-schema.js"
import { validExamples } from "../fixtures/entity-examples.js"

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
  ],
  participant: [{ id: "p", country: "VN", birthYear: 1985.5 }],
  participation: [{ participant: "p", programme: "x", status: "done" }],
  pledge: [
    {
      ...validExamples.pledge,
      targets: [{ id: "t", kind: "money", money: { amount: 1, currency: "usd" } }],
    },
  ],
  "strategic-framework": [{ ...validExamples["strategic-framework"], adoptedOn: "2024-7-5" }],
  dataset: [{ programs: [] }, { participants: [{ id: "", country: "VN" }] }],
}

const ajv = new Ajv2020({ allErrors: true, strict: true })

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
