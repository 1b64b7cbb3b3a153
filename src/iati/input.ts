// Feeding the IATI parser: text, bytes (strictly, in the encoding the file says) or chunks of either, synchronously or from
// an async iterable (a Node stream). Each feeder pauses (yields) after every slice it gives the
// parser, so that the activities read so far can be taken and handed on. Nothing here throws on
// bad input: bytes not in the file's encoding or a failing stream end the reading with an issue.
import { quote } from "../text/quote.js"
import { findUtf8Problem } from "../text/utf8.js"
import { type Decoder, decoderFor, encodingKnown } from "./encoding.js"
import type { IatiParser } from "./parser.js"

/**
 * Bytes are decoded 64 KiB at a time: the text of each is at most one slice for the parser, a
 * flat string it reads quicker than a slice of a larger one.
 */
const BYTES = 1 << 16

/** Whether `value` is an object with the method `key` (`Symbol.iterator`, `Symbol.asyncIterator`). */
export function hasMethod(value: unknown, key: symbol): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Record<symbol, unknown>)[key] === "function"
  )
}

/**
 * Decodes bytes chunk by chunk, strictly, in the encoding the file says it is in (a byte order
 * mark, else its XML declaration, else UTF-8: see encoding.ts); reports the first bad byte's
 * offset. The first bytes are held until the encoding is known.
 */
class ByteStream {
  private decoder: Decoder | undefined
  private head: Uint8Array = new Uint8Array(0)
  private offset = 0
  decode(bytes: Uint8Array | undefined): { text: string } | { error: string } {
    let input = bytes
    if (this.decoder === undefined) {
      if (bytes !== undefined) {
        const head = new Uint8Array(this.head.length + bytes.length)
        head.set(this.head)
        head.set(bytes, this.head.length)
        this.head = head
        if (!encodingKnown(head)) return { text: "" }
      }
      const chosen = decoderFor(this.head)
      if ("error" in chosen) return chosen
      this.decoder = chosen.decoder
      if (bytes === undefined && this.head.length > 0) {
        const first = this.decodeSome(this.head)
        if ("error" in first) return first
        const last = this.decodeSome(undefined)
        return "error" in last ? last : { text: first.text + last.text }
      }
      input = bytes === undefined ? undefined : this.head
      this.head = new Uint8Array(0)
    }
    return this.decodeSome(input)
  }

  private decodeSome(bytes: Uint8Array | undefined): { text: string } | { error: string } {
    const decoder = this.decoder as Decoder
    try {
      const text = bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true })
      if (bytes !== undefined) this.offset += bytes.length
      return { text }
    } catch {
      const start = this.offset
      const utf8 = decoder.encoding === "utf-8"
      const problem = bytes === undefined || !utf8 ? undefined : findUtf8Problem(bytes)
      const at = problem === undefined ? `near byte ${start}` : `at byte ${start + problem.offset}`
      const end = bytes === undefined ? ", the end of the input" : ""
      return {
        error: utf8
          ? `the bytes are not UTF-8 (${at}${end}): convert the file to UTF-8`
          : `the bytes are not ${decoder.encoding}, as the file says they are (${at}${end}): convert the file to UTF-8`,
      }
    }
  }
}

/**
 * Chunks of one kind, text or bytes (decoded as one stream), fed one after the other;
 * `finish` ends the bytes (a character cut short at the end is an issue).
 */
export class Chunks {
  private readonly stream = new ByteStream()
  private kind: "text" | "bytes" | undefined
  constructor(private readonly parser: IatiParser) {}

  *feed(chunk: unknown): Generator<void> {
    const parser = this.parser
    if (typeof chunk === "string" && this.kind !== "bytes") {
      this.kind = "text"
      yield* parser.write(chunk)
    } else if (chunk instanceof Uint8Array && this.kind !== "text") {
      this.kind = "bytes"
      for (let i = 0; i < chunk.length && !parser.done; i += BYTES)
        yield* this.bytes(chunk.subarray(i, i + BYTES))
    } else {
      parser.fail(
        "iati/not-iati",
        `a chunk of the input is ${describe(chunk)}: give strings or bytes (Uint8Array), not both`,
      )
    }
  }

  *finish(): Generator<void> {
    if (this.kind === "bytes" && !this.parser.done) yield* this.bytes(undefined)
  }

  /** Ends the reading after the input itself failed (a stream's error). */
  failed(error: unknown): void {
    this.parser.fail(
      "iati/unreadable",
      `reading the input failed: ${quote(error instanceof Error ? error.message : String(error))}`,
    )
  }

  private *bytes(bytes: Uint8Array | undefined): Generator<void> {
    const decoded = this.stream.decode(bytes)
    if ("error" in decoded) this.parser.fail("iati/invalid-encoding", decoded.error)
    else yield* this.parser.write(decoded.text)
  }
}

/**
 * Feeds text, bytes or a sync iterable of chunks, pausing after each slice so that items can
 * be taken. Anything else is an issue.
 */
export function* feedSync(parser: IatiParser, input: unknown): Generator<void> {
  const chunks = new Chunks(parser)
  if (typeof input === "string" || input instanceof Uint8Array) {
    yield* chunks.feed(input)
    yield* chunks.finish()
  } else if (hasMethod(input, Symbol.iterator)) {
    try {
      for (const chunk of input as Iterable<unknown>) {
        yield* chunks.feed(chunk)
        if (parser.done) return
      }
      yield* chunks.finish()
    } catch (error) {
      chunks.failed(error)
    }
  } else {
    parser.fail(
      "iati/not-iati",
      `the input is ${describe(input)}: give the file's text, its bytes (Uint8Array) or an async iterable of them (a stream)`,
    )
  }
}

function describe(value: unknown): string {
  if (value === null) return "null"
  if (Array.isArray(value)) return "a list"
  return typeof value === "object" ? "an object" : `a ${typeof value}`
}
