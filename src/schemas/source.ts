import * as z from "zod"
import { partialDateSchema, plain, strictObject } from "./fields.js"

/**
 * Where a record or a figure comes from: the title of the document, its address, the sentence
 * the record was drawn from (`quote`, verbatim), the date the document was read (`accessed`)
 * and a `note` on any reading the text leaves open ("about 40", a year inferred from "annually
 * since 2007"). Every entity and every reported figure takes `sources?: Source[]`.
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
 * @category Schemas
 */
export type Source = z.infer<typeof sourceSchema>
