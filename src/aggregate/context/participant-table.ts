import type { Participant } from "../../schemas/participant.js"
import { assertParticipant } from "../input/assert-participant.js"
import { CountryTable } from "./country-table.js"
import { firstById } from "./first-by-id.js"

/** The participants of the input, indexed, with their home countries interned. */
export type ParticipantTable = {
  /** Participants in input order; of two with the same id, the first is kept. */
  readonly list: readonly Participant[]
  readonly index: ReadonlyMap<string, number>
  /** Home countries first, then the countries of seats as they are met. */
  readonly countries: CountryTable
  /** Per participant: the id of their home country in `countries`. */
  readonly countryId: Int32Array
  /** The home countries, by id: what a key is hashed from (`countries` grows with seats). */
  readonly homeCountries: readonly string[]
}

/** Reads the participants into a table, every one checked first (`assertParticipant`). */
export function readParticipantTable(
  fn: string,
  participants: readonly Participant[] | undefined,
): ParticipantTable {
  const { list, index } = firstById(participants, (participant, i) =>
    assertParticipant(fn, participant, i),
  )
  const countries = new CountryTable()
  const countryId = new Int32Array(list.length)
  for (let i = 0; i < list.length; i++)
    countryId[i] = countries.intern((list[i] as Participant).country)
  return { list, index, countries, countryId, homeCountries: countries.names.slice() }
}

/** What a key is hashed from for a participant table: ids in order, home countries. */
export function participantIdentity(table: ParticipantTable) {
  return [table.index, table.countryId, table.homeCountries] as const
}
