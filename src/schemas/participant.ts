import * as z from "zod"
import { countryCodeSchema, extraSchema, idSchema, strictObject } from "./fields.js"
import { sourcesSchema } from "./source.js"

/**
 * Genders a participant record may state.
 *
 * See [validation: participants](../../docs/validation.md#participants).
 *
 * @example
 * GENDERS.includes("female") //=> true
 *
 * @category Schemas
 */
export const GENDERS = ["female", "male", "other", "undisclosed"] as const

/**
 * Professions of participants.
 *
 * See [validation: participants](../../docs/validation.md#participants).
 *
 * @example
 * PROFESSIONS.includes("prosecutor") //=> true
 *
 * @category Schemas
 */
export const PROFESSIONS = [
  "judge",
  "prosecutor",
  "police",
  "corrections",
  "ministry-official",
  "lawmaker",
  "coast-guard",
  "customs",
  "lawyer",
  "academic",
  "civil-society",
  "other",
] as const

/**
 * A person who takes part in programmes. Names are optional: a pseudonymous id is enough.
 * `country` is the person's home country, under which they count as an alumnus.
 *
 * See [validation: participants](../../docs/validation.md#participants).
 *
 * @example
 * participantSchema.parse({ id: "p-0001", country: "UA", profession: "prosecutor" })
 *
 * @category Schemas
 */
export const participantSchema = strictObject({
  id: idSchema,
  country: countryCodeSchema,
  name: z.string().min(1).optional(),
  gender: z.enum(GENDERS).optional(),
  birthYear: z.number().int().min(1900).max(2100).optional(),
  organisation: idSchema.optional(),
  profession: z.enum(PROFESSIONS).optional(),
  sources: sourcesSchema.optional(),
  extra: extraSchema.optional(),
})

/**
 * A person who takes part in programmes; a pseudonymous id is enough.
 *
 * See [validation: participants](../../docs/validation.md#participants).
 *
 * @example
 * const person: Participant = { id: "P-1", country: "VN", gender: "female", profession: "judge" }
 *
 * @category Schemas
 */
export type Participant = z.infer<typeof participantSchema>
/**
 * The gender a participant record may state.
 *
 * See [validation: participants](../../docs/validation.md#participants).
 *
 * @example
 * const gender: Gender = "undisclosed"
 *
 * @category Schemas
 */
export type Gender = (typeof GENDERS)[number]
/**
 * The profession of a participant.
 *
 * See [validation: participants](../../docs/validation.md#participants).
 *
 * @example
 * const profession: Profession = "prosecutor"
 *
 * @category Schemas
 */
export type Profession = (typeof PROFESSIONS)[number]
