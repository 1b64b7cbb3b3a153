import { firstDayNumber, isPartialDate, lastDayNumber } from "../../dates/partial-date.js"
import { findGrouping } from "../../reference/groupings.js"
import type { Collection } from "../issue.js"
import { field, isObject, listOf, locate, type Reporter } from "../report.js"
import { IdTable } from "./id-table.js"

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

/**
 * The distinct ids of one collection. `ordinal.get(id)` is the id's position among the
 * distinct ids (0, 1, 2, … in record order); `index[ordinal]` the record that holds it. See
 * {@link IdTable} for why it is not a Map or a null-prototype object.
 */
export type IdIndex = {
  ordinal: IdTable
  index: number[]
}

type Indexed = "organisations" | "groups" | "programmes" | "participants" | "pledges" | "frameworks"

/** Indexes of a dataset's ids, built in one pass, shared by the rules. */
export type Context = {
  input: Record<string, unknown>
  reporter: Reporter
  /** False when records are checked on their own (`fromRows`): references cannot be resolved. */
  references: boolean
  /** How a message names another record: `participations[3]`, or `row 5` for `fromRows`. */
  nameRecord(collection: Collection, index: number): string
  ids: Record<Indexed, IdIndex>
  /** Facts of each programme, by programme ordinal. */
  programmes: ProgrammeFacts[]
  /** Goal ids of each framework, by framework ordinal. */
  frameworkGoals: Set<string>[]
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
 * Indexes the ids of a collection, reporting `<kind>/duplicate-id` for each id already used
 * by an earlier record of the same kind. The first record keeps the id; `onFirst` sees it.
 */
function indexIds(
  ctx: Context,
  collection: Indexed,
  onFirst?: (record: Record<string, unknown>) => void,
): IdIndex {
  const records = listOf(field(ctx.input, collection))
  const ordinal = new IdTable(records.length)
  const index: number[] = []
  for (let i = 0; i < records.length; i++) {
    const record = records[i]
    if (!isObject(record)) continue
    const id = Object.hasOwn(record, "id") ? record.id : undefined
    if (typeof id !== "string") continue
    const earlier = ordinal.add(id)
    if (earlier !== undefined) {
      const where = ctx.nameRecord(collection, index[earlier] as number)
      ctx.reporter.add(
        DUPLICATE_CODES[collection],
        locate(collection, i, record),
        ["id"],
        `id is already used by ${where}`,
      )
      continue
    }
    index.push(i)
    onFirst?.(record)
  }
  return { ordinal, index }
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
  const empty: IdIndex = { ordinal: new IdTable(0), index: [] }
  const ctx: Context = {
    input,
    reporter,
    references: options.references ?? true,
    nameRecord: options.nameRecord ?? ((collection, index) => `${collection}[${index}]`),
    ids: {
      organisations: empty,
      groups: empty,
      programmes: empty,
      participants: empty,
      pledges: empty,
      frameworks: empty,
    },
    programmes: [],
    frameworkGoals: [],
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
      if (ctx.ids[kind].ordinal.get(id) !== undefined) return true
      return kind === "groups" && findGrouping(id) !== undefined
    },
  }
  ctx.ids.organisations = indexIds(ctx, "organisations")
  ctx.ids.groups = indexIds(ctx, "groups")
  ctx.ids.participants = indexIds(ctx, "participants")
  ctx.ids.pledges = indexIds(ctx, "pledges")
  ctx.ids.frameworks = indexIds(ctx, "frameworks", (record) => {
    const goals = new Set<string>()
    for (const goal of listOf(field(record, "goals"))) {
      const goalId = field(goal, "id")
      if (typeof goalId === "string") goals.add(goalId)
    }
    ctx.frameworkGoals.push(goals)
  })
  ctx.ids.programmes = indexIds(ctx, "programmes", (record) => {
    const period = field(record, "period")
    const start = field(period, "start")
    const end = field(period, "end")
    let first = ctx.span(start)?.[0]
    let last = end === undefined ? Number.POSITIVE_INFINITY : ctx.span(end)?.[1]
    // A reversed period is reported once (end-before-start), not again for every completion.
    if (first !== undefined && last !== undefined && last < first) {
      first = undefined
      last = undefined
    }
    ctx.programmes.push({
      status: field(record, "status"),
      first,
      last,
      start: typeof start === "string" ? start : undefined,
      end: typeof end === "string" ? end : undefined,
    })
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
