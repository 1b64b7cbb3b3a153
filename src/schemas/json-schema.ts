import * as z from "zod"
import { PARTIAL_DATE_PATTERN } from "../dates/partial-date.js"
import { CURRENCY_DIGITS } from "../money/currencies-data.js"
import { listCountries } from "../reference/countries.js"
import { datasetSchema } from "./dataset.js"
import {
  countryCodeSchema,
  currencyCodeSchema,
  extraSchema,
  idSchema,
  partialDateSchema,
} from "./fields.js"
import { groupingSchema } from "./grouping.js"
import { organisationSchema } from "./organisation.js"
import { participantSchema } from "./participant.js"
import { participationSchema } from "./participation.js"
import { pledgeSchema } from "./pledge.js"
import { programmeSchema } from "./programme.js"
import { strategicFrameworkSchema } from "./strategic-framework.js"

/** The entities shipped as JSON Schema files, by file name. */
export const JSON_SCHEMA_ENTITIES = {
  organisation: { schema: organisationSchema, title: "Organisation" },
  grouping: { schema: groupingSchema, title: "Grouping" },
  programme: { schema: programmeSchema, title: "Programme" },
  participant: { schema: participantSchema, title: "Participant" },
  participation: { schema: participationSchema, title: "Participation" },
  pledge: { schema: pledgeSchema, title: "Pledge" },
  "strategic-framework": { schema: strategicFrameworkSchema, title: "StrategicFramework" },
  dataset: { schema: datasetSchema, title: "Dataset" },
} as const

/** The name of a shipped JSON Schema file, without `.json`. */
export type JsonSchemaEntity = keyof typeof JSON_SCHEMA_ENTITIES

/**
 * The JSON Schema (draft 2020-12) of one entity, generated from its Zod schema. The field
 * schemas that Zod checks with code (country codes, dates, ids, currencies) are spelled out
 * as enums and patterns. Cross-field rules (decimals per currency, dates in order, references)
 * are the library's and are not expressed.
 */
export function entityJsonSchema(
  entity: JsonSchemaEntity,
  version: string,
): Record<string, unknown> {
  const { schema, title } = JSON_SCHEMA_ENTITIES[entity]
  const countryCodes = listCountries().map((c) => c.alpha2)
  const currencies = Object.keys(CURRENCY_DIGITS).sort()
  const generated = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    // Custom (code-checked) schemas are filled in by `override`; anything else unrepresentable throws.
    unrepresentable: "any",
    reused: "ref",
    override: (ctx) => {
      const json = ctx.jsonSchema as Record<string, unknown>
      if (ctx.zodSchema === countryCodeSchema) {
        Object.assign(json, { type: "string", enum: countryCodes })
      } else if (ctx.zodSchema === partialDateSchema) {
        Object.assign(json, {
          type: "string",
          pattern: PARTIAL_DATE_PATTERN.source,
          description: "YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date",
        })
      } else if (ctx.zodSchema === idSchema) {
        Object.assign(json, {
          type: "string",
          minLength: 1,
          maxLength: 200,
          pattern: "^\\S(?:[\\s\\S]*\\S)?$",
        })
      } else if (ctx.zodSchema === currencyCodeSchema) {
        Object.assign(json, { type: "string", enum: currencies })
      } else if (ctx.zodSchema === extraSchema) {
        Object.assign(json, {
          type: "object",
          description: "Your own fields: any JSON values.",
          additionalProperties: true,
        })
      } else if (ctx.zodSchema._zod.def.type === "custom") {
        throw new Error(`no JSON Schema for a custom schema in ${entity}`)
      }
    },
  }) as Record<string, unknown>
  const { $schema, ...rest } = generated
  return {
    $schema,
    $id: `https://unpkg.com/justice-cooperation@${version}/dist/json-schema/${entity}.json`,
    title,
    description: `${title} of justice-cooperation ${version}, generated from its Zod schema.`,
    ...rest,
  }
}
