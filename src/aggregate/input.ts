/**
 * What the aggregations check of their input, which need not have been validated: the options
 * (read once, each known name copied, unknown names refused) and every field of the records
 * that an aggregation reads (its type and shape). A problem is an `AggregationError` with a
 * stable code and a one-line message — `aggregate/invalid-option`, `aggregate/unknown-option`,
 * `aggregate/invalid-record` — never a raw `TypeError`. Whether the data is right beyond that
 * (ids that resolve, codes that exist) is `validateDataset`'s job.
 *
 * The checks of valid records build no text, and those on streamed records are a few
 * comparisons each, so that the hot loops stay fast. The messages share one form —
 * `fn: where: field is value: use what would be right` — which also keeps the bundles small.
 */
import { lastDayNumberOf } from "../dates/partial-date.js"
import { describeThrown, showValue } from "../money/errors.js"
import type { Grouping } from "../schemas/grouping.js"
import type { Participant } from "../schemas/participant.js"
import type { Participation } from "../schemas/participation.js"
import type { Programme } from "../schemas/programme.js"
import { nearest } from "../text/nearest.js"
import { quote } from "../text/quote.js"
import { AggregationError, invalidOption } from "./errors.js"
import type { AggregationContext, AggregationInput, ProgrammeFilter } from "./types.js"

/** The shape of a country code: two letters A–Z (whether it exists is validation's check). */
export function isCountryShape(value: unknown): value is string {
  if (typeof value !== "string" || value.length !== 2) return false
  const a = value.charCodeAt(0)
  const b = value.charCodeAt(1)
  return a >= 65 && a <= 90 && b >= 65 && b <= 90
}

/** A non-null object that is not a list. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

/** A partial date (`"2024"`, `"2024-10"`, `"2024-10-15"`, a real calendar date). */
function isDate(value: unknown): value is string {
  return !Number.isNaN(lastDayNumberOf(value))
}

/** A whole number of at least 0. */
function isCount(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= 0
}

/** A list of strings (nothing copied). */
function isTexts(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== "string") return false
  return true
}

// What would be right, as the messages say it after "use".
/** A country code. */
export const COUNTRY = "an ISO 3166-1 alpha-2 code in capitals, such as 'VN'"
const DATE = "a date YYYY, YYYY-MM or YYYY-MM-DD"
const TEXT = "text"
const TEXTS = "a list of text"
const COUNT = "a whole number of at least 0"
const PERIOD = "{ start, end? } with dates YYYY, YYYY-MM or YYYY-MM-DD"

/**
 * Where a record is, for a message: text, or a function that makes it, so that the checks of
 * valid records build no text at all.
 */
export type Where = string | (() => string)

/**
 * An `aggregate/invalid-record` error: `fn: where: field is value: use expected` (without a
 * field: `fn: where is value: use expected`).
 */
export function recordError(
  fn: string,
  where: Where,
  field: string,
  value: unknown,
  expected: string,
): AggregationError {
  return new AggregationError(
    "aggregate/invalid-record",
    `${fn}: ${typeof where === "string" ? where : where()}${field === "" ? "" : `: ${field}`} is ${showValue(value)}: use ${expected}`,
  )
}

/**
 * Throws an `aggregate/invalid-record` unless `ok`. (Its arguments are evaluated whether or not
 * it throws: build no text for them on the paths of every record; pass a `Where` function.)
 */
function need(
  ok: boolean,
  fn: string,
  where: Where,
  field: string,
  value: unknown,
  expected: string,
): void {
  if (!ok) throw recordError(fn, where, field, value, expected)
}

/** How `add` names the record it was given; `rethrowAt` puts its position instead. */
export const ADDED = "the record added"

/** Throws unless a streamed participation is an object (the hot loops' one check). */
export function notAParticipation(fn: string, record: unknown): never {
  throw recordError(fn, ADDED, "", record, "an object { participant, programme, status }")
}

/** Throws for a seat's country that is not a country code. */
export function invalidSeatCountry(fn: string, value: unknown): never {
  throw recordError(fn, ADDED, "country", value, COUNTRY)
}

/** Throws for a `completedOn` that is not a date. */
export function invalidCompletedOn(fn: string, value: unknown): never {
  throw recordError(fn, ADDED, "completedOn", value, DATE)
}

/**
 * Rethrows an error raised while the record at `where` (`participations[12]`) was added, naming
 * it; an error of the caller's own (a getter, a Proxy, an iterator that throws) becomes an
 * `aggregate/invalid-record` with it as the cause.
 */
export function rethrowAt(fn: string, error: unknown, where: string): never {
  const added = `${fn}: ${ADDED}`
  if (!(error instanceof AggregationError))
    throw unreadable(fn, "aggregate/invalid-record", where, error)
  if (!error.message.startsWith(added)) throw error
  throw new AggregationError(error.code, `${fn}: ${where}${error.message.slice(added.length)}`)
}

function unreadable(
  fn: string,
  code: "aggregate/invalid-record" | "aggregate/invalid-option",
  what: string,
  error: unknown,
): AggregationError {
  return new AggregationError(
    code,
    `${fn}: ${what} could not be read (${describeThrown(error)}): pass plain data, such as parsed JSON`,
    { cause: error },
  )
}

/**
 * Runs `read` over the caller's data or options; an error of the caller's own (a getter or a
 * Proxy that throws) becomes an `aggregate/invalid-record` (`aggregate/invalid-option`) with it
 * as the cause.
 */
export function guard<T>(fn: string, what: "data" | "options", read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (error instanceof AggregationError) throw error
    throw unreadable(
      fn,
      what === "data" ? "aggregate/invalid-record" : "aggregate/invalid-option",
      `the ${what}`,
      error,
    )
  }
}

// ---------------------------------------------------------------------------------------------
// Options

/** The names of the programme filter (see `ProgrammeFilter`). */
export const FILTER_OPTIONS = ["where", "series", "kinds", "themes", "during", "asOf"] as const
/**
 * The programme filter and `seatCountry` (see `CountingOptions`): every aggregation of
 * participations takes them, so that one options object can serve them all (`seatCountry`
 * has no effect where no seat's country is read: alumni, counts per period).
 */
export const COUNTING_OPTIONS = [...FILTER_OPTIONS, "seatCountry"] as const

function unknownOption(fn: string, name: string, known: readonly string[], of = "") {
  // No "did you mean" for a long (hostile) name: the work stays bounded.
  const guess = name.length <= 64 ? nearest(name, known) : undefined
  return new AggregationError(
    "aggregate/unknown-option",
    `${fn}: unknown option ${quote(of + name)} — ${
      guess !== undefined
        ? `did you mean '${of}${guess}'?`
        : `the options${of === "" ? "" : ` of ${of.slice(0, -1)}`} are ${known.map((k) => `'${k}'`).join(", ")}`
    }`,
  )
}

/**
 * Reads options once: each known name copied into a null-prototype object (so that a getter
 * is called once, and nothing of the caller's object is kept), an unknown name refused with
 * the nearest known one. `undefined` gives an empty object.
 */
export function readOptions(
  fn: string,
  options: unknown,
  known: readonly string[],
  expected = "pass an object, or nothing",
): Record<string, unknown> {
  const copy: Record<string, unknown> = Object.create(null)
  if (options === undefined) return copy
  if (!isRecord(options)) invalidOption(fn, "options", options, expected)
  return guard(fn, "options", () => {
    for (const name of Object.keys(options))
      if (!known.includes(name)) throw unknownOption(fn, name, known)
    for (const name of known) {
      const value = options[name]
      if (value !== undefined) copy[name] = value
    }
    return copy
  })
}

/** Throws unless `value` is a partial date. */
export function checkDate(fn: string, option: string, value: unknown): asserts value is string {
  if (!isDate(value)) invalidOption(fn, option, value, `use ${DATE}`)
}

/** A list of text copied, or an `aggregate/invalid-option`. */
function texts(fn: string, option: string, value: unknown, expected: string): string[] {
  if (!isTexts(value)) invalidOption(fn, option, value, expected)
  return [...value]
}

/**
 * The programme filter of read options, checked and copied (lists as fresh arrays, `during` as
 * a fresh object), naming the first option that cannot be used.
 */
export function readFilter(fn: string, options: Record<string, unknown>): ProgrammeFilter {
  return guard(fn, "options", () => {
    const { where, series, kinds, themes, during, asOf } = options
    const filter: { -readonly [K in keyof ProgrammeFilter]: ProgrammeFilter[K] } = {}
    if (where !== undefined) {
      if (typeof where !== "function")
        invalidOption(fn, "where", where, "pass a function (programme) => boolean")
      filter.where = where as ProgrammeFilter["where"]
    }
    if (series !== undefined)
      filter.series =
        typeof series === "string"
          ? [series]
          : texts(fn, "series", series, "pass a series id or a list of series ids")
    if (kinds !== undefined)
      filter.kinds = texts(
        fn,
        "kinds",
        kinds,
        "pass a list of programme kinds, such as ['training-course']",
      ) as ProgrammeFilter["kinds"]
    if (themes !== undefined)
      filter.themes = texts(
        fn,
        "themes",
        themes,
        "pass a list of themes, such as ['anti-corruption']",
      )
    if (during !== undefined) {
      if (!isRecord(during))
        invalidOption(fn, "during", during, "pass { start?, end? } with partial dates")
      for (const name of Object.keys(during))
        if (name !== "start" && name !== "end")
          throw unknownOption(fn, name, ["start", "end"], "during.")
      const { start, end } = during
      if (start !== undefined) checkDate(fn, "during.start", start)
      if (end !== undefined) checkDate(fn, "during.end", end)
      filter.during = { start: start as string | undefined, end: end as string | undefined }
    }
    if (asOf !== undefined) {
      checkDate(fn, "asOf", asOf)
      filter.asOf = asOf
    }
    return filter
  })
}

// ---------------------------------------------------------------------------------------------
// Data

/** The input of an aggregation, its lists read once and checked to be lists. */
export type CheckedInput = {
  readonly programmes: readonly Programme[] | undefined
  readonly participants: readonly Participant[] | undefined
  readonly participations: Iterable<Participation> | undefined
  readonly groups: readonly Grouping[] | undefined
}

/**
 * Reads a dataset (or context) once: `programmes`, `participants` and `groups` must be lists,
 * `participations` a list or another iterable; anything else is an `aggregate/invalid-record`.
 */
export function readInput(
  fn: string,
  input: AggregationInput | AggregationContext | undefined,
  what = "the dataset",
): CheckedInput {
  need(isRecord(input), fn, what, "", input, "a dataset { programmes, participants, … }")
  return guard(fn, "data", () => {
    const { programmes, participants, groups } = input as AggregationContext
    const participations = (input as AggregationInput).participations
    for (const [field, list] of [
      ["programmes", programmes],
      ["participants", participants],
      ["groups", groups],
    ] as const)
      need(list === undefined || Array.isArray(list), fn, what, field, list, "a list")
    need(
      participations === undefined ||
        typeof (participations as Partial<Iterable<unknown>>)?.[Symbol.iterator] === "function",
      fn,
      what,
      "participations",
      participations,
      "a list or another iterable",
    )
    return { programmes, participants, participations, groups }
  })
}

/** `programmes[3] ('itc-184')`: a record by its position, and its id when it has one. */
export function recordWhere(list: string, i: number, id: unknown): string {
  return typeof id === "string" ? `${list}[${i}] (${quote(id)})` : `${list}[${i}]`
}

/** Checks an optional list of country codes. */
function checkCountries(fn: string, where: Where, field: string, value: unknown): void {
  if (value === undefined) return
  need(Array.isArray(value), fn, where, field, value, "a list of country codes, such as ['VN']")
  for (let k = 0; k < (value as unknown[]).length; k++) {
    const country = (value as unknown[])[k]
    if (!isCountryShape(country)) throw recordError(fn, where, `${field}[${k}]`, country, COUNTRY)
  }
}

/** Checks a period `{ start, end? }` (`end` required when `closed`). */
function checkPeriod(fn: string, where: Where, period: unknown, closed = false): void {
  need(isRecord(period), fn, where, "period", period, PERIOD)
  const { start, end } = period as Record<string, unknown>
  need(isDate(start), fn, where, "period.start", start, DATE)
  need((!closed && end === undefined) || isDate(end), fn, where, "period.end", end, DATE)
}

/** Checks what every aggregation reads of a programme: `id`, `status`, `period`, `series`, `themes`. */
export function checkProgramme(fn: string, programme: unknown, i: number): void {
  if (!isRecord(programme))
    throw recordError(
      fn,
      `programmes[${i}]`,
      "",
      programme,
      "a programme { id, title, kind, status, period }",
    )
  const { id, status, period, series, themes } = programme as Record<string, unknown>
  const where = () => recordWhere("programmes", i, id)
  need(typeof id === "string", fn, where, "id", id, TEXT)
  need(typeof status === "string", fn, where, "status", status, "a status, such as 'completed'")
  checkPeriod(fn, where, period)
  need(
    series === undefined || (isRecord(series) && typeof series.id === "string"),
    fn,
    where,
    "series",
    series,
    "{ id, session? }",
  )
  need(themes === undefined || isTexts(themes), fn, where, "themes", themes, TEXTS)
}

/**
 * Checks a programme's `reportedParticipants`, for the aggregations that count reported figures
 * (passed to `buildProgrammeTable`, so that the others do not carry it).
 */
export function checkReported(fn: string, programme: Programme, i: number): void {
  const reportedParticipants = (programme as Record<string, unknown>).reportedParticipants
  if (reportedParticipants === undefined) return
  const where = () => recordWhere("programmes", i, programme.id)
  const field = "reportedParticipants"
  need(
    isRecord(reportedParticipants),
    fn,
    where,
    field,
    reportedParticipants,
    "{ total, byCountry? }",
  )
  const { total, byCountry } = reportedParticipants as Record<string, unknown>
  need(isCount(total), fn, where, `${field}.total`, total, COUNT)
  if (byCountry === undefined) return
  need(isRecord(byCountry), fn, where, `${field}.byCountry`, byCountry, "{ VN: 3, KH: 2 }")
  const counts = byCountry as Record<string, unknown>
  for (const country of Object.keys(counts)) {
    // An own "__proto__" key (JSON.parse makes one) is a key like any other here: refused.
    need(isCountryShape(country), fn, where, `a key of ${field}.byCountry`, country, COUNTRY)
    need(
      isCount(counts[country]),
      fn,
      where,
      `${field}.byCountry.${country}`,
      counts[country],
      COUNT,
    )
  }
}

/** Checks what the aggregations read of a participant: `id`, `country`, `gender`, `profession`. */
export function checkParticipant(fn: string, participant: unknown, i: number): void {
  if (!isRecord(participant))
    throw recordError(fn, `participants[${i}]`, "", participant, "a participant { id, country }")
  const { id, country, gender, profession } = participant as Record<string, unknown>
  // The common case first: a few comparisons, and nothing built.
  if (
    typeof id === "string" &&
    isCountryShape(country) &&
    (gender === undefined || typeof gender === "string") &&
    (profession === undefined || typeof profession === "string")
  )
    return
  const where = () => recordWhere("participants", i, id)
  need(typeof id === "string", fn, where, "id", id, TEXT)
  need(isCountryShape(country), fn, where, "country", country, COUNTRY)
  need(gender === undefined || typeof gender === "string", fn, where, "gender", gender, TEXT)
  throw recordError(fn, where, "profession", profession, TEXT)
}

/** Checks a grouping: `id`, and `members` with a country code and dates. */
export function checkGrouping(fn: string, grouping: unknown, where: string): void {
  need(
    isRecord(grouping),
    fn,
    where,
    "",
    grouping,
    "a grouping { id, name, members: [{ country, from?, until? }] }",
  )
  const { id, members } = grouping as Record<string, unknown>
  const at = () => (typeof id === "string" ? `${where} (${quote(id)})` : where)
  need(typeof id === "string", fn, at, "id", id, TEXT)
  need(Array.isArray(members), fn, at, "members", members, "[{ country, from?, until? }]")
  const list = members as unknown[]
  for (let k = 0; k < list.length; k++) {
    const member = list[k] as Record<string, unknown>
    // The common case first, building no text (a grouping may have thousands of spans).
    if (
      isRecord(member) &&
      isCountryShape(member.country) &&
      (member.from === undefined || isDate(member.from)) &&
      (member.until === undefined || isDate(member.until))
    )
      continue
    const m = `members[${k}]`
    need(isRecord(member), fn, at, m, member, "{ country, from?, until? }")
    need(isCountryShape(member.country), fn, at, `${m}.country`, member.country, COUNTRY)
    need(member.from === undefined || isDate(member.from), fn, at, `${m}.from`, member.from, DATE)
    throw recordError(fn, at, `${m}.until`, member.until, DATE)
  }
}

/** Checks what `goalCoverage` reads of a programme besides the rest: `goals`, `countries`, `groups`. */
export function checkProgrammeLinks(fn: string, programme: Programme): void {
  const where = () => `programme ${quote(programme.id)}`
  const { goals, countries, groups } = programme as Record<string, unknown>
  if (goals !== undefined) {
    need(Array.isArray(goals), fn, where, "goals", goals, "[{ framework, goal }]")
    for (let k = 0; k < (goals as unknown[]).length; k++) {
      const link = (goals as unknown[])[k] as Record<string, unknown>
      need(
        isRecord(link) && typeof link.framework === "string" && typeof link.goal === "string",
        fn,
        where,
        `goals[${k}]`,
        link,
        "{ framework, goal } with their ids",
      )
    }
  }
  checkCountries(fn, where, "countries", countries)
  need(groups === undefined || isTexts(groups), fn, where, "groups", groups, TEXTS)
}

/** Checks what `pledgeProgress` reads of a programme besides the rest: `pledges`. */
export function checkProgrammePledges(fn: string, programme: Programme): void {
  const pledges = (programme as Record<string, unknown>).pledges
  if (pledges !== undefined && !isTexts(pledges))
    throw recordError(fn, `programme ${quote(programme.id)}`, "pledges", pledges, TEXTS)
}

/** Checks what `goalCoverage` reads of a strategic framework. */
export function checkFramework(fn: string, framework: Record<string, unknown>): void {
  const { id, goals, period, priorityRegions } = framework
  const where = () => (typeof id === "string" ? `framework ${quote(id)}` : "the framework")
  need(typeof id === "string", fn, where, "id", id, TEXT)
  checkPeriod(fn, where, period)
  need(Array.isArray(goals), fn, where, "goals", goals, "[{ id, title }]")
  for (let k = 0; k < (goals as unknown[]).length; k++) {
    const goal = (goals as unknown[])[k] as Record<string, unknown>
    need(
      isRecord(goal) && typeof goal.id === "string" && typeof goal.title === "string",
      fn,
      where,
      `goals[${k}]`,
      goal,
      "{ id, title } as text",
    )
  }
  if (priorityRegions === undefined) return
  const region = "{ id, name, countries?, groups?, themes }"
  need(Array.isArray(priorityRegions), fn, where, "priorityRegions", priorityRegions, `[${region}]`)
  for (let k = 0; k < (priorityRegions as unknown[]).length; k++) {
    const at = `priorityRegions[${k}]`
    const r = (priorityRegions as unknown[])[k] as Record<string, unknown>
    need(isRecord(r), fn, where, at, r, region)
    need(typeof r.id === "string", fn, where, `${at}.id`, r.id, TEXT)
    checkCountries(fn, where, `${at}.countries`, r.countries)
    need(r.groups === undefined || isTexts(r.groups), fn, where, `${at}.groups`, r.groups, TEXTS)
    need(isTexts(r.themes), fn, where, `${at}.themes`, r.themes, TEXTS)
  }
}

/** Checks what `pledgeProgress` reads of a pledge: `id`, `period`, `targets`, `fulfilments`. */
export function checkPledge(fn: string, pledge: Record<string, unknown>): void {
  const { id, period, targets, fulfilments } = pledge
  const where = () => (typeof id === "string" ? `pledge ${quote(id)}` : "the pledge")
  const money = (at: string, value: unknown) =>
    need(
      isRecord(value) && typeof value.amount === "number" && typeof value.currency === "string",
      fn,
      where,
      at,
      value,
      "{ amount, currency }",
    )
  const number = (value: unknown) => typeof value === "number" && Number.isFinite(value)
  need(typeof id === "string", fn, where, "id", id, TEXT)
  checkPeriod(fn, where, period, true)
  const target = "{ id, kind: 'money', money } or { id, kind: 'quantity', metric, value }"
  need(Array.isArray(targets), fn, where, "targets", targets, `[${target}]`)
  for (let k = 0; k < (targets as unknown[]).length; k++) {
    const at = `targets[${k}]`
    const t = (targets as unknown[])[k] as Record<string, unknown>
    need(isRecord(t) && typeof t.id === "string", fn, where, at, t, target)
    if (t.kind === "money") money(`${at}.money`, t.money)
    else {
      need(t.kind === "quantity", fn, where, `${at}.kind`, t.kind, "'money' or 'quantity'")
      need(typeof t.metric === "string", fn, where, `${at}.metric`, t.metric, TEXT)
      need(number(t.value), fn, where, `${at}.value`, t.value, "a finite number")
    }
  }
  if (fulfilments === undefined) return
  const record = "{ target, on, money?, value?, kind? }"
  need(Array.isArray(fulfilments), fn, where, "fulfilments", fulfilments, `[${record}]`)
  for (let k = 0; k < (fulfilments as unknown[]).length; k++) {
    const at = `fulfilments[${k}]`
    const f = (fulfilments as unknown[])[k] as Record<string, unknown>
    need(isRecord(f), fn, where, at, f, record)
    need(typeof f.target === "string", fn, where, `${at}.target`, f.target, "the id of a target")
    need(isDate(f.on), fn, where, `${at}.on`, f.on, DATE)
    need(
      f.kind === undefined || f.kind === "increment" || f.kind === "cumulative",
      fn,
      where,
      `${at}.kind`,
      f.kind,
      "'increment' (the default) or 'cumulative'",
    )
    if (f.money !== undefined) money(`${at}.money`, f.money)
    need(
      f.value === undefined || number(f.value),
      fn,
      where,
      `${at}.value`,
      f.value,
      "a finite number",
    )
  }
}
