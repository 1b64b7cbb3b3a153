/**
 * A plan's key: its kind and a 64-bit hash of its identity (plan.ts), so that merging refuses
 * accumulators built from different data or options, and states from them. The hash is fast
 * and not cryptographic (two 32-bit multiply-xor lanes, finished as in cyrb53): it tells
 * honest mistakes apart, it does not resist forgery. Computed once per plan, when a key is
 * first needed — never by the one-pass functions.
 */
import type { Identity, Plan } from "./plan.js"

const keys = new WeakMap<object, string>()

/** The key of a plan (cached). */
export function keyOf(plan: Plan<never, unknown, unknown>): string {
  let key = keys.get(plan)
  if (key === undefined) {
    const hash = new Hash()
    hash.walk(plan.identity())
    key = `${plan.kind}:${hash.digest()}`
    keys.set(plan, key)
  }
  return key
}

class Hash {
  private a = 0x9e3779b9
  private b = 0x85ebca6b
  // A number's 64 bits as two words: made per hash (one per plan), not at module load, so that
  // a bundle that never hashes (a one-pass function alone) does not carry them.
  private readonly bits = new Float64Array(1)
  private readonly words = new Uint32Array(this.bits.buffer)

  /** Adds a 32-bit word. */
  word(n: number): void {
    this.a = Math.imul(this.a ^ n, 2654435761)
    this.b = Math.imul(this.b ^ n, 1597334677)
  }

  text(s: string): void {
    this.word(s.length)
    for (let i = 0; i < s.length; i++) this.word(s.charCodeAt(i))
  }

  number(n: number): void {
    this.bits[0] = n
    this.word(this.words[0] as number)
    this.word(this.words[1] as number)
  }

  /** Adds a value of an identity, each kind of value tagged so that no two shapes collide. */
  walk(value: Identity): void {
    if (value === undefined || value === null) this.word(value === null ? 1 : 0)
    else if (typeof value === "boolean") this.word(value ? 3 : 2)
    else if (typeof value === "number") {
      this.word(4)
      this.number(value)
    } else if (typeof value === "string") {
      this.word(5)
      this.text(value)
    } else if (typeof value === "function") {
      this.word(6)
      this.text(Function.prototype.toString.call(value))
    } else if (value instanceof Float64Array) {
      this.word(7)
      this.word(value.length)
      for (let i = 0; i < value.length; i++) this.number(value[i] as number)
    } else if (value instanceof Uint8Array || value instanceof Int32Array) {
      this.word(value instanceof Uint8Array ? 8 : 9)
      this.word(value.length)
      for (let i = 0; i < value.length; i++) this.word(value[i] as number)
    } else if (value instanceof Map) {
      this.word(10)
      this.word(value.size)
      for (const [key, item] of value) {
        this.text(key)
        this.walk(item)
      }
    } else if (value instanceof Set) {
      this.word(11)
      this.word(value.size)
      for (const item of value) this.text(item)
    } else if (Array.isArray(value)) {
      this.word(12)
      this.word(value.length)
      for (const item of value) this.walk(item)
    } else {
      const object = value as { readonly [key: string]: Identity }
      const names = Object.keys(object).sort()
      this.word(13)
      this.word(names.length)
      for (const name of names) {
        this.text(name)
        this.walk(object[name])
      }
    }
  }

  /** 64 bits of the hash as 16 hex digits. */
  digest(): string {
    const a =
      Math.imul(this.a ^ (this.a >>> 16), 2246822507) ^
      Math.imul(this.b ^ (this.b >>> 13), 3266489909)
    const b =
      Math.imul(this.b ^ (this.b >>> 16), 2246822507) ^
      Math.imul(this.a ^ (this.a >>> 13), 3266489909)
    return (b >>> 0).toString(16).padStart(8, "0") + (a >>> 0).toString(16).padStart(8, "0")
  }
}
