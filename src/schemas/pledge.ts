import * as z from "zod"
import {
  countryCodeSchema,
  extraSchema,
  idSchema,
  moneySchema,
  partialDateSchema,
  plain,
  quantitySchema,
  strictObject,
} from "./fields.js"
import { sourcesSchema } from "./source.js"

/**
 * How a fulfilment record counts: added up, or the total so far.
 *
 * See [fulfilment records](../../docs/pledges.md#fulfilment-records-increments-and-cumulative-totals).
 *
 * @example
 * FULFILMENT_KINDS //=> ["increment", "cumulative"]
 *
 * @category Schemas
 */
export const FULFILMENT_KINDS = ["increment", "cumulative"] as const

/** A target of an amount of money (named `MoneyTarget` in the JSON Schema). */
export const moneyTargetSchema = strictObject({
  id: idSchema,
  kind: z.literal("money"),
  money: plain(moneySchema),
})

/** A target of a quantity (named `QuantityTarget` in the JSON Schema). */
export const quantityTargetSchema = strictObject({
  id: idSchema,
  kind: z.literal("quantity"),
  metric: z.string().min(1),
  value: quantitySchema,
  unit: z.string().min(1).optional(),
  approximate: z.boolean().optional(),
})

/**
 * A target of a pledge: an amount of money, or a quantity of something (`metric:
 * "people-trained"`, `value: 2000`, `unit: "personnel"`). A quantity the source gives as
 * approximate ("approximately 20,000 people") has `approximate: true`, as money has.
 *
 * See [recording a pledge](../../docs/pledges.md#recording-a-pledge).
 *
 * @example
 * pledgeTargetSchema.parse({ id: "people", kind: "quantity", metric: "people-trained", value: 2000 })
 *
 * @category Schemas
 */
export const pledgeTargetSchema = z.discriminatedUnion("kind", [
  moneyTargetSchema,
  quantityTargetSchema,
])

/**
 * A dated record of progress against a target: `increment` (default) adds up; `cumulative`
 * states the total so far and replaces everything dated before it.
 *
 * See [fulfilment records](../../docs/pledges.md#fulfilment-records-increments-and-cumulative-totals).
 *
 * @example
 * pledgeFulfilmentSchema.parse({ target: "people", on: "2018", kind: "cumulative", value: 2653 })
 *
 * @category Schemas
 */
export const pledgeFulfilmentSchema = strictObject({
  target: idSchema,
  on: partialDateSchema,
  kind: z.enum(FULFILMENT_KINDS).optional(),
  money: plain(moneySchema).optional(),
  value: quantitySchema.optional(),
  source: z.string().min(1).optional(),
})

/**
 * A public commitment with targets and dated fulfilment records ("approximately ¥45 billion
 * and 2,000 counter-terrorism personnel trained over three years").
 *
 * See [recording a pledge](../../docs/pledges.md#recording-a-pledge).
 *
 * @example
 * pledgeSchema.parse({
 *   id: "ct-asia-2016", pledger: "gov-japan", announcedOn: "2016-09",
 *   period: { start: "2016", end: "2018" },
 *   targets: [
 *     { id: "money", kind: "money", money: { amount: 45_000_000_000, currency: "JPY", approximate: true } },
 *     { id: "people", kind: "quantity", metric: "people-trained", value: 2000, unit: "personnel" },
 *   ],
 *   fulfilments: [{ target: "people", on: "2018", kind: "cumulative", value: 2653 }],
 * })
 *
 * @category Schemas
 */
export const pledgeSchema = strictObject({
  id: idSchema,
  title: z.string().min(1).optional(),
  pledger: idSchema,
  announcedOn: partialDateSchema,
  occasion: z.string().min(1).optional(),
  period: plain(strictObject({ start: partialDateSchema, end: partialDateSchema })),
  recipient: plain(
    strictObject({
      organisation: idSchema.optional(),
      countries: z.array(countryCodeSchema).optional(),
      groups: z.array(idSchema).optional(),
    }),
  ).optional(),
  themes: z.array(z.string().min(1)).optional(),
  targets: z.array(plain(pledgeTargetSchema)),
  fulfilments: z.array(plain(pledgeFulfilmentSchema)).optional(),
  sources: sourcesSchema.optional(),
  extra: extraSchema.optional(),
})

/**
 * A public commitment with targets and dated fulfilment records.
 *
 * See [recording a pledge](../../docs/pledges.md#recording-a-pledge).
 *
 * @example
 * const pledge: Pledge = {
 *   id: "ct-asia-2016", pledger: "gov-japan", announcedOn: "2016-09",
 *   period: { start: "2016", end: "2018" },
 *   targets: [{ id: "people", kind: "quantity", metric: "people-trained", value: 2000 }],
 * }
 *
 * @category Schemas
 */
export type Pledge = z.infer<typeof pledgeSchema>
/**
 * A target of a pledge: money, or a quantity of something.
 *
 * See [recording a pledge](../../docs/pledges.md#recording-a-pledge).
 *
 * @example
 * const target: PledgeTarget = { id: "people", kind: "quantity", metric: "people-trained", value: 2000 }
 *
 * @category Schemas
 */
export type PledgeTarget = z.infer<typeof pledgeTargetSchema>
/**
 * A dated record of progress against one target of a pledge.
 *
 * See [fulfilment records](../../docs/pledges.md#fulfilment-records-increments-and-cumulative-totals).
 *
 * @example
 * const record: PledgeFulfilment = { target: "people", on: "2018", kind: "cumulative", value: 2653 }
 *
 * @category Schemas
 */
export type PledgeFulfilment = z.infer<typeof pledgeFulfilmentSchema>
