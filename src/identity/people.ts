// The participants as findDuplicates compares them: names and ids normalised once, the
// programmes each takes part in as sorted indices.
import { AggregationError, invalidRecord } from "../aggregate/errors.js"
import { recordWhere } from "../aggregate/input/problem.js"
import { compareCodeUnits } from "../text/compare.js"
import { idKey, nameWords } from "./normalise.js"
import { participantAt, participationAt, readParticipantLists } from "./read-dataset.js"

export type Person = {
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

const FN = "findDuplicates"
const TEXT = "text, or nothing"

/** `aggregate/invalid-option`: an option of findDuplicates, its value, and what would be right. */
export function optionError(option: string, value: unknown, expected: string): AggregationError {
  const error = invalidRecord(FN, "options", option, value, expected)
  return new AggregationError("aggregate/invalid-option", error.message)
}

/** Reads the participants (sorted by id) and the programmes each takes part in. */
export function readPeople(
  dataset: unknown,
  transliterate: ((name: string) => string) | undefined,
): Person[] {
  const { participants, participations } = readParticipantLists(FN, dataset)
  const people: Person[] = []
  const byId = new Map<string, Person>()
  for (let i = 0; i < participants.length; i++) {
    const record = participantAt(FN, participants, i)
    const { id, name, birthYear, gender, country, organisation, profession } = record
    const where = () => recordWhere("participants", i, id)
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
    const words = nameWords(readName(name as string | undefined, transliterate, i) ?? "")
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
    const { participant, programme } = participationAt(FN, participations, k)
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
  const nameCounts = new Map<string, number>()
  for (const person of people)
    if (person.nameKey !== "")
      nameCounts.set(person.nameKey, (nameCounts.get(person.nameKey) ?? 0) + 1)
  for (const person of people) person.nameCount = nameCounts.get(person.nameKey) ?? 0
  return people
}

/** A name as compared: through `transliterate` when given, whose failure is the caller's error. */
function readName(
  name: string | undefined,
  transliterate: ((name: string) => string) | undefined,
  i: number,
): string | undefined {
  if (name === undefined || transliterate === undefined) return name
  let shown: unknown
  try {
    shown = transliterate(name)
  } catch (error) {
    throw new AggregationError(
      "aggregate/invalid-option",
      `${FN}: options.transliterate threw on participants[${i}]'s name`,
      { cause: error },
    )
  }
  if (typeof shown !== "string")
    throw optionError("transliterate", shown, "a function that returns text")
  return shown
}
