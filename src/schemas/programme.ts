import * as z from "zod"
import {
  countryCodeSchema,
  countryCountsSchema,
  countSchema,
  extraSchema,
  idSchema,
  moneySchema,
  periodSchema,
  plain,
  strictObject,
} from "./fields.js"
import { sourcesSchema } from "./source.js"

/**
 * The kinds of programme.
 *
 * See [validation: programmes](../../docs/validation.md#programmes).
 *
 * @example
 * PROGRAMME_KINDS.includes("training-course") //=> true
 *
 * @category Schemas
 */
export const PROGRAMME_KINDS = [
  "training-course",
  "seminar",
  "forum",
  "symposium",
  "study-group",
  "technical-cooperation-project",
  "expert-dispatch",
  "grant",
  "contribution",
  "equipment",
  "other",
] as const

/**
 * The states of a programme.
 *
 * See [counting rules](../../docs/counting-rules.md#the-rules-of-the-contract).
 *
 * @example
 * PROGRAMME_STATUSES //=> ["planned", "ongoing", "completed", "cancelled", "postponed"]
 *
 * @category Schemas
 */
export const PROGRAMME_STATUSES = [
  "planned",
  "ongoing",
  "completed",
  "cancelled",
  "postponed",
] as const

/**
 * IATI-like organisation roles in a programme.
 *
 * See [validation: programmes](../../docs/validation.md#programmes).
 *
 * @example
 * ORGANISATION_ROLES //=> ["funding", "accountable", "extending", "implementing"]
 *
 * @category Schemas
 */
export const ORGANISATION_ROLES = ["funding", "accountable", "extending", "implementing"] as const

/**
 * How a programme is held.
 *
 * See [validation: programmes](../../docs/validation.md#programmes).
 *
 * @example
 * PROGRAMME_MODES //=> ["in-person", "online", "hybrid"]
 *
 * @category Schemas
 */
export const PROGRAMME_MODES = ["in-person", "online", "hybrid"] as const

/** An SDG target such as `"16.5"` or `"16.a"`. */
const sdgTargetSchema = z
  .string()
  .regex(/^(?:[1-9]|1[0-7])\.(?:[1-9]\d?|[a-z])$/, "an SDG target looks like '16.5' or '16.a'")

/**
 * One unit of cooperation: a training course, seminar, forum, symposium, study group,
 * technical-cooperation project, expert dispatch, grant or contribution.
 *
 * `reportedParticipants` holds figures a source gives in aggregate where there are no
 * per-person records ("25 practitioners from 20 countries"), `approximate: true` for "about 40".
 *
 * See [validation: programmes](../../docs/validation.md#programmes).
 *
 * @example
 * programmeSchema.parse({
 *   id: "unafei-uncac-26", title: "The 26th UNCAC Training Programme",
 *   kind: "training-course", status: "completed", period: { start: "2024-05", end: "2024-06" },
 *   themes: ["anti-corruption"],
 *   reportedParticipants: { total: 25, countries: 20, byCountry: { UA: 4 } },
 * })
 *
 * @category Schemas
 */
export const programmeSchema = strictObject({
  id: idSchema,
  title: z.string().min(1),
  kind: z.enum(PROGRAMME_KINDS),
  status: z.enum(PROGRAMME_STATUSES),
  period: plain(periodSchema),
  series: plain(
    strictObject({
      id: idSchema,
      session: z.number().int().positive().optional(),
    }),
  ).optional(),
  organisations: z
    .array(plain(strictObject({ organisation: idSchema, role: z.enum(ORGANISATION_ROLES) })))
    .optional(),
  venue: plain(
    strictObject({
      country: countryCodeSchema,
      city: z.string().min(1).optional(),
    }),
  ).optional(),
  mode: z.enum(PROGRAMME_MODES).optional(),
  countries: z.array(countryCodeSchema).optional(),
  groups: z.array(idSchema).optional(),
  themes: z.array(z.string().min(1)).optional(),
  sdgTargets: z.array(sdgTargetSchema).optional(),
  dacPurposeCodes: z.array(z.number().int().min(10000).max(99999)).optional(),
  goals: z.array(plain(strictObject({ framework: idSchema, goal: idSchema }))).optional(),
  pledges: z.array(idSchema).optional(),
  budget: plain(moneySchema).optional(),
  reportedParticipants: plain(
    strictObject({
      total: countSchema,
      countries: countSchema.optional(),
      byCountry: countryCountsSchema.optional(),
      approximate: z.boolean().optional(),
    }),
  ).optional(),
  sources: sourcesSchema.optional(),
  extra: extraSchema.optional(),
})

/**
 * One unit of cooperation: a course, seminar, forum, project, grant, …
 *
 * See [validation: programmes](../../docs/validation.md#programmes).
 *
 * @example
 * const programme: Programme = {
 *   id: "unafei-itc-184", title: "The 184th International Training Course",
 *   kind: "training-course", status: "completed", period: { start: "2024-05", end: "2024-06" },
 * }
 *
 * @category Schemas
 */
export type Programme = z.infer<typeof programmeSchema>
/**
 * The kind of a programme.
 *
 * See [validation: programmes](../../docs/validation.md#programmes).
 *
 * @example
 * const kind: ProgrammeKind = "seminar"
 *
 * @category Schemas
 */
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number]
/**
 * The state of a programme; cancelled and postponed programmes are not counted.
 *
 * See [counting rules](../../docs/counting-rules.md#the-rules-of-the-contract).
 *
 * @example
 * const status: ProgrammeStatus = "completed"
 *
 * @category Schemas
 */
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number]
/**
 * An organisation's role in a programme (IATI-like).
 *
 * See [validation: programmes](../../docs/validation.md#programmes).
 *
 * @example
 * const role: OrganisationRole = "funding"
 *
 * @category Schemas
 */
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number]
