import { quote } from "../../../text/quote.js"
import { field, isObject, listOf } from "../../record-fields.js"
import { locate } from "../../reporter.js"
import type { CollectionRule } from "../rule.js"

/**
 * The message: what is wrong and what would be right, on one line (also used by the
 * CLI's import for repeats across chunks: `from-rows-chunks.ts`).
 */
export const message = (participant: unknown, programme: unknown, earlier: string) =>
  `participant ${quote(participant)} is already in programme ${quote(programme)} (${earlier})`

/**
 * The same participant twice in the same programme. Each repeat is reported, in record
 * order, with the first record of its pair. Pairs whose participant and programme are both
 * in the dataset are found through their ordinals, without strings; the others (rare, but all of
 * fromRows' records) by programme, then participant.
 */
export const participationDuplicate: CollectionRule = {
  code: "participation/duplicate",
  on: "participations",
  whole: true,
  check(ctx, report) {
    const records = listOf(field(ctx.input, "participations"))
    const { participant: people, programme: programmes } = ctx.participations
    const duplicates = findDuplicatePairs(
      people,
      programmes,
      ctx.ids.participants.index.length,
      ctx.programmes.length,
    )
    // Programme → participant → first index: no key made per record (all of fromRows' records).
    const seenUnknown = new Map<string, Map<string, number>>()
    for (let index = 0; index < records.length; index++) {
      if ((people[index] as number) >= 0 && (programmes[index] as number) >= 0) continue
      const record = records[index]
      if (!isObject(record) || Array.isArray(record)) continue
      const { participant, programme } = record
      if (typeof participant !== "string" || typeof programme !== "string") continue
      let seen = seenUnknown.get(programme)
      if (seen === undefined) {
        seen = new Map()
        seenUnknown.set(programme, seen)
      }
      const earlier = seen.get(participant)
      if (earlier === undefined) seen.set(participant, index)
      else duplicates.push([index, earlier])
    }
    duplicates.sort((a, b) => a[0] - b[0])
    for (const [index, earlier] of duplicates) {
      const record = records[index] as Record<string, unknown>
      report(
        locate("participations", index, record),
        [],
        message(record.participant, record.programme, ctx.nameRecord("participations", earlier)),
      )
    }
  },
}

/**
 * Finds records that repeat a (participant, programme) pair of ordinals (-1: not in the
 * dataset, skipped), in linear time and without a million-entry hash table: records are
 * bucketed by participant (counting sort), and within a participant's bucket a stamp per
 * programme tells whether it was seen. Each repeat is paired with the first record of its pair.
 */
function findDuplicatePairs(
  personOf: Int32Array,
  programmeOf: Int32Array,
  people: number,
  programmes: number,
): [number, number][] {
  const start = new Int32Array(people + 1)
  const counted = (i: number) => (personOf[i] as number) >= 0 && (programmeOf[i] as number) >= 0
  for (let i = 0; i < personOf.length; i++) {
    if (counted(i)) {
      const person = personOf[i] as number
      start[person + 1] = (start[person + 1] as number) + 1
    }
  }
  for (let p = 0; p < people; p++) start[p + 1] = (start[p + 1] as number) + (start[p] as number)
  const next = start.slice(0, people)
  const order = new Int32Array(start[people] as number)
  for (let i = 0; i < personOf.length; i++) {
    if (!counted(i)) continue
    const person = personOf[i] as number
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
