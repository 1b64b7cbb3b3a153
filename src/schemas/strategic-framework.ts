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
 * A goal's `themes` let `goalCoverage` reach programmes that link no goal of the framework.
 *
 * See [the framework](../../docs/goal-coverage.md#the-framework).
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
 * See [the framework](../../docs/goal-coverage.md#the-framework).
 *
 * @example
 * const framework: StrategicFramework = {
 *   id: "jp-unodc-2024", title: "Strategic Goals and Priorities 2024–2026",
 *   parties: ["gov-japan", "unodc"], period: { start: "2024", end: "2026" },
 *   goals: [{ id: "goal-1", title: "Rule of law" }],
 * }
 *
 * @category Schemas
 */
export type StrategicFramework = z.infer<typeof strategicFrameworkSchema>
/**
 * A goal of a strategic framework.
 *
 * See [goals](../../docs/goal-coverage.md#goals-programmes-linked-to-them-or-reached-through-their-themes).
 *
 * @example
 * const goal: FrameworkGoal = { id: "goal-1", title: "Rule of law", themes: ["anti-corruption"] }
 *
 * @category Schemas
 */
export type FrameworkGoal = StrategicFramework["goals"][number]
/**
 * A priority region of a strategic framework, with its countries or groups and themes.
 *
 * See [the framework](../../docs/goal-coverage.md#the-framework).
 *
 * @example
 * const region: PriorityRegion = { id: "pacific", name: "Pacific", themes: ["cybercrime"] }
 *
 * @category Schemas
 */
export type PriorityRegion = NonNullable<StrategicFramework["priorityRegions"]>[number]
