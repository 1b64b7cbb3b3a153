import { isCountedStatus, isHeld } from "../../domain/counting.js"
import { PARTICIPATION_STATUSES } from "../../schemas/participation.js"
import { quote } from "../../text/quote.js"
import { field, isObject, listOf, locate } from "../report.js"
import type { Context } from "./context.js"

const KNOWN_STATUSES: ReadonlySet<unknown> = new Set(PARTICIPATION_STATUSES)

/**
 * Every rule on participations, in one pass: unknown programme or participant, the same
 * participant twice in a programme, a completion outside the programme's period, seats in a
 * programme that was not held, and `completedOn` without a completion.
 *
 * This is the hot loop of validation (a million records), so it reads fields directly (the
 * names read here are not Object.prototype members, so nothing inherited can answer),
 * builds a record's location only when it reports, and finds duplicates through numeric
 * keys (programme ordinal × participant count + participant ordinal) instead of strings.
 */
export function checkParticipations(ctx: Context): void {
  const records = listOf(field(ctx.input, "participations"))
  const people = ctx.ids.participants.index.length
  // For the duplicate check: each record's participant and programme ordinals (-1: unknown).
  const personOf = new Int32Array(records.length).fill(-1)
  const programmeOf = new Int32Array(records.length).fill(-1)
  // Pairs with an unknown participant or programme have no ordinal: string keys, rarely used.
  const seenUnknown = new Map<string, number>()
  const duplicates: [index: number, earlier: number][] = []
  // The participants of all records are looked up at once, before the main loop: the look-ups
  // in a table of 200k ids miss the cache, and taken together their memory reads overlap.
  const participantIds: unknown[] = new Array(records.length)
  for (let index = 0; index < records.length; index++) {
    const record = records[index]
    if (isObject(record) && !Array.isArray(record)) participantIds[index] = record.participant
  }
  const persons = ctx.ids.participants.ordinal.getAll(participantIds)
  for (let index = 0; index < records.length; index++) {
    const record = records[index]
    if (!isObject(record) || Array.isArray(record)) continue
    const participant = typeof record.participant === "string" ? record.participant : undefined
    const programmeId = typeof record.programme === "string" ? record.programme : undefined
    const status = record.status
    const found = persons[index] as number
    const person = found < 0 ? undefined : found
    if (participant !== undefined && person === undefined && ctx.references) {
      ctx.reporter.add(
        "participation/unknown-participant",
        locate("participations", index, record),
        ["participant"],
        `participant ${quote(participant)} is not in participants`,
      )
    }
    if (programmeId === undefined) continue
    const programmeOrdinal = ctx.ids.programmes.ordinal.get(programmeId)
    const programme = programmeOrdinal === undefined ? undefined : ctx.programmes[programmeOrdinal]
    if (programme === undefined && ctx.references) {
      ctx.reporter.add(
        "participation/unknown-programme",
        locate("participations", index, record),
        ["programme"],
        `programme ${quote(programmeId)} is not in programmes`,
      )
    }
    if (participant !== undefined) {
      if (programme !== undefined && person !== undefined) {
        personOf[index] = person
        programmeOf[index] = programmeOrdinal as number
      } else {
        const key = `${programmeId}\u0000${participant}`
        const earlier = seenUnknown.get(key)
        if (earlier === undefined) seenUnknown.set(key, index)
        else duplicates.push([index, earlier])
      }
    }
    const completedOn = record.completedOn
    if (completedOn !== undefined && status !== "completed" && KNOWN_STATUSES.has(status)) {
      ctx.reporter.add(
        "participation/completed-on-without-completion",
        locate("participations", index, record),
        ["completedOn"],
        `completedOn ${quote(completedOn)} is given but status is ${quote(status)}`,
      )
    }
    if (programme === undefined) continue
    if (!isHeld(programme.status) && isCountedStatus(status)) {
      ctx.reporter.add(
        "participation/in-cancelled-programme",
        locate("participations", index, record),
        ["status"],
        `status ${quote(status)} in programme ${quote(programmeId)}, which is ${String(programme.status)} (not counted)`,
      )
    }
    if (completedOn === undefined || programme.first === undefined || programme.last === undefined)
      continue
    const completion = ctx.span(completedOn)
    // Outside only when no day of the completion can fall within the programme.
    if (
      completion !== undefined &&
      (completion[1] < programme.first || completion[0] > programme.last)
    ) {
      ctx.reporter.add(
        "participation/completed-outside-programme",
        locate("participations", index, record),
        ["completedOn"],
        `completedOn ${completedOn} is outside programme ${quote(programmeId)} (${programme.start} to ${programme.end ?? "open end"})`,
      )
    }
  }
  for (const pair of findDuplicatePairs(personOf, programmeOf, people, ctx.programmes.length))
    duplicates.push(pair)
  duplicates.sort((a, b) => a[0] - b[0])
  for (const [index, earlier] of duplicates) {
    const record = records[index] as Record<string, unknown>
    ctx.reporter.add(
      "participation/duplicate",
      locate("participations", index, record),
      [],
      `participant ${quote(record.participant)} is already in programme ${quote(record.programme)} (${ctx.nameRecord("participations", earlier)})`,
    )
  }
}

/**
 * Finds records that repeat a (participant, programme) pair, in linear time and without a
 * million-entry hash table: records are bucketed by participant (counting sort), and within
 * a participant's bucket a stamp per programme tells whether it was seen. Each repeat is
 * paired with the first record of its pair.
 */
function findDuplicatePairs(
  personOf: Int32Array,
  programmeOf: Int32Array,
  people: number,
  programmes: number,
): [number, number][] {
  const start = new Int32Array(people + 1)
  for (const person of personOf)
    if (person >= 0) start[person + 1] = (start[person + 1] as number) + 1
  for (let p = 0; p < people; p++) start[p + 1] = (start[p + 1] as number) + (start[p] as number)
  const next = start.slice(0, people)
  const order = new Int32Array(start[people] as number)
  for (let i = 0; i < personOf.length; i++) {
    const person = personOf[i] as number
    if (person < 0) continue
    order[next[person] as number] = i
    next[person] = (next[person] as number) + 1
  }
  const stamp = new Int32Array(programmes).fill(-1)
  const firstAt = new Int32Array(programmes)
  const pairs: [number, number][] = []
  for (let p = 0; p < people; p++) {
    // Indexes within a bucket are increasing, so the first record of a pair is met first.
    for (let k = start[p] as number; k < (start[p + 1] as number); k++) {
      const index = order[k] as number
      const programme = programmeOf[index] as number
      if (stamp[programme] === p) pairs.push([index, firstAt[programme] as number])
      else {
        stamp[programme] = p
        firstAt[programme] = index
      }
    }
  }
  return pairs
}
