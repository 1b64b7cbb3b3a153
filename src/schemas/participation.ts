import * as z from "zod"
import {
  countryCodeSchema,
  extraSchema,
  idSchema,
  partialDateSchema,
  strictObject,
} from "./fields.js"

/** The states of a participation. @category Schemas */
export const PARTICIPATION_STATUSES = [
  "invited",
  "registered",
  "attended",
  "completed",
  "withdrawn",
  "no-show",
] as const

/** Roles in a programme; absent means `"participant"`. @category Schemas */
export const PARTICIPATION_ROLES = ["participant", "lecturer", "observer", "staff"] as const

/**
 * A participant in a programme. `role` defaults to `"participant"`; `country` is the
 * country represented when it differs from the participant's home country.
 *
 * @example
 * participationSchema.parse({ participant: "p-0001", programme: "unafei-itc-184",
 *   status: "completed", completedOn: "2024-10-31" })
 *
 * @category Schemas
 */
export const participationSchema = strictObject({
  participant: idSchema,
  programme: idSchema,
  status: z.enum(PARTICIPATION_STATUSES),
  role: z.enum(PARTICIPATION_ROLES).optional(),
  country: countryCodeSchema.optional(),
  completedOn: partialDateSchema.optional(),
  extra: extraSchema.optional(),
})

/** @category Schemas */
export type Participation = z.infer<typeof participationSchema>
/** @category Schemas */
export type ParticipationStatus = (typeof PARTICIPATION_STATUSES)[number]
/** @category Schemas */
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number]
