import { readOptions } from "../aggregate/input/read-options.js"
import { isRecord } from "../aggregate/input/shapes.js"
import type { Dataset } from "../schemas/dataset.js"
import { compareCodeUnits } from "../text/compare.js"
import { BLOCKINGS, indexBlocks } from "./blocking.js"
import { compare } from "./evidence.js"
import { optionError, type Person, readPeople } from "./people.js"

const FN = "findDuplicates"
const DEFAULT_MAX_BLOCK = 1000
const DEFAULT_LIKELY = 9
const DEFAULT_POSSIBLE = 4.5

/**
 * One piece of evidence about a pair: the field, how the two values compare, and the weight it
 * adds to the score (negative: evidence of two people).
 *
 * Levels: `exact`, `same after normalising`, `one edit apart`, `one edit apart in a short part`,
 * `part missing` (names: one has a word more), `one year apart`, `differs`, `missing` (one or
 * both records lack the field; weight 0), and `same programme`.
 *
 * @example
 * const reason: DuplicateReason = { field: "id", level: "same after normalising", weight: 6 }
 *
 * @category Identity
 */
export type DuplicateReason = { field: string; level: string; weight: number }

/**
 * How strongly a pair looks like one person: `likely` (score at least `thresholds.likely`, and
 * the two never in one programme) or `possible`.
 *
 * @example
 * const band: DuplicateBand = "likely"
 *
 * @category Identity
 */
export type DuplicateBand = "likely" | "possible"

/**
 * A candidate pair of participant records that may be the same person. `a` < `b` (code-unit
 * order); `score` is the sum of the reasons' weights.
 *
 * @example
 * const pair: DuplicatePair = {
 *   a: "P-0007", b: "P-007", score: 14, band: "likely",
 *   reasons: [{ field: "id", level: "same after normalising", weight: 6 }],
 * }
 *
 * @category Identity
 */
export type DuplicatePair = {
  a: string
  b: string
  score: number
  band: DuplicateBand
  reasons: DuplicateReason[]
}

/**
 * A block of records that share a blocking key but were too many to compare pair by pair
 * (more than `maxBlockSize`). Pairs within it are found only through another key they share.
 *
 * @example
 * const block: OversizedBlock = { blocking: "name", key: "an nguyen van", size: 812 }
 *
 * @category Identity
 */
export type OversizedBlock = {
  /**
   * Which blocking key: `id`, `id digits`, `name`, `name and birth year` (with a word less, too),
   * `name variant and birth year`.
   */
  blocking: string
  /** The key as the records share it (normalised). */
  key: string
  /** How many records share it. */
  size: number
}

/**
 * The result of {@link findDuplicates}.
 *
 * @example
 * const result: Duplicates = { pairs: [], oversizedBlocks: [], compared: 0 }
 *
 * @category Identity
 */
export type Duplicates = {
  /** Candidate pairs, by score descending, then `a`, then `b`. */
  pairs: DuplicatePair[]
  /** Blocks not compared because they were too large, by size descending, then blocking and key. */
  oversizedBlocks: OversizedBlock[]
  /** How many distinct pairs were scored (a measure of the work done). */
  compared: number
}

/**
 * The options of {@link findDuplicates}.
 *
 * @example
 * import anyAscii from "any-ascii"
 * const options: FindDuplicatesOptions = { transliterate: anyAscii, maxBlockSize: 2000 }
 *
 * @category Identity
 */
export type FindDuplicatesOptions = {
  /**
   * Turns a name into Latin letters before it is compared (for example `any-ascii`), so that
   * `Нгуен` and `Nguyen` can meet. Without it, names in different scripts never match.
   */
  transliterate?: (name: string) => string
  /** The largest block compared pair by pair (default 1000); larger ones are reported. */
  maxBlockSize?: number
  /** Score bands (defaults: likely 9, possible 4.5). Pairs below `possible` are not listed. */
  thresholds?: { likely?: number; possible?: number }
}

/**
 * Finds participant records that may be the same person entered twice (`P-0007` and `P-007`,
 * `NGUYEN Thi Lan` and `Lan Nguyen Thi`), each pair with a score, a band and the reasons;
 * nothing is merged (decisions go to {@link resolveIdentities}).
 *
 * Only records that share a blocking key are compared; a block over `maxBlockSize` is listed in
 * `oversizedBlocks`, not compared. Participants need not be validated, but each must be an
 * object with a unique text `id` and fields of their types, else an `AggregationError` is
 * thrown. See [identity](../../docs/identity.md#how-it-decides).
 *
 * @example
 * findDuplicates({ participants: [
 *   { id: "P-0007", name: "NGUYEN Thi Lan", country: "VN", birthYear: 1980 },
 *   { id: "P-007", name: "Lan Nguyen Thi", country: "VN", birthYear: 1980 },
 * ] }).pairs[0]
 * //=> { a: "P-0007", b: "P-007", score: 13.5, band: "likely", reasons: [
 * //     { field: "id", level: "same after normalising", weight: 6 },
 * //     { field: "name", level: "same after normalising", weight: 4.5 }, …] }
 *
 * @category Identity
 */
export function findDuplicates(dataset: Dataset, options?: FindDuplicatesOptions): Duplicates {
  const read = readOptions(FN, options, ["transliterate", "maxBlockSize", "thresholds"])
  const { transliterate, maxBlockSize = DEFAULT_MAX_BLOCK } = read
  if (transliterate !== undefined && typeof transliterate !== "function")
    throw optionError("transliterate", transliterate, "a function from a name to a name")
  if (typeof maxBlockSize !== "number" || !Number.isInteger(maxBlockSize) || maxBlockSize < 2)
    throw optionError("maxBlockSize", maxBlockSize, "a whole number of at least 2")
  const { likely, possible } = readThresholds(read.thresholds)

  const people = readPeople(dataset, transliterate as ((name: string) => string) | undefined)
  const blocks = indexBlocks(people)
  const { entryBlock, entryAnchor, personStart, blockStart, memberPerson, memberAnchor } = blocks
  const blockCount = blocks.keys.length
  // A block is compared when its pairs to compare are no more than a full block of
  // maxBlockSize records would have.
  const budget = (maxBlockSize * (maxBlockSize - 1)) / 2
  const work = new Float64Array(blockCount)
  for (let b = 0; b < blockCount; b++) {
    const from = blockStart[b] as number
    const size = (blockStart[b + 1] as number) - from
    if (size < 2) continue
    let a = 0
    for (let m = from; m < from + size; m++) a += memberAnchor[m] as number
    work[b] = a * (size - a) + (a * (a - 1)) / 2
  }
  const compared_ = (block: number) =>
    (work[block] as number) > 0 && (work[block] as number) <= budget
  /** Whether i and j met in a compared block numbered below `block`: the pair was scored there. */
  const scoredBefore = (i: number, j: number, block: number): boolean => {
    const jFrom = personStart[j] as number
    const jTo = personStart[j + 1] as number
    for (let x = personStart[i] as number; x < (personStart[i + 1] as number); x++) {
      const k = entryBlock[x] as number
      if (k >= block || !compared_(k)) continue
      for (let y = jFrom; y < jTo; y++)
        if (entryBlock[y] === k) {
          if (entryAnchor[x] || entryAnchor[y]) return true
          break
        }
    }
    return false
  }

  let compared = 0
  const pairs: DuplicatePair[] = []
  const oversizedBlocks: OversizedBlock[] = []
  const consider = (i: number, j: number, block: number) => {
    if (scoredBefore(i, j, block)) return
    compared++
    const a = people[i] as Person
    const b = people[j] as Person
    const reasons = compare(a, b)
    let score = 0
    for (const reason of reasons) score += reason.weight
    if (score < possible) return
    const together = reasons[reasons.length - 1]?.field === "programmes"
    const band: DuplicateBand = score >= likely && !together ? "likely" : "possible"
    pairs.push({ a: a.id, b: b.id, score, band, reasons })
  }
  for (let block = 0; block < blockCount; block++) {
    if (work[block] === 0) continue
    const from = blockStart[block] as number
    const to = blockStart[block + 1] as number
    if (!compared_(block)) {
      const key = blocks.keys[block] as string
      oversizedBlocks.push({
        blocking: BLOCKINGS[key[0] as keyof typeof BLOCKINGS],
        key: key.slice(2),
        size: to - from,
      })
      continue
    }
    // Each anchor against every other member (two anchors once). Members are in ascending
    // person order, and people are sorted by id, so the smaller index has the smaller id.
    for (let x = from; x < to; x++) {
      if (!memberAnchor[x]) continue
      for (let y = from; y < to; y++) {
        if (y === x || (memberAnchor[y] && y < x)) continue
        const i = memberPerson[x] as number
        const j = memberPerson[y] as number
        if (i < j) consider(i, j, block)
        else consider(j, i, block)
      }
    }
  }
  pairs.sort(
    (p, q) => q.score - p.score || compareCodeUnits(p.a, q.a) || compareCodeUnits(p.b, q.b),
  )
  oversizedBlocks.sort(
    (p, q) =>
      q.size - p.size || compareCodeUnits(p.blocking, q.blocking) || compareCodeUnits(p.key, q.key),
  )
  return { pairs, oversizedBlocks, compared }
}

function readThresholds(value: unknown): { likely: number; possible: number } {
  if (value === undefined) return { likely: DEFAULT_LIKELY, possible: DEFAULT_POSSIBLE }
  const expected = "{ likely?, possible? } with finite numbers, possible ≤ likely"
  if (!isRecord(value)) throw optionError("thresholds", value, expected)
  const { likely = DEFAULT_LIKELY, possible = DEFAULT_POSSIBLE, ...rest } = value
  if (
    Object.keys(rest).length > 0 ||
    typeof likely !== "number" ||
    typeof possible !== "number" ||
    !Number.isFinite(likely) ||
    !Number.isFinite(possible) ||
    possible > likely
  )
    throw optionError("thresholds", value, expected)
  return { likely, possible }
}
