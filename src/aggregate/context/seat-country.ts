import type { Participation } from "../../schemas/participation.js"
import { ADDED, COUNTRY, invalidRecord } from "../errors.js"
import type { SeatCountry } from "../types.js"
import type { CountedParticipantTable } from "./participant-table.js"

/**
 * The country a seat counts under, as an interned id of `participants.countries`: the country
 * the participation represents (mode `participation`), else the participant's home country; −1
 * when neither the record nor a known participant gives one. A record's country that is not a
 * country code is an `aggregate/invalid-record`.
 */
export function seatCountryId(
  fn: string,
  record: Participation,
  participants: CountedParticipantTable,
  mode: SeatCountry,
): number {
  if (mode === "participation" && record.country !== undefined) {
    const id = participants.countries.intern(record.country)
    if (id === -2) throw invalidRecord(fn, ADDED, "country", record.country, COUNTRY)
    return id
  }
  const i = participants.index.get(record.participant)
  return i === undefined ? -1 : (participants.countryId[i] as number)
}
