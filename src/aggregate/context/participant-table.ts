import type { Participant } from "../../schemas/participant.js"
import { assertParticipant } from "../input/assert-participant.js"
import { guard } from "../input/guard.js"
import { CountryTable } from "./country-table.js"
import { firstById } from "./first-by-id.js"

/** The participants of the input, indexed. */
export type ParticipantTable = {
  /** Participants in input order; of two with the same id, the first is kept. */
  readonly list: readonly Participant[]
  readonly index: ReadonlyMap<string, number>
}

/**
 * A participant table with the home countries interned, for the aggregations that count seats
 * by country (`withCountries`); `alumniTotals` reads a participant's country from the record
 * and carries none of this.
 */
export type CountedParticipantTable = ParticipantTable & {
  /** Home countries first, then the countries of seats as they are met. */
  readonly countries: CountryTable
  /** Per participant: the id of their home country in `countries`. */
  readonly countryId: Int32Array
}

/** Reads the participants into a table, every one checked first (`assertParticipant`). */
export function readParticipantTable(
  fn: string,
  participants: readonly Participant[] | undefined,
): ParticipantTable {
  return firstById(participants, (participant, i) => assertParticipant(fn, participant, i))
}

/**
 * The table with its participants' home countries interned (checked by `readParticipantTable`;
 * a getter that throws on this second read is an invalid record, as in `readContext`).
 */
export function withCountries(fn: string, table: ParticipantTable): CountedParticipantTable {
  return guard(fn, "data", () => {
    const countries = new CountryTable()
    const countryId = new Int32Array(table.list.length)
    for (let i = 0; i < countryId.length; i++)
      countryId[i] = countries.intern((table.list[i] as Participant).country)
    return { ...table, countries, countryId }
  })
}

/** What a key is hashed from for a participant table: ids in order, home countries. */
export function participantIdentity(table: ParticipantTable) {
  return [table.index, table.list.map((participant) => participant.country)] as const
}
