import * as z from "zod"
import { isPartialDate } from "../dates/partial-date.js"
import { messages } from "../messages.js"
import { currencyDigits, isCurrencyCode } from "../money/currencies.js"
import { decimalOfNumber } from "../money/minor-units.js"
import { isCountryCode } from "../reference/countries.js"
import type { IssueCode } from "../validate/catalogue.js"

/**
 * Codes that schema-level checks attach to their issues (`params.code`), so that
 * `validateDataset` reports them under the same stable codes as its own rules.
 */
export const FIELD_CODES = {
  id: "id/invalid",
  country: "country/invalid",
  date: "date/invalid",
  currency: "currency/invalid",
  decimals: "money/too-many-decimals",
  extra: "extra/not-json",
  wrongType: "field/wrong-type",
  tooLarge: "count/too-large",
} as const satisfies Record<string, IssueCode>

/**
 * Whether a value is a plain object, as `JSON.parse` makes them: its prototype is
 * `Object.prototype` (of any realm) or `null`. Maps, Dates, class instances are not.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false
  const proto = Object.getPrototypeOf(value)
  return (
    proto === null ||
    proto === Object.prototype ||
    // Object.prototype of another realm (an iframe, a vm context).
    (Object.getPrototypeOf(proto) === null && Object.hasOwn(proto, "isPrototypeOf"))
  )
}

/** Anything but an object that is not plain: what `plain` lets through to the object schema. */
const notAnOddObject = (value: unknown) =>
  typeof value !== "object" || value === null || Array.isArray(value) || isPlainObject(value)

/**
 * An object schema that refuses objects that are not plain (a Map, a Date, a class instance):
 * Zod's object schemas read their fields from any object, so `new Map()` would pass as an
 * object whose optional fields are all absent, and be emptied. Other values (a string, a
 * list) go on to the object schema, which reports them as of the wrong type.
 */
export function plain<Schema extends z.ZodType>(
  schema: Schema,
): z.ZodPipe<z.ZodCustom<z.input<Schema>, z.input<Schema>>, Schema> {
  const guard = z.custom<z.input<Schema>>(notAnOddObject, {
    error: (issue) => messages.notPlainObject(issue.input),
    params: { code: FIELD_CODES.wrongType },
    abort: true,
  })
  return z.pipe(guard, schema as never) as never
}

function isId(value: unknown): value is string {
  return (
    typeof value === "string" &&
    value.length >= 1 &&
    value.length <= 200 &&
    value.trim().length === value.length
  )
}

/**
 * An id chosen by the user: 1–200 characters with no leading or trailing white space.
 * Ids are unique per entity kind. Any string is safe, `"__proto__"` included.
 *
 * See [validation: shape of the records](../../docs/validation.md#shape-of-the-records).
 *
 * @example
 * idSchema.parse("unafei-itc-184") //=> "unafei-itc-184"
 *
 * @category Schemas
 */
export const idSchema = z.custom<string>(isId, {
  error: (issue) => messages.id(issue.input),
  params: { code: FIELD_CODES.id },
})

/**
 * An ISO 3166-1 alpha-2 country code in upper case, or `"XK"` (Kosovo, as IATI accepts it).
 * Economies the sources count among "countries and regions" (`TW`, `HK`, `MO`, `PS`) are valid.
 *
 * See [country names](../../docs/reference.md#country-names).
 *
 * @example
 * countryCodeSchema.parse("VN") //=> "VN"
 * countryCodeSchema.safeParse("vn").success //=> false
 *
 * @category Schemas
 */
export const countryCodeSchema = z.custom<string>(isCountryCode, {
  error: (issue) => messages.countryCode(issue.input),
  params: { code: FIELD_CODES.country },
})

/**
 * A partial date: `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"`, a real calendar date
 * (`"2024-02-29"` yes, `"2023-02-29"` no). Kept as a string: no `Date`, no time zone.
 * As a start it means the first day of the year or month, as an end the last.
 *
 * See [partial dates](../../docs/dates-and-fiscal-years.md#partial-dates).
 *
 * @example
 * partialDateSchema.parse("2024-10") //=> "2024-10"
 * partialDateSchema.safeParse("2024-13").success //=> false
 *
 * @category Schemas
 */
export const partialDateSchema = z.custom<string>(isPartialDate, {
  error: (issue) => messages.partialDate(issue.input),
  params: { code: FIELD_CODES.date },
})

/**
 * An ISO 4217 currency code with a defined minor unit (`"JPY"`, `"USD"`, `"KWD"`).
 *
 * See [money](../../docs/counting-rules.md#money).
 *
 * @example
 * currencyCodeSchema.parse("JPY") //=> "JPY"
 *
 * @category Schemas
 */
export const currencyCodeSchema = z.custom<string>(isCurrencyCode, {
  error: (issue) => messages.currency(issue.input),
  params: { code: FIELD_CODES.currency },
})

/**
 * An amount of money in major units of an ISO 4217 currency: non-negative, finite, with no
 * more decimals than the currency allows (JPY 0, USD 2, KWD 3). `approximate: true` records
 * "approximately ¥45 billion".
 *
 * See [money](../../docs/counting-rules.md#money).
 *
 * @example
 * moneySchema.parse({ amount: 45_000_000_000, currency: "JPY", approximate: true })
 * moneySchema.safeParse({ amount: 10.5, currency: "JPY" }).success //=> false
 *
 * @category Schemas
 */
export const moneySchema = strictObject({
  amount: z.number().nonnegative(),
  currency: currencyCodeSchema,
  approximate: z.boolean().optional(),
}).check((ctx) => {
  const { amount, currency } = ctx.value
  const digits = currencyDigits(currency)
  if (digits !== undefined && (decimalOfNumber(amount)?.scale ?? 0) > digits) {
    ctx.issues.push({
      code: "custom",
      input: amount,
      path: ["amount"],
      message: messages.tooManyDecimals(amount, currency, digits),
      params: { code: FIELD_CODES.decimals },
    })
  }
})

/**
 * A period of partial dates. No `end` means open-ended.
 *
 * See [partial dates](../../docs/dates-and-fiscal-years.md#partial-dates).
 *
 * @example
 * periodSchema.parse({ start: "2015" }) //=> { start: "2015" }
 *
 * @category Schemas
 */
export const periodSchema = strictObject({
  start: partialDateSchema,
  end: partialDateSchema.optional(),
})

/**
 * A JSON value, as `extra` holds.
 *
 * See [JSON Schema definitions](../../docs/json-schema.md#definitions).
 *
 * @example
 * const value: JsonValue = { cohort: 7, tags: ["alumni-network"], note: null }
 *
 * @category Schemas
 */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue }

/** How deep `extra` may nest; deeper values are refused rather than overflowing the stack. */
const MAX_EXTRA_DEPTH = 64

/**
 * Checks a JSON object without recursion (so that cyclic or very deep input cannot overflow
 * the stack): plain objects and arrays, strings, finite numbers, booleans and null.
 */
function jsonProblem(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return "must be an object of your own fields"
  }
  const seen = new Set<object>()
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number]
    if (current === null || typeof current === "string" || typeof current === "boolean") continue
    if (typeof current === "number") {
      if (!Number.isFinite(current)) return `holds ${current}, which JSON cannot represent`
      continue
    }
    if (typeof current !== "object") return `holds a ${typeof current}, which is not JSON`
    if (seen.has(current)) return "refers to itself (a cycle), which JSON cannot represent"
    if (depth >= MAX_EXTRA_DEPTH) return `nests deeper than ${MAX_EXTRA_DEPTH} levels`
    const proto = Object.getPrototypeOf(current)
    if (!Array.isArray(current) && proto !== Object.prototype && proto !== null) {
      return "holds an object that is not plain JSON (a Date, Map or class instance)"
    }
    seen.add(current)
    for (const key of Object.keys(current)) {
      stack.push([(current as Record<string, unknown>)[key], depth + 1])
    }
  }
  return undefined
}

/**
 * The user's own fields on an entity: any JSON value under any key. The object is kept as
 * given (not copied), so no key is lost, `"__proto__"` included.
 *
 * See [validation: shape of the records](../../docs/validation.md#shape-of-the-records).
 *
 * @example
 * extraSchema.parse({ cohort: 7, tags: ["alumni-network"] })
 *
 * @category Schemas
 */
export const extraSchema = z.custom<Record<string, JsonValue>>(
  (value) => jsonProblem(value) === undefined,
  {
    error: (issue) => `extra ${jsonProblem(issue.input) ?? "is not JSON"}`,
    params: { code: FIELD_CODES.extra },
  },
)

/**
 * A non-negative whole number (counts of people or countries), at most
 * `Number.MAX_SAFE_INTEGER`: beyond it a number cannot count in ones, and sums would be
 * silently wrong (`count/too-large`).
 */
export const countSchema = z.number().int().nonnegative()

/** A non-negative quantity, whole or not, at most `Number.MAX_SAFE_INTEGER` (`count/too-large`). */
export const quantitySchema = z.number().nonnegative().max(Number.MAX_SAFE_INTEGER)

/**
 * A list of records that refuses items that are not plain objects, like `plain` but checked
 * once for the whole list rather than piped item by item: the collections of a dataset hold a
 * million records, and a pipe per record costs a fifth of the schema pass. When an item is
 * not plain (which JSON cannot give), each such item is reported and the list's other items
 * are not checked until they are fixed.
 */
export function plainList<Item extends z.ZodType>(item: Item) {
  const list = z.array(item)
  const guard = z.custom<z.input<typeof list>>().check((ctx) => {
    const items = ctx.value
    if (!Array.isArray(items)) return
    for (let i = 0; i < items.length; i++) {
      const value: unknown = items[i]
      if (!notAnOddObject(value)) {
        ctx.issues.push({
          code: "custom",
          input: value,
          path: [i],
          message: messages.notPlainObject(value),
          params: { code: FIELD_CODES.wrongType },
        })
      }
    }
  })
  return z.pipe(guard, list)
}

/**
 * Per-country counts: `{ UA: 4, VN: 2 }`. Zod's `z.record` skips an own `"__proto__"` key
 * (as `JSON.parse` makes it) without an issue, so the key is checked first and reported as
 * the invalid country code it is; nothing is dropped silently.
 */
export const countryCountsSchema = z
  .custom<Record<string, number>>(
    (value) => typeof value !== "object" || value === null || !Object.hasOwn(value, "__proto__"),
    {
      error: () => messages.countryCode("__proto__"),
      params: { code: FIELD_CODES.country },
      path: ["__proto__"],
      abort: true,
    },
  )
  .pipe(z.record(countryCodeSchema, countSchema))

/**
 * Builds an object schema whose unknown keys are errors that name the nearest known field.
 * With several unknown keys, the message has one line per key.
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const known = Object.keys(shape)
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? issue.keys.map((key) => messages.unknownField(key, known)).join("\n")
        : undefined,
  })
}

/**
 * An id chosen by the user: 1–200 characters, no leading or trailing white space.
 *
 * See [validation: shape of the records](../../docs/validation.md#shape-of-the-records).
 *
 * @example
 * const id: Id = "unafei-itc-184"
 *
 * @category Schemas
 */
export type Id = z.infer<typeof idSchema>
/**
 * An ISO 3166-1 alpha-2 country code in upper case, or `"XK"`: `"VN"`.
 *
 * See [country names](../../docs/reference.md#country-names).
 *
 * @example
 * const country: CountryCode = "VN"
 *
 * @category Schemas
 */
export type CountryCode = z.infer<typeof countryCodeSchema>
/**
 * A date as precise as the source: `"2024"`, `"2024-10"` or `"2024-10-15"`.
 *
 * See [partial dates](../../docs/dates-and-fiscal-years.md#partial-dates).
 *
 * @example
 * const start: PartialDate = "2024-10"
 *
 * @category Schemas
 */
export type PartialDate = z.infer<typeof partialDateSchema>
/**
 * An amount in major units of an ISO 4217 currency: `{ amount: 45_000_000_000, currency: "JPY", approximate: true }`.
 *
 * See [money](../../docs/counting-rules.md#money).
 *
 * @example
 * const budget: Money = { amount: 45_000_000_000, currency: "JPY", approximate: true }
 *
 * @category Schemas
 */
export type Money = z.infer<typeof moneySchema>
/**
 * A period of partial dates; no `end` means open-ended.
 *
 * See [partial dates](../../docs/dates-and-fiscal-years.md#partial-dates).
 *
 * @example
 * const period: Period = { start: "2024-05", end: "2024-06" }
 *
 * @category Schemas
 */
export type Period = z.infer<typeof periodSchema>
