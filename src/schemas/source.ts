import * as z from "zod"
import { partialDateSchema, plain, strictObject } from "./fields.js"

/**
 * Where a record or a figure comes from: the document's title and address, the sentence it was
 * drawn from (`quote`, verbatim), when it was read (`accessed`) and a `note` on any reading.
 *
 * See [every figure of the seed texts](../../docs/figures.md#every-figure-of-the-seed-texts-through-the-api).
 *
 * @example
 * sourceSchema.parse({
 *   title: "White Paper on Development Cooperation 2024",
 *   quote: "Since its establishment, it has produced over 6,600 alumni from 144 countries and regions.",
 * })
 *
 * @category Schemas
 */
export const sourceSchema = strictObject({
  title: z.string().min(1),
  url: z.string().min(1).optional(),
  quote: z.string().min(1).optional(),
  accessed: partialDateSchema.optional(),
  note: z.string().min(1).optional(),
})

/** `sources?: Source[]`, as every entity takes it. */
export const sourcesSchema = z.array(plain(sourceSchema))

/**
 * Where a record or a figure comes from: title, url?, quote? (the sentence, verbatim),
 * accessed? (a partial date), note?.
 *
 * See [every figure of the seed texts](../../docs/figures.md#every-figure-of-the-seed-texts-through-the-api).
 *
 * @example
 * const source: Source = { title: "White Paper on Development Cooperation 2024", accessed: "2026-11-01" }
 *
 * @category Schemas
 */
export type Source = z.infer<typeof sourceSchema>
