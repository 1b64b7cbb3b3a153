import * as z from "zod"
import { countryCodeSchema, extraSchema, idSchema, strictObject } from "./fields.js"
import { sourcesSchema } from "./source.js"

/**
 * The kinds of organisation.
 *
 * See [validation: organisations](../../docs/validation.md#organisations).
 *
 * @example
 * ORGANISATION_TYPES.includes("un-entity") //=> true
 *
 * @category Schemas
 */
export const ORGANISATION_TYPES = [
  "government",
  "un-entity",
  "intergovernmental",
  "ngo",
  "academic",
  "private",
  "other",
] as const

/**
 * An organisation that funds, runs or takes part in cooperation: a ministry (MOJ Japan),
 * an institute (UNAFEI), an agency (JICA), a UN entity (UNODC).
 *
 * See [validation: organisations](../../docs/validation.md#organisations).
 *
 * @example
 * organisationSchema.parse({ id: "unodc", name: "United Nations Office on Drugs and Crime",
 *   acronym: "UNODC", type: "un-entity" })
 *
 * @category Schemas
 */
export const organisationSchema = strictObject({
  id: idSchema,
  name: z.string().min(1),
  acronym: z.string().min(1).optional(),
  type: z.enum(ORGANISATION_TYPES),
  country: countryCodeSchema.optional(),
  sources: sourcesSchema.optional(),
  extra: extraSchema.optional(),
})

/**
 * An organisation that funds, runs or takes part in cooperation.
 *
 * See [validation: organisations](../../docs/validation.md#organisations).
 *
 * @example
 * const unodc: Organisation = { id: "unodc", name: "United Nations Office on Drugs and Crime", type: "un-entity" }
 *
 * @category Schemas
 */
export type Organisation = z.infer<typeof organisationSchema>
/**
 * The kind of an organisation.
 *
 * See [validation: organisations](../../docs/validation.md#organisations).
 *
 * @example
 * const type: OrganisationType = "un-entity"
 *
 * @category Schemas
 */
export type OrganisationType = (typeof ORGANISATION_TYPES)[number]
