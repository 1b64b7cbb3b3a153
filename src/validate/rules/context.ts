import { firstDayNumber, isPartialDate, lastDayNumber } from "../../dates/partial-date.js"
import { findGrouping } from "../../reference/groupings.js"
import type { Collection } from "../issue.js"
import { field, isObject, listOf, locate, type Reporter, text } from "../report.js"

/** What the participation rules need to know about a programme. */
export type ProgrammeFacts = {
  status: unknown
  /** First day of the start, or undefined when the start is not a valid date. */
  first: number | undefined
  /** Last day of the end; +Infinity when open-ended; undefined when the end is invalid. */
  last: number | undefined
  start: string | undefined
  end: string | undefined
}

/** Indexes of a dataset's ids, built in one pass, shared by the rules. */
export type Context = {
  input: Record<string, unknown>
  reporter: Reporter
  /** False when records are checked on their own (`fromRows`): references cannot be resolved. */
  references: boolean
  /** How a message names another record: `participations[3]`, or `row 5` for `fromRows`. */
  nameRecord(collection: Collection, index: number): string
  organisations: Set<string>
  groups: Set<string>
  programmes: Map<string, ProgrammeFacts>
  participants: Set<string>
  pledges: Set<string>
  /** Framework id → its goal ids. */
  frameworks: Map<string, Set<string>>
  /** Day numbers of a partial date (cached: the same dates repeat across a million records). */
  span(date: unknown): readonly [number, number] | undefined
  /**
   * Whether a reference resolves: ids of the dataset; for groups, the dataset's groups then
   * the reference groupings. Always true when `references` is false.
   */
  knows(kind: "organisations" | "participants" | "pledges" | "groups", id: string): boolean
}

const DUPLICATE_CODES = {
  organisations: "organisation/duplicate-id",
  groups: "grouping/duplicate-id",
  programmes: "programme/duplicate-id",
  participants: "participant/duplicate-id",
  pledges: "pledge/duplicate-id",
  frameworks: "framework/duplicate-id",
} as const

/**
 * Indexes the ids of every collection, reporting `<kind>/duplicate-id` for each id already
 * used by an earlier record of the same kind. The first record keeps the id.
 */
function indexIds(
  ctx: Context,
  collection: keyof typeof DUPLICATE_CODES,
  onFirst: (id: string, record: unknown) => void,
): void {
  const seen = new Map<string, number>()
  listOf(field(ctx.input, collection)).forEach((record, index) => {
    const id = text(record, "id")
    if (id === undefined) return
    const earlier = seen.get(id)
    if (earlier !== undefined) {
      ctx.reporter.add(
        DUPLICATE_CODES[collection],
        locate(collection, index, record),
        ["id"],
        `id is already used by ${ctx.nameRecord(collection, earlier)}`,
      )
      return
    }
    seen.set(id, index)
    onFirst(id, record)
  })
}

export type ContextOptions = {
  references?: boolean
  nameRecord?: (collection: Collection, index: number) => string
}

export function buildContext(
  input: Record<string, unknown>,
  reporter: Reporter,
  options: ContextOptions = {},
): Context {
  const cache = new Map<string, readonly [number, number]>()
  const ctx: Context = {
    input,
    reporter,
    references: options.references ?? true,
    nameRecord: options.nameRecord ?? ((collection, index) => `${collection}[${index}]`),
    organisations: new Set(),
    groups: new Set(),
    programmes: new Map(),
    participants: new Set(),
    pledges: new Set(),
    frameworks: new Map(),
    span(date) {
      if (typeof date !== "string") return undefined
      let span = cache.get(date)
      if (span === undefined) {
        if (!isPartialDate(date)) return undefined
        span = [firstDayNumber(date), lastDayNumber(date)]
        cache.set(date, span)
      }
      return span
    },
    knows(kind, id) {
      if (!ctx.references) return true
      if (kind === "groups") return ctx.groups.has(id) || findGrouping(id) !== undefined
      return ctx[kind].has(id)
    },
  }
  indexIds(ctx, "organisations", (id) => ctx.organisations.add(id))
  indexIds(ctx, "groups", (id) => ctx.groups.add(id))
  indexIds(ctx, "participants", (id) => ctx.participants.add(id))
  indexIds(ctx, "pledges", (id) => ctx.pledges.add(id))
  indexIds(ctx, "frameworks", (id, record) => {
    const goals = new Set<string>()
    for (const goal of listOf(field(record, "goals"))) {
      const goalId = text(goal, "id")
      if (goalId !== undefined) goals.add(goalId)
    }
    ctx.frameworks.set(id, goals)
  })
  indexIds(ctx, "programmes", (id, record) => {
    const period = field(record, "period")
    const start = text(period, "start")
    const end = text(period, "end")
    const hasEnd = isObject(period) && Object.hasOwn(period, "end") && period.end !== undefined
    let first = ctx.span(start)?.[0]
    let last = hasEnd ? ctx.span(end)?.[1] : Number.POSITIVE_INFINITY
    // A reversed period is reported once (end-before-start), not again for every completion.
    if (first !== undefined && last !== undefined && last < first) {
      first = undefined
      last = undefined
    }
    ctx.programmes.set(id, { status: field(record, "status"), first, last, start, end })
  })
  return ctx
}

/** Runs `check` on every record of a collection with its location. */
export function eachRecord(
  ctx: Context,
  collection: Collection,
  check: (record: Record<string, unknown>, location: ReturnType<typeof locate>) => void,
): void {
  listOf(field(ctx.input, collection)).forEach((record, index) => {
    if (isObject(record) && !Array.isArray(record)) check(record, locate(collection, index, record))
  })
}
