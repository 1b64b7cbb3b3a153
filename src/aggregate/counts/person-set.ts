/**
 * The distinct persons of a cell (as participant indexes): a Set while small, a bitset over the
 * participant table once that is smaller, so that memory stays bounded by the number of
 * participants.
 */
export class PersonSet {
  size = 0
  private set: Set<number> | undefined = new Set()
  private bits: Uint32Array | undefined
  private readonly capacity: number

  /** `capacity`: the number of participants (indexes are below it). */
  constructor(capacity: number) {
    this.capacity = capacity
  }

  add(person: number): void {
    if (this.bits !== undefined) {
      const word = person >>> 5
      const bit = 1 << (person & 31)
      const value = this.bits[word] as number
      if ((value & bit) === 0) {
        this.bits[word] = value | bit
        this.size++
      }
      return
    }
    const set = this.set as Set<number>
    set.add(person)
    this.size = set.size
    // A Set entry takes some 24 bytes, the bitset capacity / 8 bytes in all.
    if (set.size > this.capacity / 192) {
      this.bits = new Uint32Array((this.capacity >>> 5) + 1)
      for (const p of set) this.bits[p >>> 5] = (this.bits[p >>> 5] as number) | (1 << (p & 31))
      this.set = undefined
    }
  }

  *[Symbol.iterator](): IterableIterator<number> {
    if (this.set !== undefined) {
      yield* this.set
      return
    }
    const bits = this.bits as Uint32Array
    for (let word = 0; word < bits.length; word++) {
      const value = bits[word] as number
      if (value === 0) continue
      for (let b = 0; b < 32; b++) if ((value & (1 << b)) !== 0) yield word * 32 + b
    }
  }
}
