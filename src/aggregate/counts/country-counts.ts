import type { CountryTable } from "../context/country-table.js"

/** Counts per interned country id (of one `CountryTable`), growing as ids appear. */
export class CountryCounts {
  values = new Float64Array(16)

  add(id: number, n: number): void {
    if (id >= this.values.length) {
      const grown = new Float64Array(Math.max(id + 1, this.values.length * 2))
      grown.set(this.values)
      this.values = grown
    }
    this.values[id] = (this.values[id] as number) + n
  }

  /** Adds another vector, translating its ids when it belongs to another table. */
  addAll(other: CountryCounts, from: CountryTable, to: CountryTable): void {
    const same = from === to
    for (let id = 0; id < other.values.length; id++) {
      const n = other.values[id] as number
      if (n !== 0) this.add(same ? id : to.intern(from.names[id] as string), n)
    }
  }

  /** The counts above zero as [country, count] pairs. */
  *entries(table: CountryTable): IterableIterator<[string, number]> {
    for (let id = 0; id < this.values.length; id++) {
      const n = this.values[id] as number
      if (n !== 0) yield [table.names[id] as string, n]
    }
  }
}
