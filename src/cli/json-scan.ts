// A small JSON scanner for the command line. `JSON.parse` says neither where a syntax error
// is (V8's messages quote a piece of the input, sometimes with its line breaks, sometimes an
// offset) nor that an object has the same key twice (it keeps the last value silently). This
// scanner walks the text once, without building values, and reports both: the offset and
// nature of the first syntax error, and every duplicate key with its path. It follows RFC 8259
// as JSON.parse does (a property test checks that the two agree on what is JSON). Linear in the
// text; nesting uses an explicit stack, never recursion.
import { quote } from "../text/quote.js"

/** The first syntax error: where (UTF-16 offset into the text) and what, for a person. */
export type JsonSyntaxError = { offset: number; message: string }

/** A key an object holds twice: its path in the document and the offsets of both. */
export type DuplicateKey = {
  /** Path of the value: the object's path, then the key (`["programmes", 3, "title"]`). */
  path: (string | number)[]
  key: string
  /** Offset of the repeated key (its opening quote). */
  offset: number
  /** Offset of the first occurrence. */
  firstOffset: number
}

export type JsonScan = { error?: JsonSyntaxError; duplicates: DuplicateKey[] }

type Frame = {
  object: boolean
  /** Object: the key being read or last read. Array: unused. */
  key: string
  /** Array: the index of the current element. */
  index: number
  keys: Map<string, number> | undefined
}

const QUOTE = 34
const BACKSLASH = 92

/**
 * Scans `text` as one JSON value. `unit` names the text in messages ("file", "line").
 *
 * @example
 * scanJson('{"a":1,"a":2}', "file").duplicates[0]?.path //=> ["a"]
 * scanJson("[1,]", "file").error //=> { offset: 3, message: "unexpected ']', expected a value" }
 */
export function scanJson(text: string, unit: string): JsonScan {
  const duplicates: DuplicateKey[] = []
  const stack: Frame[] = []
  const n = text.length
  let pos = 0

  const fail = (offset: number, message: string): JsonScan => ({
    error: { offset, message },
    duplicates,
  })
  const unexpected = (offset: number, expected?: string): JsonScan => {
    if (offset >= n) return fail(n, endMessage())
    const code = text.codePointAt(offset) as number
    const shown = quote(String.fromCodePoint(code))
    return fail(
      offset,
      expected ? `unexpected ${shown}, expected ${expected}` : `unexpected ${shown}`,
    )
  }
  const endMessage = (): string => {
    const top = stack[stack.length - 1]
    if (top === undefined) return `the ${unit} ends too early`
    return `the ${unit} ends inside ${top.object ? "an object" : "a list"}`
  }
  const skipSpace = () => {
    while (pos < n) {
      const c = text.charCodeAt(pos)
      if (c === 32 || c === 10 || c === 13 || c === 9) pos++
      else break
    }
  }

  /** Scans the string at `pos` (its opening quote); returns its end (past the closing quote). */
  let stringError: JsonScan | undefined
  let stringHasEscape = false
  const scanString = (): number => {
    stringHasEscape = false
    let i = pos + 1
    for (;;) {
      if (i >= n) {
        stringError = fail(n, `the ${unit} ends inside a string`)
        return -1
      }
      const c = text.charCodeAt(i)
      if (c === QUOTE) return i + 1
      if (c === BACKSLASH) {
        stringHasEscape = true
        const e = text.charCodeAt(i + 1)
        if (i + 1 >= n) {
          stringError = fail(n, `the ${unit} ends inside a string`)
          return -1
        }
        if (e === 117 /* u */) {
          for (let k = 2; k < 6; k++) {
            if (!isHex(text.charCodeAt(i + k))) {
              stringError = fail(i, "\\u must be followed by four hexadecimal digits")
              return -1
            }
          }
          i += 6
          continue
        }
        // " \ / b f n r t
        if (
          e === QUOTE ||
          e === BACKSLASH ||
          e === 47 ||
          e === 98 ||
          e === 102 ||
          e === 110 ||
          e === 114 ||
          e === 116
        ) {
          i += 2
          continue
        }
        stringError = fail(
          i + 1,
          `unexpected ${quote(String.fromCodePoint(text.codePointAt(i + 1) as number))} after a backslash in a string: use \\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX`,
        )
        return -1
      }
      if (c < 0x20) {
        const char = String.fromCharCode(c)
        stringError = fail(
          i,
          `a string holds a control character (${quote(char)}); write it as ${JSON.stringify(char).slice(1, -1)}`,
        )
        return -1
      }
      i++
    }
  }

  const scanNumber = (): number => {
    let i = pos
    if (text.charCodeAt(i) === 45 /* - */) i++
    const first = text.charCodeAt(i)
    if (first === 48 /* 0 */) i++
    else if (first >= 49 && first <= 57) {
      while (isDigit(text.charCodeAt(i))) i++
    } else return -(i + 1)
    if (text.charCodeAt(i) === 46 /* . */) {
      i++
      if (!isDigit(text.charCodeAt(i))) return -(i + 1)
      while (isDigit(text.charCodeAt(i))) i++
    }
    const e = text.charCodeAt(i)
    if (e === 101 || e === 69) {
      i++
      const sign = text.charCodeAt(i)
      if (sign === 43 || sign === 45) i++
      if (!isDigit(text.charCodeAt(i))) return -(i + 1)
      while (isDigit(text.charCodeAt(i))) i++
    }
    return i
  }

  /** The location of the current object, for a duplicate's path. */
  const pathTo = (key: string): (string | number)[] => {
    const path: (string | number)[] = []
    for (let k = 0; k < stack.length - 1; k++) {
      const frame = stack[k] as Frame
      path.push(frame.object ? frame.key : frame.index)
    }
    path.push(key)
    return path
  }

  skipSpace()
  if (pos >= n) return fail(0, unit === "file" ? "the file is empty" : `the ${unit} is empty`)

  // The main loop: read a value at `pos`, then what may follow it in the enclosing container.
  for (;;) {
    // — a value —
    skipSpace()
    if (pos >= n) return fail(n, endMessage())
    const c = text.charCodeAt(pos)
    if (c === 123 /* { */ || c === 91 /* [ */) {
      const object = c === 123
      stack.push({ object, key: "", index: 0, keys: undefined })
      pos++
      skipSpace()
      const close = text.charCodeAt(pos)
      if (close === (object ? 125 : 93)) {
        stack.pop()
        pos++
      } else if (object) {
        const error = readKey()
        if (error !== undefined) return error
        continue
      } else continue
    } else if (c === QUOTE) {
      const end = scanString()
      if (end < 0) return stringError as JsonScan
      pos = end
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      const end = scanNumber()
      if (end < 0) return unexpected(-end - 1, "a digit")
      pos = end
    } else if (c === 116 || c === 102 || c === 110) {
      const literal = c === 116 ? "true" : c === 102 ? "false" : "null"
      for (let k = 1; k < literal.length; k++) {
        if (text.charCodeAt(pos + k) !== literal.charCodeAt(k))
          return unexpected(pos + k, `'${literal}'`)
      }
      pos += literal.length
    } else {
      return unexpected(pos, "a value")
    }

    // — after a value: close containers, or move to the next element —
    for (;;) {
      skipSpace()
      const top = stack[stack.length - 1]
      if (top === undefined) {
        if (pos < n) {
          const shown = quote(String.fromCodePoint(text.codePointAt(pos) as number))
          const after = unit === "line" ? "the record: one record per line" : "the data"
          return fail(pos, `unexpected ${shown} after the end of ${after}`)
        }
        return { duplicates }
      }
      if (pos >= n) return fail(n, endMessage())
      const next = text.charCodeAt(pos)
      if (next === 44 /* , */) {
        pos++
        if (top.object) {
          skipSpace()
          const error = readKey()
          if (error !== undefined) return error
        } else top.index++
        break
      }
      if (next === (top.object ? 125 : 93)) {
        stack.pop()
        pos++
        continue
      }
      return unexpected(pos, top.object ? "',' or '}'" : "',' or ']'")
    }
  }

  /** Reads `"key" :` at `pos` into the top frame, noting a duplicate; an error ends the scan. */
  function readKey(): JsonScan | undefined {
    if (pos >= n) return fail(n, endMessage())
    if (text.charCodeAt(pos) !== QUOTE) return unexpected(pos, "a key in double quotes")
    const start = pos
    const end = scanString()
    if (end < 0) return stringError as JsonScan
    const key = stringHasEscape
      ? (JSON.parse(text.slice(start, end)) as string)
      : text.slice(start + 1, end - 1)
    const frame = stack[stack.length - 1] as Frame
    frame.key = key
    if (frame.keys === undefined) frame.keys = new Map()
    const seen = frame.keys.get(key)
    if (seen === undefined) frame.keys.set(key, start)
    else duplicates.push({ path: pathTo(key), key, offset: start, firstOffset: seen })
    pos = end
    skipSpace()
    if (text.charCodeAt(pos) !== 58 /* : */) return unexpected(pos, "':' after the key")
    pos++
    return undefined
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102)
}

/** Turns offsets into 1-based lines and columns, with one pass over the text's line feeds. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  let starts: number[] | undefined
  return (offset) => {
    if (starts === undefined) {
      starts = [0]
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1)
    }
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 }
  }
}
