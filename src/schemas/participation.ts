import * as z from "zod"
import {
  countryCodeSchema,
  extraSchema,
  idSchema,
  partialDateSchema,
  strictObject,
} from "./fields.js"
import { sourcesSchema } from "./source.js"

/**
 * The states of a participation.
 *
 * See [counting rules](../../docs/counting-rules.md#the-rules-of-the-contract).
 *
 * @example
 * PARTICIPATION_STATUSES.includes("no-show") //=> true
 *
 * @category Schemas
 */
export const PARTICIPATION_STATUSES = [
  "invited",
  "registered",
  "attended",
  "completed",
  "withdrawn",
  "no-show",
] as const

/**
 * Roles in a programme; absent means `"participant"`.
 *
 * See [counting rules](../../docs/counting-rules.md#the-rules-of-the-contract).
 *
 * @example
 * PARTICIPATION_ROLES //=> ["participant", "lecturer", "observer", "staff"]
 *
 * @category Schemas
 */
export const PARTICIPATION_ROLES = ["participant", "lecturer", "observer", "staff"] as const

/**
 * A participant in a programme. `role` defaults to `"participant"`; `country` is the
 * country represented when it differs from the participant's home country.
 *
 * See [validation: participations](../../docs/validation.md#participations).
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
  sources: sourcesSchema.optional(),
  extra: extraSchema.optional(),
})

/**
 * A participant in a programme, with a role and a status.
 *
 * See [validation: participations](../../docs/validation.md#participations).
 *
 * @example
 * const seat: Participation = { participant: "P-1", programme: "unafei-itc-184", status: "completed" }
 *
 * @category Schemas
 */
export type Participation = z.infer<typeof participationSchema>
/**
 * The state of a participation; `attended` and `completed` are counted.
 *
 * See [counting rules](../../docs/counting-rules.md#the-rules-of-the-contract).
 *
 * @example
 * const status: ParticipationStatus = "no-show"
 *
 * @category Schemas
 */
export type ParticipationStatus = (typeof PARTICIPATION_STATUSES)[number]
/**
 * A role in a programme; a participation without one is a `"participant"`.
 *
 * See [counting rules](../../docs/counting-rules.md#the-rules-of-the-contract).
 *
 * @example
 * const role: ParticipationRole = "lecturer"
 *
 * @category Schemas
 */
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number]
