// The CSV reader of the import command (csv-parse, loaded only here, on demand): the bytes
// decoded strictly in the file's encoding, the separator found; and the writer of the records read.
// The .xlsx reader is in import-xlsx.ts.
import { once } from "node:events"
import {
  closeSync,
  createReadStream,
  createWriteStream,
  openSync,
  readSync,
  renameSync,
  rmSync,
} from "node:fs"
import { pipeline, Readable } from "node:stream"
import { TextDecoder } from "node:util"
import { bomEncoding } from "../text/bom.js"
import { findUtf8Problem } from "../text/utf8.js"
import { type Cell, FileError } from "./import-file.js"

/**
 * The encoding `name` stands for, as the platform's TextDecoder knows it (`windows-1252` for
 * `cp1252` or `latin1`, `shift_jis` for `sjis`), or undefined for a name it does not know.
 */
export function encodingOf(name: string): string | undefined {
  try {
    return new TextDecoder(name).encoding
  } catch {
    return undefined
  }
}

const UNICODE = "UTF-8"
const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`

/**
 * The records of a CSV file, one list of cells per row, blank lines included (so that row
 * numbers are those a spreadsheet shows, and a quoted line break stays in its cell). The bytes
 * are decoded strictly — a byte that is not of the encoding is an error naming its place, never
 * replaced — as `encoding` (a name TextDecoder knows) or, without it, as the byte-order mark
 * says (UTF-8, UTF-16LE, UTF-16BE), else as UTF-8. The separator is the one of `,`, `;` or tab
 * that the header line uses most.
 */
export async function* csvRows(file: string, encoding?: string): AsyncGenerator<Cell[]> {
  const { parse } = await import("csv-parse")
  const bytes = createReadStream(file, { highWaterMark: 1 << 20 })[Symbol.asyncIterator]()
  const first = await bytes.next()
  const head = first.done ? new Uint8Array(0) : (first.value as Buffer)
  const bom = bomEncoding(head)
  const named = encoding === undefined ? undefined : encodingOf(encoding)
  if (bom !== undefined && named !== undefined && named !== bom) {
    throw new FileError(
      "dataset/invalid-encoding",
      `the file starts with the byte-order mark of ${bom.toUpperCase()}, not ${named}: leave out --encoding, or give --encoding ${bom}`,
    )
  }
  const label = named ?? bom ?? "utf-8"
  const decoder = new TextDecoder(label, { fatal: true })
  // The bytes decoded before the current chunk, and the last chunk decoded: a bad byte is
  // looked for in that chunk and the one that fails, never in the whole file.
  let read = 0
  let previous: Uint8Array = new Uint8Array(0)
  const decode = (chunk: Uint8Array, end = false): string => {
    try {
      const text = decoder.decode(chunk, { stream: !end })
      read += chunk.length
      previous = chunk
      return text
    } catch {
      throw badBytes(file, label, read - previous.length, previous, chunk)
    }
  }
  let text = first.done ? "" : decode(head)
  let done = first.done === true
  // Enough of the file to see its header line.
  while (!done && !/[\r\n]/.test(text) && text.length < 1 << 20) {
    const next = await bytes.next()
    if (next.done) {
      done = true
      text += decode(new Uint8Array(0), true)
    } else text += decode(next.value as Buffer)
  }
  const delimiter = delimiterOf(text)
  async function* texts(): AsyncGenerator<string> {
    try {
      if (text !== "") yield text
      while (!done) {
        const next = await bytes.next()
        if (next.done) {
          done = true
          const rest = decode(new Uint8Array(0), true)
          if (rest !== "") yield rest
        } else yield decode(next.value as Buffer)
      }
    } finally {
      // The file is closed however the reading ends: at its end, at a bad byte, or stopped.
      await bytes.return?.()
    }
  }
  // pipeline, not pipe: an error of the source (a byte that is not of the encoding, past the
  // first chunk) reaches the parser, and so this loop, as the error it is.
  const parser = parse({ delimiter, relax_column_count: true })
  pipeline(Readable.from(texts()), parser, () => {})
  for await (const record of parser) yield record as string[]
}

/**
 * The error for bytes that are not `encoding`: the offset and value of the first such byte,
 * and its line. The decoding failed in `failing`, the chunk after `before` (which starts at
 * byte `start` and decoded): the byte is looked for in these two chunks alone, with a decoder
 * that starts where a character of `before` starts. Only if that cannot place it (an encoding
 * whose state outlasts a chunk) is the file read again from its start.
 */
function badBytes(
  file: string,
  encoding: string,
  start: number,
  before: Uint8Array,
  failing: Uint8Array,
): FileError {
  const window = new Uint8Array(before.length + failing.length)
  window.set(before)
  window.set(failing, before.length)
  let offset: number
  let byte: number
  const found = badOffset(encoding, window, before.length)
  if (found !== undefined) {
    offset = start + found
    byte = window[found] ?? 0
  } else {
    const upTo = start + window.length
    const bytes = new Uint8Array(upTo)
    const fd = openSync(file, "r")
    try {
      readSync(fd, bytes, 0, upTo, 0)
    } finally {
      closeSync(fd)
    }
    offset = badOffset(encoding, bytes, 0, true) ?? 0
    byte = bytes[offset] ?? 0
  }
  const line = lineOf(file, encoding, offset)
  const message =
    encoding === "utf-8"
      ? `byte ${offset} (${hex(byte)}) is not ${UNICODE}: give the file's encoding, such as --encoding windows-1252 (Excel's 'CSV (Comma delimited)' in Western Europe), latin1 or shift_jis, or save it as 'CSV UTF-8 (Comma delimited)' (Excel) or Text CSV with the character set Unicode (UTF-8) (LibreOffice)`
      : `byte ${offset} (${hex(byte)}) is not ${encoding}: give the file's encoding with --encoding, or save it as 'CSV UTF-8 (Comma delimited)' (Excel) or Text CSV with the character set Unicode (UTF-8) (LibreOffice)`
  return new FileError("dataset/invalid-encoding", message, line)
}

/**
 * The offset in `bytes` of the first byte of the first sequence that is not `encoding`, or
 * undefined. The first `known` bytes decoded in the stream: unless `fromStart`, the search
 * starts where a character starts within their first 4 bytes (a chunk may start inside one),
 * and a place among them (which decoded) is no answer.
 */
function badOffset(
  encoding: string,
  bytes: Uint8Array,
  known: number,
  fromStart = known === 0,
): number | undefined {
  const fatal = () => new TextDecoder(encoding, { fatal: true })
  const step = encoding.startsWith("utf-16") ? 2 : 1
  let skip = 0
  if (!fromStart) {
    const decodes = (from: number) => {
      try {
        fatal().decode(bytes.subarray(from, known), { stream: true })
        return true
      } catch {
        return false
      }
    }
    while (skip < 4 && !decodes(skip)) skip += step
    if (skip >= 4) return undefined
  }
  const rest = bytes.subarray(skip)
  let offset: number
  if (encoding === "utf-8") {
    const problem = findUtf8Problem(rest)
    if (problem === undefined) return undefined
    offset = problem.offset
  } else {
    let low = 0
    let high = rest.length
    // The shortest prefix whose decoding fails (a sequence cut at the end is no failure).
    while (low < high) {
      const middle = (low + high) >>> 1
      try {
        fatal().decode(rest.subarray(0, middle + 1), { stream: true })
        low = middle + 1
      } catch {
        high = middle
      }
    }
    offset = low
    if (offset === rest.length) {
      // No prefix fails in a stream: a sequence cut at the end of the file, if the whole fails.
      try {
        fatal().decode(rest)
        return undefined
      } catch {}
    }
    // The first byte of the sequence that fails: back to where the decoding still stood.
    while (offset > 0) {
      try {
        fatal().decode(rest.subarray(0, offset))
        break
      } catch {
        offset--
      }
    }
  }
  // A place among the bytes that decoded is no answer: the state of the decoder outlasted them.
  if (!fromStart && skip + offset < known - 4) return undefined
  return skip + offset
}

/**
 * The line of byte `offset` of a file in `encoding` (whose bytes before it decode), from 1:
 * the file read again up to it, a chunk at a time, its line ends counted.
 */
function lineOf(file: string, encoding: string, offset: number): number {
  const decoder = new TextDecoder(encoding)
  const chunk = new Uint8Array(1 << 20)
  const fd = openSync(file, "r")
  let line = 1
  let last = 0
  try {
    for (let position = 0; position < offset; ) {
      const length = readSync(fd, chunk, 0, Math.min(chunk.length, offset - position), position)
      if (length === 0) break
      position += length
      const text = decoder.decode(chunk.subarray(0, length), { stream: true })
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i)
        // CR, LF and CRLF each end a line: an LF after a CR ends none.
        if (code === 0x0d || (code === 0x0a && last !== 0x0d)) line++
        last = code
      }
    }
  } finally {
    closeSync(fd)
  }
  return line
}

/** `,`, `;` or tab: the one the header line has most of, outside quotes (`,` when none). */
function delimiterOf(text: string): string {
  const line = text.split(/\r\n|\r|\n/, 1)[0] ?? ""
  const outside = line.replace(/"[^"]*"/g, "")
  const counts = [",", ";", "\t"].map((d) => [d, outside.split(d).length - 1] as const)
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a))
  return best[1] === 0 ? "," : best[0]
}

/** Writes records as NDJSON or as a dataset JSON, to a temporary file renamed on success. */
export class RecordWriter {
  private readonly temporary: string
  private readonly stream
  private readonly json: boolean
  private count = 0

  constructor(
    private readonly file: string,
    collection: string,
  ) {
    this.temporary = `${file}.partial`
    this.stream = createWriteStream(this.temporary)
    this.json = /\.json$/i.test(file)
    if (this.json) this.stream.write(`{"${collection}":[`)
  }

  async write(records: unknown[]): Promise<void> {
    let text = ""
    for (const record of records) {
      text += this.json
        ? `${this.count === 0 ? "\n" : ",\n"}${JSON.stringify(record)}`
        : `${JSON.stringify(record)}\n`
      this.count++
    }
    if (!this.stream.write(text)) await once(this.stream, "drain")
  }

  async close(ok: boolean): Promise<void> {
    if (this.json) this.stream.write("\n]}\n")
    this.stream.end()
    await once(this.stream, "close")
    if (ok) renameSync(this.temporary, this.file)
    else rmSync(this.temporary, { force: true })
  }
}
