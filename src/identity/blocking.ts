// Blocking (docs/identity.md#how-it-decides): only records that share a key are compared, so
// that the work stays near-linear in the participants.
import { idDigits } from "./normalise.js"
import type { Person } from "./people.js"

/** Names with more words than this get no word-less or typo keys (hostile input stays linear). */
const MAX_WORDS = 8

export const BLOCKINGS = {
  i: "id",
  d: "id digits",
  n: "name",
  p: "name and birth year",
  v: "name variant and birth year",
} as const

/**
 * The blocking keys of a person, each with whether the person is an anchor there: a pair is
 * compared when the two share a key and one of them is its anchor.
 */
export function blockingKeys(person: Person): [string, boolean][] {
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

/**
 * The blocks of a list of people. Each distinct key is a block, numbered in the order first
 * met. The entries (block, anchor) are flat lists, a person's contiguous from `personStart[i]`;
 * the members of block `b` are `memberPerson[blockStart[b]…blockStart[b + 1]]`, in ascending
 * person order (a counting sort of the entries).
 */
export type Blocks = {
  keys: string[]
  entryBlock: number[]
  entryAnchor: boolean[]
  personStart: Int32Array
  blockStart: Int32Array
  memberPerson: Int32Array
  memberAnchor: Uint8Array
}

export function indexBlocks(people: readonly Person[]): Blocks {
  const blockOf = new Map<string, number>()
  const keys: string[] = []
  const entryBlock: number[] = []
  const entryAnchor: boolean[] = []
  const personStart = new Int32Array(people.length + 1)
  for (let i = 0; i < people.length; i++) {
    const from = entryBlock.length
    personStart[i] = from
    for (const [key, anchor] of blockingKeys(people[i] as Person)) {
      let block = blockOf.get(key)
      if (block === undefined) {
        block = keys.length
        blockOf.set(key, block)
        keys.push(key)
      }
      if (entryBlock.indexOf(block, from) !== -1) continue
      entryBlock.push(block)
      entryAnchor.push(anchor)
    }
  }
  personStart[people.length] = entryBlock.length
  const blockCount = keys.length
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
  return { keys, entryBlock, entryAnchor, personStart, blockStart, memberPerson, memberAnchor }
}
