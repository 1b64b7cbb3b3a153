/** Where the bytes of a file stop being UTF-8: the first bad offset and how many bad sequences. */
export type Utf8Problem = {
  /** Byte offset (from 0) of the first byte that does not start or continue a valid sequence. */
  offset: number
  /** The byte at that offset. */
  byte: number
  /** The number of invalid sequences in the whole input (each counted as one). */
  count: number
}

/**
 * Checks that `bytes` are well-formed UTF-8 as Unicode defines it (no overlong forms, no
 * surrogates, nothing above U+10FFFF, no truncated sequence) and returns the first problem, or
 * undefined. The common case, valid input, is one native check (`Buffer.isUtf8`).
 */
export function findUtf8Problem(bytes: Uint8Array): Utf8Problem | undefined {
  if (isUtf8(bytes)) return undefined
  let first: { offset: number; byte: number } | undefined
  let count = 0
  let i = 0
  const n = bytes.length
  while (i < n) {
    const length = sequenceLength(bytes, i)
    if (length > 0) {
      i += length
      continue
    }
    count++
    if (first === undefined) first = { offset: i, byte: bytes[i] as number }
    // Skip the maximal subpart of the bad sequence, as decoders do (WHATWG "U+FFFD per
    // maximal subpart"): the lead byte and the continuation bytes that were still valid.
    i += Math.max(1, validPrefix(bytes, i))
  }
  return first === undefined ? undefined : { ...first, count }
}

function isUtf8(bytes: Uint8Array): boolean {
  // Buffer.isUtf8 exists from Node 18.14; the fallback is the same check in JavaScript.
  const check = (globalThis as { Buffer?: { isUtf8?: (b: Uint8Array) => boolean } }).Buffer?.isUtf8
  if (check !== undefined) return check(bytes)
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes, i)
    if (length === 0) return false
    i += length
  }
  return true
}

/** The length of the valid sequence starting at `i`, or 0 when there is none. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i] as number
  if (c < 0x80) return 1
  if (c < 0xc2 || c > 0xf4) return 0
  const c1 = b[i + 1]
  if (c1 === undefined || (c1 & 0xc0) !== 0x80) return 0
  if (c < 0xe0) return 2
  // Second-byte ranges that exclude overlong forms, surrogates and code points past U+10FFFF.
  if (c === 0xe0 && c1 < 0xa0) return 0
  if (c === 0xed && c1 > 0x9f) return 0
  if (c === 0xf0 && c1 < 0x90) return 0
  if (c === 0xf4 && c1 > 0x8f) return 0
  const c2 = b[i + 2]
  if (c2 === undefined || (c2 & 0xc0) !== 0x80) return 0
  if (c < 0xf0) return 3
  const c3 = b[i + 3]
  if (c3 === undefined || (c3 & 0xc0) !== 0x80) return 0
  return 4
}

/** How many bytes from `i` form the start of a sequence that was cut short (0 or more). */
function validPrefix(b: Uint8Array, i: number): number {
  const c = b[i] as number
  const need =
    c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0
  if (need === 0) return 1
  let k = 1
  while (k < need) {
    const next = b[i + k]
    if (next === undefined || (next & 0xc0) !== 0x80) break
    if (k === 1) {
      if (c === 0xe0 && next < 0xa0) break
      if (c === 0xed && next > 0x9f) break
      if (c === 0xf0 && next < 0x90) break
      if (c === 0xf4 && next > 0x8f) break
    }
    k++
  }
  return k
}

/** The 1-based line of byte `offset`: one plus the line feeds before it. */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line++
  return line
}
