import { isCountryShape } from "../input/shapes.js"

/**
 * Country codes interned as small integers, so that counting a seat is an array increment
 * rather than a hash look-up. Shared (and only ever appended to) by the accumulators built
 * from one participant table.
 */
export class CountryTable {
  readonly names: string[] = []
  private readonly ids = new Map<string, number>()

  /**
   * The id of a country, added when new; −2 (nothing added) for a value that is not a country
   * code, checked only when new so that a known country costs one look-up.
   */
  intern(country: string): number {
    let id = this.ids.get(country)
    if (id === undefined) {
      if (!isCountryShape(country)) return -2
      id = this.names.length
      this.ids.set(country, id)
      this.names.push(country)
    }
    return id
  }
}
