import * as z from "zod"
import {
  countryCodeSchema,
  extraSchema,
  idSchema,
  partialDateSchema,
  periodSchema,
  plain,
  strictObject,
} from "./fields.js"
import { sourcesSchema } from "./source.js"

/** A goal of a framework (named `FrameworkGoal` in the JSON Schema). */
export const frameworkGoalSchema = strictObject({
  id: idSchema,
  title: z.string().min(1),
  description: z.string().min(1).optional(),
  priorities: z.array(z.string().min(1)).optional(),
  themes: z.array(z.string().min(1)).optional(),
  sources: sourcesSchema.optional(),
  extra: extraSchema.optional(),
})

/** A priority region of a framework (named `PriorityRegion` in the JSON Schema). */
export const priorityRegionSchema = strictObject({
  id: idSchema,
  name: z.string().min(1),
  countries: z.array(countryCodeSchema).optional(),
  groups: z.array(idSchema).optional(),
  themes: z.array(z.string().min(1)),
  sources: sourcesSchema.optional(),
  extra: extraSchema.optional(),
})

/**
 * A set of goals agreed by parties for a period, with priority regions and their themes —
 * such as the Japan–UNODC "Strategic Goals and Priorities 2024–2026".
 *
 * A goal may list the `themes` it is about (from the theme vocabulary): `goalCoverage` then
 * counts for the goal a programme that links no goal of this framework but has one of those
 * themes. Goals and priority regions, like the framework, take `sources` (the sentence of the
 * source text they were drawn from) and `extra`.
 *
 * @example
 * strategicFrameworkSchema.parse({
 *   id: "jp-unodc-2024", title: "Strategic Goals and Priorities 2024–2026",
 *   parties: ["gov-japan", "unodc"], adoptedOn: "2024-07-05",
 *   period: { start: "2024", end: "2026" },
 *   goals: [{ id: "goal-1", title: "Rule of law", themes: ["anti-corruption", "drugs"] }],
 * })
 *
 * @category Schemas
 */
export const strategicFrameworkSchema = strictObject({
  id: idSchema,
  title: z.string().min(1),
  parties: z.array(idSchema),
  adoptedOn: partialDateSchema,
  period: plain(periodSchema),
  goals: z.array(plain(frameworkGoalSchema)),
  priorityRegions: z.array(plain(priorityRegionSchema)).optional(),
  sources: sourcesSchema.optional(),
  extra: extraSchema.optional(),
})

/**
 * A set of goals agreed by parties for a period, with priority regions.
 *
 * @category Schemas
 */
export type StrategicFramework = z.infer<typeof strategicFrameworkSchema>
/**
 * A goal of a strategic framework.
 *
 * @category Schemas
 */
export type FrameworkGoal = StrategicFramework["goals"][number]
/**
 * A priority region of a strategic framework, with its countries or groups and themes.
 *
 * @category Schemas
 */
export type PriorityRegion = NonNullable<StrategicFramework["priorityRegions"]>[number]
