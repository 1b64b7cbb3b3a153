/**
 * The distinct ids of one collection, each with its ordinal (0, 1, 2, … in the order added):
 * an open-addressing hash table over an `Int32Array`, for the million look-ups of the
 * participations. On ids fresh from `JSON.parse` (the usual case) it answers about twice as
 * fast as a `Map` or a null-prototype object, which must first hash or intern each string
 * through V8's string table; here the hash is computed from the characters and the table is
 * a compact array.
 *
 * Bounded on hostile input: the hash is not seeded, so crafted ids could collide; any probe
 * longer than 64 slots moves every id into a `Map` (V8's seeded hash) for good. Strings longer
 * than an id may be (200 characters) are never hashed here: they go to a `Map` of their own.
 * Any string is a key, `"__proto__"` and `"constructor"` included.
 */
export class IdTable {
  /** Ordinal + 1 of the id in each slot; 0 is empty. */
  private slots: Int32Array
  private readonly mask: number
  /** The ids, by ordinal. */
  private readonly ids: string[] = []
  /** Every id, once a probe was too long. */
  private map: Map<string, number> | undefined
  /** Ids longer than `MAX_HASHED`, which are not hashed here. */
  private long: Map<string, number> | undefined

  /** @param expected - How many ids there may be (the table never grows past half full). */
  constructor(expected: number) {
    let size = 8
    while (size < expected * 2) size *= 2
    this.slots = new Int32Array(size)
    this.mask = size - 1
  }

  /** How many distinct ids. */
  get size(): number {
    return this.ids.length
  }

  /** The ordinal of `id`, or `undefined` when it was not added. */
  get(id: string): number | undefined {
    if (this.map !== undefined) return this.map.get(id)
    if (id.length > MAX_HASHED) return this.long?.get(id)
    let slot = hashOf(id) & this.mask
    for (let probes = 0; probes < MAX_PROBES; probes++) {
      const held = this.slots[slot] as number
      if (held === 0) return undefined
      if (this.ids[held - 1] === id) return held - 1
      slot = (slot + 1) & this.mask
    }
    return this.toMap().get(id)
  }

  /**
   * The ordinals of many keys at once, -1 for a key that is not an added id (or not a
   * string). All keys are hashed first, then looked up: each look-up in a large table misses
   * the cache, and a loop that does nothing else lets the processor overlap those misses
   * (about 40% faster for a million keys in a table of 200k).
   */
  getAll(keys: readonly unknown[]): Int32Array {
    const n = keys.length
    const ordinals = new Int32Array(n).fill(-1)
    const hashes = new Int32Array(n)
    for (let i = 0; i < n; i++) {
      const key = keys[i]
      if (typeof key === "string" && key.length <= MAX_HASHED) hashes[i] = hashOf(key)
    }
    for (let i = 0; i < n; i++) {
      const key = keys[i]
      if (typeof key !== "string") continue
      if (this.map !== undefined || key.length > MAX_HASHED) {
        ordinals[i] = this.get(key) ?? -1
        continue
      }
      let slot = (hashes[i] as number) & this.mask
      let probes = 0
      for (; probes < MAX_PROBES; probes++) {
        const held = this.slots[slot] as number
        if (held === 0) break
        if (this.ids[held - 1] === key) {
          ordinals[i] = held - 1
          break
        }
        slot = (slot + 1) & this.mask
      }
      if (probes === MAX_PROBES) ordinals[i] = this.get(key) ?? -1
    }
    return ordinals
  }

  /**
   * Adds `id` with the next ordinal and returns `undefined`, or returns the ordinal it already
   * has (and adds nothing).
   */
  add(id: string): number | undefined {
    if (this.map === undefined && id.length <= MAX_HASHED) {
      let slot = hashOf(id) & this.mask
      for (let probes = 0; probes < MAX_PROBES; probes++) {
        const held = this.slots[slot] as number
        if (held === 0) {
          this.ids.push(id)
          this.slots[slot] = this.ids.length
          return undefined
        }
        if (this.ids[held - 1] === id) return held - 1
        slot = (slot + 1) & this.mask
      }
      this.toMap()
    }
    if (this.map === undefined && this.long === undefined) this.long = new Map()
    const map = (this.map ?? this.long) as Map<string, number>
    const earlier = map.get(id)
    if (earlier !== undefined) return earlier
    map.set(id, this.ids.length)
    this.ids.push(id)
    return undefined
  }

  /** Moves every id into a `Map`, after a probe too long to be chance. */
  private toMap(): Map<string, number> {
    if (this.map === undefined) {
      const map = new Map<string, number>()
      for (let ordinal = 0; ordinal < this.ids.length; ordinal++) {
        map.set(this.ids[ordinal] as string, ordinal)
      }
      this.map = map
      this.slots = new Int32Array(0)
    }
    return this.map
  }
}

/** Valid ids have at most 200 characters; longer strings are never hashed here. */
const MAX_HASHED = 200
/** With the table at most half full, a probe this long does not happen by chance. */
const MAX_PROBES = 64

/** FNV-1a over the UTF-16 code units, then mixed (MurmurHash3's finaliser) for the low bits. */
function hashOf(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}
