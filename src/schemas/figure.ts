import * as z from "zod"
import {
  countryCountsSchema,
  countSchema,
  extraSchema,
  idSchema,
  partialDateSchema,
  plain,
  quantitySchema,
  strictObject,
} from "./fields.js"
import { sourcesSchema } from "./source.js"

/**
 * How a reported figure bounds the true number: `exact` (the default), `at-least` ("over
 * 6,600 alumni"), `at-most` ("up to 30"), `about` ("approximately 60").
 *
 * See [reported figures, bounds and approximations](../../docs/figures.md#reported-figures-bounds-and-approximations).
 *
 * @example
 * FIGURE_BOUNDS //=> ["exact", "at-least", "at-most", "about"]
 *
 * @category Schemas
 */
export const FIGURE_BOUNDS = ["exact", "at-least", "at-most", "about"] as const

/**
 * The metrics this library names; any other non-empty string is allowed too (an open
 * vocabulary, like themes).
 *
 * See [reported figures, bounds and approximations](../../docs/figures.md#reported-figures-bounds-and-approximations).
 *
 * @example
 * FIGURE_METRICS.includes("alumni") //=> true
 *
 * @category Schemas
 */
export const FIGURE_METRICS = ["alumni", "participants", "people-trained", "programmes"] as const

/** What a reported figure counts (named `FigureScope` in the JSON Schema). */
export const figureScopeSchema = strictObject({
  organisation: idSchema.optional(),
  series: idSchema.optional(),
  programmes: z.array(idSchema).optional(),
})

/**
 * A figure a source states in aggregate, about an organisation, a programme series or a set
 * of programmes — "over 6,600 alumni from 144 countries and regions" since UNAFEI's
 * establishment, "65 graduates from 39 countries" of a training programme — as of a date.
 *
 * A statement, not records: never added to what is counted from person records. `bound`
 * defaults to `"exact"`; `since` is when the counting began, where the source says so.
 *
 * See [reported figures, bounds and approximations](../../docs/figures.md#reported-figures-bounds-and-approximations).
 *
 * @example
 * reportedFigureSchema.parse({
 *   id: "unafei-alumni-2024", metric: "alumni", value: 6600, bound: "at-least", countries: 144,
 *   scope: { organisation: "unafei" }, asOf: "2024", since: "1962",
 * })
 *
 * @category Schemas
 */
export const reportedFigureSchema = strictObject({
  id: idSchema,
  metric: z.string().min(1),
  value: quantitySchema,
  bound: z.enum(FIGURE_BOUNDS).optional(),
  countries: countSchema.optional(),
  byCountry: countryCountsSchema.optional(),
  scope: plain(figureScopeSchema),
  asOf: partialDateSchema,
  since: partialDateSchema.optional(),
  sources: sourcesSchema.optional(),
  extra: extraSchema.optional(),
})

/**
 * A figure a source states in aggregate (alumni, participants, people trained, programmes),
 * with its bound, scope, date and sources.
 *
 * See [reported figures, bounds and approximations](../../docs/figures.md#reported-figures-bounds-and-approximations).
 *
 * @example
 * const figure: ReportedFigure = {
 *   id: "unafei-alumni-2024", metric: "alumni", value: 6600, bound: "at-least",
 *   scope: { organisation: "unafei" }, asOf: "2024",
 * }
 *
 * @category Schemas
 */
export type ReportedFigure = z.infer<typeof reportedFigureSchema>
/**
 * How a reported figure bounds the true number.
 *
 * See [reported figures, bounds and approximations](../../docs/figures.md#reported-figures-bounds-and-approximations).
 *
 * @example
 * const bound: FigureBound = "at-least"
 *
 * @category Schemas
 */
export type FigureBound = (typeof FIGURE_BOUNDS)[number]
/**
 * What a reported figure counts: an organisation, a programme series, or programmes.
 *
 * See [validation: reported figures](../../docs/validation.md#reported-figures).
 *
 * @example
 * const scope: FigureScope = { organisation: "unafei", series: "uncac" }
 *
 * @category Schemas
 */
export type FigureScope = ReportedFigure["scope"]
