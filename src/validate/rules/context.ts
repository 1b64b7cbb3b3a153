import { firstDayNumber, isPartialDate, lastDayNumber } from "../../dates/partial-date.js"
import { findGrouping } from "../../reference/groupings.js"
import type { Collection } from "../issue.js"
import { field, isObject, listOf } from "../record-fields.js"
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
 * One participation with its references looked up, as the participation rules see it. The
 * runner reuses one object for every record: a rule must not keep it.
 */
export type ParticipationFacts = {
  /** The record's position in `participations`. */
  index: number
  record: Record<string, unknown>
  /** `participant` and `programme` when they are strings. */
  participantId: string | undefined
  programmeId: string | undefined
  /**
   * The participant named — its record, unchecked: read it with `field` — and the facts of
   * the programme named; `undefined` when not in the dataset.
   */
  participant: Record<string, unknown> | undefined
  programme: ProgrammeFacts | undefined
}

/**
 * The distinct ids of one collection. `ordinal.get(id)` is the id's position among the
 * distinct ids (0, 1, 2, … in record order); `index[ordinal]` the record that holds it;
 * `repeats` the records whose id an earlier record already has, with that record's index.
 */
export type IdIndex = {
  ordinal: IdTable
  index: number[]
  repeats: [index: number, earlier: number][]
}

type Indexed =
  | "organisations"
  | "groups"
  | "programmes"
  | "participants"
  | "pledges"
  | "frameworks"
  | "figures"

/**
 * What the rules know about a dataset, built in one pass before any rule runs: the ids of
 * each collection and the facts the rules look up by id.
 */
export type Context = {
  input: Record<string, unknown>
  /** False when records are checked on their own (`fromRows`): references cannot be resolved. */
  references: boolean
  /** How a message names another record: `participations[3]`, or `row 5` for `fromRows`. */
  nameRecord(collection: Collection, index: number): string
  ids: Record<Indexed, IdIndex>
  /** Facts of each programme, by programme ordinal. */
  programmes: ProgrammeFacts[]
  /** Each participant's record (the first with its id), by participant ordinal. */
  participants: Record<string, unknown>[]
  /** Goal ids of each framework, by framework ordinal. */
  frameworkGoals: Set<string>[]
  /** For each participation: the ordinal of its participant and of its programme, or -1. */
  participations: { participant: Int32Array; programme: Int32Array }
  /** Day numbers of a partial date (cached: the same dates repeat across a million records). */
  span(date: unknown): readonly [number, number] | undefined
  /**
   * Whether a reference resolves: ids of the dataset; for groups, the dataset's groups then
   * the reference groupings. Always true when `references` is false.
   */
  knows(
    kind: "organisations" | "participants" | "pledges" | "groups" | "programmes" | "series",
    id: string,
  ): boolean
}

/**
 * Indexes the ids of a collection. The first record keeps an id; `onFirst` sees it, and
 * every later record with the same id is a repeat.
 */
function indexIds(
  input: Record<string, unknown>,
  collection: Indexed,
  onFirst?: (record: Record<string, unknown>) => void,
): IdIndex {
  const records = listOf(field(input, collection))
  const ordinal = new IdTable(records.length)
  const index: number[] = []
  const repeats: [number, number][] = []
  for (let i = 0; i < records.length; i++) {
    const record = records[i]
    if (!isObject(record)) continue
    const id = Object.hasOwn(record, "id") ? record.id : undefined
    if (typeof id !== "string") continue
    const earlier = ordinal.add(id)
    if (earlier !== undefined) {
      repeats.push([i, index[earlier] as number])
      continue
    }
    index.push(i)
    onFirst?.(record)
  }
  return { ordinal, index, repeats }
}

export type ContextOptions = {
  references?: boolean
  nameRecord?: (collection: Collection, index: number) => string
}

export function buildContext(
  input: Record<string, unknown>,
  options: ContextOptions = {},
): Context {
  const cache = new Map<string, readonly [number, number]>()
  const span = (date: unknown): readonly [number, number] | undefined => {
    if (typeof date !== "string") return undefined
    let found = cache.get(date)
    if (found === undefined) {
      if (!isPartialDate(date)) return undefined
      found = [firstDayNumber(date), lastDayNumber(date)]
      cache.set(date, found)
    }
    return found
  }
  const frameworkGoals: Set<string>[] = []
  const participants: Record<string, unknown>[] = []
  const programmes: ProgrammeFacts[] = []
  // The series of the programmes (`series.id`), which reported figures may name.
  const series = new Set<string>()
  const ids: Record<Indexed, IdIndex> = {
    organisations: indexIds(input, "organisations"),
    groups: indexIds(input, "groups"),
    participants: indexIds(input, "participants", (record) => participants.push(record)),
    pledges: indexIds(input, "pledges"),
    frameworks: indexIds(input, "frameworks", (record) => {
      const goals = new Set<string>()
      for (const goal of listOf(field(record, "goals"))) {
        const goalId = field(goal, "id")
        if (typeof goalId === "string") goals.add(goalId)
      }
      frameworkGoals.push(goals)
    }),
    figures: indexIds(input, "figures"),
    programmes: indexIds(input, "programmes", (record) => {
      const seriesId = field(field(record, "series"), "id")
      if (typeof seriesId === "string") series.add(seriesId)
      const period = field(record, "period")
      const start = field(period, "start")
      const end = field(period, "end")
      let first = span(start)?.[0]
      let last = end === undefined ? Number.POSITIVE_INFINITY : span(end)?.[1]
      // A reversed period is reported once (end-before-start), not again for every completion.
      if (first !== undefined && last !== undefined && last < first) {
        first = undefined
        last = undefined
      }
      programmes.push({
        status: field(record, "status"),
        first,
        last,
        start: typeof start === "string" ? start : undefined,
        end: typeof end === "string" ? end : undefined,
      })
    }),
  }
  const references = options.references ?? true
  return {
    input,
    references,
    nameRecord: options.nameRecord ?? ((collection, index) => `${collection}[${index}]`),
    ids,
    programmes,
    participants,
    frameworkGoals,
    participations: lookUpParticipations(input, ids),
    span,
    knows(kind, id) {
      if (!references) return true
      if (kind === "series") return series.has(id)
      if (ids[kind].ordinal.get(id) !== undefined) return true
      return kind === "groups" && findGrouping(id) !== undefined
    },
  }
}

/**
 * The participant and programme ordinals of every participation (-1: not in the dataset),
 * looked up before the rules run. Participants are looked up all at once: in a table of 200k
 * ids each look-up misses the cache, and taken together their memory reads overlap. Fields
 * are read directly (the names read here are not Object.prototype members, so nothing
 * inherited can answer).
 */
function lookUpParticipations(
  input: Record<string, unknown>,
  ids: Record<Indexed, IdIndex>,
): Context["participations"] {
  const records = listOf(field(input, "participations"))
  const participantIds: unknown[] = new Array(records.length)
  const programme = new Int32Array(records.length).fill(-1)
  const programmes = ids.programmes.ordinal
  for (let index = 0; index < records.length; index++) {
    const record = records[index]
    if (!isObject(record) || Array.isArray(record)) continue
    participantIds[index] = record.participant
    const id = record.programme
    if (typeof id === "string") programme[index] = programmes.get(id) ?? -1
  }
  return { participant: ids.participants.ordinal.getAll(participantIds), programme }
}
