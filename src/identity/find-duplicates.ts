import { AggregationError, invalidRecord } from "../aggregate/errors.js"
import { recordWhere } from "../aggregate/input/problem.js"
import { readOptions } from "../aggregate/input/read-options.js"
import { isRecord } from "../aggregate/input/shapes.js"
import type { Dataset } from "../schemas/dataset.js"
import { editDistance } from "../text/nearest.js"
import { idDigits, idKey, nameWords } from "./normalise.js"

const FN = "findDuplicates"

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

/** The weights of the evidence (docs/identity.md explains each). */
export const WEIGHTS = {
  idSame: 6,
  nameExact: 5,
  nameSame: 4.5,
  nameOneEdit: 2.5,
  nameOneEditShort: 1,
  namePartMissing: 2,
  nameDiffers: -4,
  /** Taken off a name match for each doubling of the records sharing the name beyond two (at most 3). */
  nameCommon: 0.5,
  yearSame: 2.5,
  yearOneApart: -1.5,
  yearDiffers: -4,
  genderSame: 0.5,
  genderDiffers: -3,
  countrySame: 0.5,
  countryDiffers: -1.5,
  organisationSame: 1,
  organisationDiffers: -0.5,
  professionSame: 0.5,
  professionDiffers: -1,
  sameProgramme: -10,
} as const

/** A word shorter than this, one edit from another, is weak evidence (`An`/`Anh`, `Lan`/`Lam`). */
const SHORT_WORD = 5
/** Names with more words than this get no word-less or typo keys (hostile input stays linear). */
const MAX_WORDS = 8
const DEFAULT_MAX_BLOCK = 1000
const DEFAULT_LIKELY = 9
const DEFAULT_POSSIBLE = 4.5

type Person = {
  id: string
  name: string | undefined
  /** Sorted normalised words of the name; empty when there is no name. */
  words: string[]
  nameKey: string
  idKey: string
  birthYear: number | undefined
  gender: string | undefined
  country: string | undefined
  organisation: string | undefined
  profession: string | undefined
  /** Sorted indices of the programmes the person has a participation in. */
  programmes: number[]
  /** How many records share this normalised name. */
  nameCount: number
}

const BLOCKINGS = {
  i: "id",
  d: "id digits",
  n: "name",
  p: "name and birth year",
  v: "name variant and birth year",
} as const

/**
 * Finds participant records that may be the same person entered twice (`P-0007` and `P-007`,
 * `NGUYEN Thi Lan` and `Lan Nguyen Thi`), with a score, a band and the reasons, so that a
 * person can decide. Nothing is merged: decisions go to {@link resolveIdentities}.
 *
 * Evidence: ids equal once case, punctuation and zero padding are set aside; names compared
 * with case, accents, punctuation and word order set aside (one typo, or a word more, counts
 * less; a name many records share counts less); birth year, gender, country, organisation and
 * profession. Two records in the same programme are strong evidence of two people: such a pair
 * is never `likely`.
 *
 * Work is near-linear in the participants: only records that share a blocking key are
 * compared (normalised id, id digits, name, name and birth year, name less one word and birth
 * year). A block larger than `maxBlockSize` is not compared and is listed in
 * `oversizedBlocks`. Participants need not be validated, but each must be an object with a
 * string `id`, ids must be unique, and the fields read must have their types, else an
 * `AggregationError` (`aggregate/invalid-record`) is thrown. The dataset is not modified.
 *
 * @param dataset - Its `participants`, and `participations` for the programmes they share.
 * @param options - `transliterate`, `maxBlockSize`, `thresholds`.
 * @returns `{ pairs, oversizedBlocks, compared }`; pairs by score descending, then `a`, `b`.
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
  // Each distinct key is a block, numbered in the order first met. The entries (block, person,
  // anchor) are flat lists, a person's contiguous from personStart[i]: a pair is compared when
  // the two share a block and one of them is its anchor there.
  const blockOf = new Map<string, number>()
  const blockKeys: string[] = []
  const entryBlock: number[] = []
  const entryAnchor: boolean[] = []
  const personStart = new Int32Array(people.length + 1)
  for (let i = 0; i < people.length; i++) {
    const from = entryBlock.length
    personStart[i] = from
    for (const [key, anchor] of blockingKeys(people[i] as Person)) {
      let block = blockOf.get(key)
      if (block === undefined) {
        block = blockKeys.length
        blockOf.set(key, block)
        blockKeys.push(key)
      }
      if (entryBlock.indexOf(block, from) !== -1) continue
      entryBlock.push(block)
      entryAnchor.push(anchor)
    }
  }
  personStart[people.length] = entryBlock.length
  // Members of each block in ascending person order (a counting sort of the entries).
  const blockCount = blockKeys.length
  const blockStart = new Int32Array(blockCount + 1)
  for (const block of entryBlock) blockStart[block + 1] = (blockStart[block + 1] as number) + 1
  for (let b = 0; b < blockCount; b++)
    blockStart[b + 1] = (blockStart[b + 1] as number) + (blockStart[b] as number)
  const fill = blockStart.slice(0, blockCount)
  const memberPerson = new Int32Array(entryBlock.length)
  const memberAnchor = new Uint8Array(entryBlock.length)
  for (let i = 0; i < people.length; i++) {
    for (let e = personStart[i] as number; e < (personStart[i + 1] as number); e++) {
      const block = entryBlock[e] as number
      const at = fill[block] as number
      fill[block] = at + 1
      memberPerson[at] = i
      memberAnchor[at] = entryAnchor[e] ? 1 : 0
    }
  }
  const nameCounts = new Map<string, number>()
  for (const person of people)
    if (person.nameKey !== "")
      nameCounts.set(person.nameKey, (nameCounts.get(person.nameKey) ?? 0) + 1)
  for (const person of people) person.nameCount = nameCounts.get(person.nameKey) ?? 0

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
      const key = blockKeys[block] as string
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

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function optionError(option: string, value: unknown, expected: string): AggregationError {
  const error = invalidRecord(FN, "options", option, value, expected)
  return new AggregationError("aggregate/invalid-option", error.message)
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

const TEXT = "text, or nothing"

/** Reads the participants (sorted by id) and the programmes each takes part in. */
function readPeople(
  dataset: Dataset,
  transliterate: ((name: string) => string) | undefined,
): Person[] {
  if (!isRecord(dataset))
    throw invalidRecord(
      FN,
      "the dataset",
      "",
      dataset,
      "a dataset { participants, participations }",
    )
  const { participants = [], participations = [] } = dataset
  if (!Array.isArray(participants))
    throw invalidRecord(FN, "the dataset", "participants", participants, "a list")
  if (!Array.isArray(participations))
    throw invalidRecord(FN, "the dataset", "participations", participations, "a list")
  const people: Person[] = []
  const byId = new Map<string, Person>()
  for (let i = 0; i < participants.length; i++) {
    const record: unknown = participants[i]
    if (!isRecord(record))
      throw invalidRecord(FN, `participants[${i}]`, "", record, "a participant { id, country }")
    const { id, name, birthYear, gender, country, organisation, profession } = record
    const where = () => recordWhere("participants", i, id)
    if (typeof id !== "string") throw invalidRecord(FN, where, "id", id, "text")
    if (byId.has(id)) throw invalidRecord(FN, where, "id", id, "an id no other participant has")
    for (const [field, value] of [
      ["name", name],
      ["gender", gender],
      ["country", country],
      ["organisation", organisation],
      ["profession", profession],
    ] as const)
      if (value !== undefined && typeof value !== "string")
        throw invalidRecord(FN, where, field, value, TEXT)
    if (birthYear !== undefined && !Number.isInteger(birthYear))
      throw invalidRecord(FN, where, "birthYear", birthYear, "a whole number, or nothing")
    let shown = name as string | undefined
    if (shown !== undefined && transliterate !== undefined) {
      try {
        shown = transliterate(shown)
      } catch (error) {
        throw new AggregationError(
          "aggregate/invalid-option",
          `${FN}: options.transliterate threw on participants[${i}]'s name`,
          { cause: error },
        )
      }
      if (typeof shown !== "string")
        throw optionError("transliterate", shown, "a function that returns text")
    }
    const words = shown === undefined ? [] : nameWords(shown)
    const person: Person = {
      id,
      name: name as string | undefined,
      words,
      nameKey: words.join(" "),
      idKey: idKey(id),
      birthYear: birthYear as number | undefined,
      gender: gender === "undisclosed" ? undefined : (gender as string | undefined),
      country: country as string | undefined,
      organisation: organisation as string | undefined,
      profession: profession as string | undefined,
      programmes: [],
      nameCount: 0,
    }
    people.push(person)
    byId.set(id, person)
  }
  const programmeIndex = new Map<string, number>()
  for (let k = 0; k < participations.length; k++) {
    const record: unknown = participations[k]
    if (!isRecord(record))
      throw invalidRecord(FN, `participations[${k}]`, "", record, "a participation")
    const { participant, programme } = record
    if (typeof participant !== "string" || typeof programme !== "string") continue
    const person = byId.get(participant)
    if (person === undefined) continue
    let index = programmeIndex.get(programme)
    if (index === undefined) {
      index = programmeIndex.size
      programmeIndex.set(programme, index)
    }
    person.programmes.push(index)
  }
  for (const person of people) person.programmes.sort((x, y) => x - y)
  people.sort((p, q) => compareCodeUnits(p.id, q.id))
  return people
}

/**
 * The blocking keys of a person, each with whether the person is an anchor there: a pair is
 * compared when the two share a key and one of them is its anchor.
 */
function blockingKeys(person: Person): [string, boolean][] {
  // Ids with digits meet by their digits (which the normalised id then decides on), others by
  // the normalised id.
  const digits = idDigits(person.id)
  const keys: [string, boolean][] = [
    digits === "" ? [`i:${person.idKey}`, true] : [`d:${digits}`, true],
  ]
  const { words, nameKey, birthYear } = person
  if (words.length === 0) return keys
  // The name alone meets a record without a birth year: those are its anchors (records that
  // both have one meet through the name and birth year).
  keys.push([`n:${nameKey}`, birthYear === undefined])
  if (birthYear === undefined) return keys
  keys.push([`p:${nameKey}|${birthYear}`, true])
  // Variants only for names of at most MAX_WORDS words: their number grows with the square of
  // the words, and no one's name has more.
  if (words.length < 2 || words.length > MAX_WORDS) return keys
  for (let w = 0; w < words.length; w++) {
    const others = words.filter((_, k) => k !== w).join(" ")
    // A word less (`Nguyen Lan` / `Nguyen Thi Lan`): the longer name less each word meets the
    // shorter one's name and birth year (not another longer name: not an anchor).
    if (words.length >= 3) keys.push([`p:${others}|${birthYear}`, false])
    // A typo in one word: the other words, the birth year and the word's first letter.
    keys.push([`v:${others}|${birthYear}|${(words[w] as string)[0]}`, true])
  }
  return keys
}

/** The reasons for a pair, in a fixed order of fields; `programmes` last, and only when shared. */
function compare(a: Person, b: Person): DuplicateReason[] {
  const reasons: DuplicateReason[] = [
    a.idKey === b.idKey
      ? { field: "id", level: "same after normalising", weight: WEIGHTS.idSame }
      : { field: "id", level: "differs", weight: 0 },
    compareNames(a, b),
    compareYears(a.birthYear, b.birthYear),
    compareValues("gender", a.gender, b.gender, WEIGHTS.genderSame, WEIGHTS.genderDiffers),
    compareValues("country", a.country, b.country, WEIGHTS.countrySame, WEIGHTS.countryDiffers),
    compareValues(
      "organisation",
      a.organisation,
      b.organisation,
      WEIGHTS.organisationSame,
      WEIGHTS.organisationDiffers,
    ),
    compareValues(
      "profession",
      a.profession,
      b.profession,
      WEIGHTS.professionSame,
      WEIGHTS.professionDiffers,
    ),
  ]
  if (shareOne(a.programmes, b.programmes))
    reasons.push({ field: "programmes", level: "same programme", weight: WEIGHTS.sameProgramme })
  return reasons
}

function compareValues(
  field: string,
  a: string | undefined,
  b: string | undefined,
  same: number,
  differs: number,
): DuplicateReason {
  if (a === undefined || b === undefined) return { field, level: "missing", weight: 0 }
  return a === b
    ? { field, level: "exact", weight: same }
    : { field, level: "differs", weight: differs }
}

function compareYears(a: number | undefined, b: number | undefined): DuplicateReason {
  const field = "birthYear"
  if (a === undefined || b === undefined) return { field, level: "missing", weight: 0 }
  if (a === b) return { field, level: "exact", weight: WEIGHTS.yearSame }
  if (Math.abs(a - b) === 1) return { field, level: "one year apart", weight: WEIGHTS.yearOneApart }
  return { field, level: "differs", weight: WEIGHTS.yearDiffers }
}

/** A name match counts less when many records share the name (0.5 per doubling beyond two, at most 3). */
function commonness(count: number): number {
  if (count <= 2) return 0
  return Math.min(3, Math.floor(Math.log2(count / 2) * 2) * WEIGHTS.nameCommon)
}

function compareNames(a: Person, b: Person): DuplicateReason {
  const field = "name"
  if (a.words.length === 0 || b.words.length === 0) return { field, level: "missing", weight: 0 }
  if (a.nameKey === b.nameKey) {
    const exact = a.name === b.name
    return {
      field,
      level: exact ? "exact" : "same after normalising",
      weight: (exact ? WEIGHTS.nameExact : WEIGHTS.nameSame) - commonness(a.nameCount),
    }
  }
  // The words each has that the other has not (both lists are sorted).
  const onlyA: string[] = []
  const onlyB: string[] = []
  let x = 0
  let y = 0
  while (x < a.words.length || y < b.words.length) {
    const p = a.words[x]
    const q = b.words[y]
    if (p !== undefined && q !== undefined && p === q) {
      x++
      y++
    } else if (q === undefined || (p !== undefined && p < q)) {
      onlyA.push(p as string)
      x++
    } else {
      onlyB.push(q)
      y++
    }
  }
  const common = a.words.length - onlyA.length
  if (onlyA.length === 1 && onlyB.length === 1) {
    const p = onlyA[0] as string
    const q = onlyB[0] as string
    if (editDistance(p, q, 1) <= 1) {
      return Math.min(p.length, q.length) >= SHORT_WORD
        ? { field, level: "one edit apart", weight: WEIGHTS.nameOneEdit }
        : { field, level: "one edit apart in a short part", weight: WEIGHTS.nameOneEditShort }
    }
  }
  // Two words written as one (`Thi Lan`, `Thilan`).
  if (joined(onlyA, onlyB) || joined(onlyB, onlyA))
    return { field, level: "same after normalising", weight: WEIGHTS.nameSame }
  if (common >= 2 && (onlyA.length === 0 || onlyB.length === 0))
    return { field, level: "part missing", weight: WEIGHTS.namePartMissing }
  return { field, level: "differs", weight: WEIGHTS.nameDiffers }
}

function joined(two: string[], one: string[]): boolean {
  if (two.length !== 2 || one.length !== 1) return false
  const [p, q] = two as [string, string]
  return one[0] === p + q || one[0] === q + p
}

/** Whether two sorted lists share a value. */
function shareOne(a: number[], b: number[]): boolean {
  let x = 0
  let y = 0
  while (x < a.length && y < b.length) {
    const p = a[x] as number
    const q = b[y] as number
    if (p === q) return true
    if (p < q) x++
    else y++
  }
  return false
}
