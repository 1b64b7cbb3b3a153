import * as z from "zod"
import { PARTIAL_DATE_PATTERN } from "../dates/partial-date.js"
import { CURRENCY_DIGITS } from "../money/currencies-data.js"
import { listCountries } from "../reference/countries.js"
import { datasetSchema } from "./dataset.js"
import {
  countryCodeSchema,
  countryCountsSchema,
  countSchema,
  currencyCodeSchema,
  extraSchema,
  idSchema,
  moneySchema,
  partialDateSchema,
  periodSchema,
  quantitySchema,
} from "./fields.js"
import { figureScopeSchema, reportedFigureSchema } from "./figure.js"
import { groupingMemberSchema, groupingSchema } from "./grouping.js"
import { organisationSchema } from "./organisation.js"
import { participantSchema } from "./participant.js"
import { participationSchema } from "./participation.js"
import {
  moneyTargetSchema,
  pledgeFulfilmentSchema,
  pledgeSchema,
  pledgeTargetSchema,
  quantityTargetSchema,
} from "./pledge.js"
import { programmeSchema } from "./programme.js"
import { sourceSchema } from "./source.js"
import {
  frameworkGoalSchema,
  priorityRegionSchema,
  strategicFrameworkSchema,
} from "./strategic-framework.js"

/** The entities shipped as JSON Schema files, by file name. */
export const JSON_SCHEMA_ENTITIES = {
  organisation: { schema: organisationSchema, title: "Organisation" },
  grouping: { schema: groupingSchema, title: "Grouping" },
  programme: { schema: programmeSchema, title: "Programme" },
  participant: { schema: participantSchema, title: "Participant" },
  participation: { schema: participationSchema, title: "Participation" },
  pledge: { schema: pledgeSchema, title: "Pledge" },
  "strategic-framework": { schema: strategicFrameworkSchema, title: "StrategicFramework" },
  "reported-figure": { schema: reportedFigureSchema, title: "ReportedFigure" },
  source: { schema: sourceSchema, title: "Source" },
  dataset: { schema: datasetSchema, title: "Dataset" },
} as const

/** The name of a shipped JSON Schema file, without `.json`. */
export type JsonSchemaEntity = keyof typeof JSON_SCHEMA_ENTITIES

/**
 * The names of the definitions (`$defs`) the JSON Schemas share: the entities and field types
 * by the names of their TypeScript types, so that code generators name them so too. Held in
 * a registry of this module's own rather than Zod's global one, which every copy of Zod on a
 * page shares (see TOOLCHAIN.md): nothing is registered at import, and no id can collide.
 */
const DEFINITION_NAMES: [z.ZodType, string][] = [
  [idSchema, "Id"],
  [countryCodeSchema, "CountryCode"],
  [partialDateSchema, "PartialDate"],
  [currencyCodeSchema, "CurrencyCode"],
  [moneySchema, "Money"],
  [periodSchema, "Period"],
  [countSchema, "Count"],
  [quantitySchema, "Quantity"],
  [countryCountsSchema, "CountryCounts"],
  [extraSchema, "Extra"],
  [organisationSchema, "Organisation"],
  [groupingSchema, "Grouping"],
  [groupingMemberSchema, "GroupingMember"],
  [programmeSchema, "Programme"],
  [participantSchema, "Participant"],
  [participationSchema, "Participation"],
  [pledgeSchema, "Pledge"],
  [pledgeTargetSchema, "PledgeTarget"],
  [moneyTargetSchema, "MoneyTarget"],
  [quantityTargetSchema, "QuantityTarget"],
  [pledgeFulfilmentSchema, "PledgeFulfilment"],
  [strategicFrameworkSchema, "StrategicFramework"],
  [frameworkGoalSchema, "FrameworkGoal"],
  [priorityRegionSchema, "PriorityRegion"],
  [sourceSchema, "Source"],
  [reportedFigureSchema, "ReportedFigure"],
  [figureScopeSchema, "FigureScope"],
]

/**
 * The JSON Schema (draft 2020-12) of one entity, generated from its Zod schema, as strict as
 * JSON Schema can say: the field schemas that Zod checks with code (country codes, dates, ids,
 * currencies) are spelled out as enums and patterns, whole amounts for currencies without
 * minor units, and a fulfilment gives exactly one of `money` and `value`. What only
 * `validateDataset` checks is listed in docs/json-schema.md.
 */
export function entityJsonSchema(
  entity: JsonSchemaEntity,
  version: string,
): Record<string, unknown> {
  const { schema, title } = JSON_SCHEMA_ENTITIES[entity]
  const countryCodes = listCountries().map((c) => c.alpha2)
  const currencies = Object.keys(CURRENCY_DIGITS).sort()
  const wholeCurrencies = currencies.filter((code) => CURRENCY_DIGITS[code] === 0)
  const names = z.registry<{ id: string }>()
  // The entity itself is the root of its file, not a definition.
  for (const [named, id] of DEFINITION_NAMES) if (named !== schema) names.add(named, { id })
  const generated = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    metadata: names,
    // Custom (code-checked) schemas are filled in by `override`; anything else unrepresentable throws.
    unrepresentable: "any",
    // Only the named definitions are shared; anything else is written in place.
    reused: "inline",
    override: (ctx) => {
      const json = ctx.jsonSchema as Record<string, unknown>
      if (ctx.zodSchema === moneySchema) {
        // Amounts in currencies without minor units are whole. (`type: "integer"` rather than
        // `multipleOf: 1`: Ajv tests multipleOf with parseInt, which fails from 1e21 on.) Two or
        // three decimals cannot be said reliably: `multipleOf: 0.01` rejects 0.29 in Ajv and
        // Python's jsonschema alike (0.29 / 0.01 is 28.999999999999996 in binary floating point).
        json.if = { properties: { currency: { enum: wholeCurrencies } }, required: ["currency"] }
        // biome-ignore lint/suspicious/noThenProperty: `then` is a JSON Schema keyword here
        json.then = { properties: { amount: { type: "integer" } } }
      } else if (ctx.zodSchema === pledgeFulfilmentSchema) {
        // Neither or both is always an error (pledge/fulfilment-wrong-kind); which one depends
        // on the target, which only validateDataset can look up.
        json.oneOf = [
          { properties: { money: true }, required: ["money"] },
          { properties: { value: true }, required: ["value"] },
        ]
      } else if (ctx.zodSchema === countryCodeSchema) {
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
          description: "Your own fields: any JSON values (nested at most 64 levels).",
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
