import * as z from "zod"
import {
  countryCodeSchema,
  extraSchema,
  idSchema,
  partialDateSchema,
  plain,
  strictObject,
} from "./fields.js"
import { sourcesSchema } from "./source.js"

/** One membership span of a grouping (named `GroupingMember` in the JSON Schema). */
export const groupingMemberSchema = strictObject({
  country: countryCodeSchema,
  from: partialDateSchema.optional(),
  until: partialDateSchema.optional(),
})

/**
 * A grouping of countries with dated membership (ASEAN, G7, a UN M49 region, or the user's
 * own). `from` and `until` are inclusive: `until` is the last day of membership. A country
 * may have several spans (left and came back).
 *
 * See [groupings](../../docs/reference.md#groupings).
 *
 * @example
 * groupingSchema.parse({ id: "mekong", name: "Mekong countries",
 *   members: [{ country: "KH" }, { country: "LA" }, { country: "VN", from: "1995" }] })
 *
 * @category Schemas
 */
export const groupingSchema = strictObject({
  id: idSchema,
  name: z.string().min(1),
  members: z.array(plain(groupingMemberSchema)),
  sources: sourcesSchema.optional(),
  extra: extraSchema.optional(),
})

/**
 * A grouping of countries with dated membership.
 *
 * See [groupings](../../docs/reference.md#groupings).
 *
 * @example
 * const asean: Grouping = {
 *   id: "asean", name: "ASEAN",
 *   members: [{ country: "VN" }, { country: "TL", from: "2025-10-26" }],
 * }
 *
 * @category Schemas
 */
export type Grouping = z.infer<typeof groupingSchema>
/**
 * One membership span of a grouping (`from` and `until` inclusive).
 *
 * See [membership on a date](../../docs/reference.md#membership-on-a-date).
 *
 * @example
 * const member: GroupingMember = { country: "TL", from: "2025-10-26" }
 *
 * @category Schemas
 */
export type GroupingMember = Grouping["members"][number]
