// The readers of the import command: CSV (csv-parse) and .xlsx (read-excel-file), each loaded
// only here, on demand, and the writer of the records read.
import { once } from "node:events"
import {
  closeSync,
  createReadStream,
  createWriteStream,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
} from "node:fs"
import { Readable } from "node:stream"
import { TextDecoder } from "node:util"
import { findUtf8Problem } from "../text/utf8.js"
import { type Cell, FileError } from "./import-file.js"

/** The byte-order marks a file may start with, and the encoding each says. */
const BOMS: readonly (readonly [string, readonly number[]])[] = [
  ["utf-8", [0xef, 0xbb, 0xbf]],
  ["utf-16le", [0xff, 0xfe]],
  ["utf-16be", [0xfe, 0xff]],
]

/** The encoding a byte-order mark at the start of `bytes` says, or undefined. */
function bomEncoding(bytes: Uint8Array): string | undefined {
  for (const [encoding, mark] of BOMS)
    if (mark.every((byte, i) => bytes[i] === byte)) return encoding
  return undefined
}

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
  let read = 0
  const decode = (chunk: Uint8Array, end = false): string => {
    try {
      const text = decoder.decode(chunk, { stream: !end })
      read += chunk.length
      return text
    } catch {
      throw badBytes(file, label, read + chunk.length)
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
    if (text !== "") yield text
    while (!done) {
      const next = await bytes.next()
      if (next.done) {
        done = true
        const rest = decode(new Uint8Array(0), true)
        if (rest !== "") yield rest
      } else yield decode(next.value as Buffer)
    }
  }
  const parser = Readable.from(texts()).pipe(parse({ delimiter, relax_column_count: true }))
  for await (const record of parser) yield record as string[]
}

/**
 * The error for bytes that are not `encoding`, found in the first `upTo` bytes of the file: the
 * offset and value of the first such byte, and its line. Read again from the file (only when
 * the file is refused): the smallest prefix that does not decode ends at that byte.
 */
function badBytes(file: string, encoding: string, upTo: number): FileError {
  const bytes = new Uint8Array(upTo)
  const fd = openSync(file, "r")
  try {
    readSync(fd, bytes, 0, upTo, 0)
  } finally {
    closeSync(fd)
  }
  let offset: number
  if (encoding === "utf-8") offset = findUtf8Problem(bytes)?.offset ?? 0
  else {
    let low = 0
    let high = upTo
    // The shortest prefix whose decoding fails (a sequence cut at the end is no failure).
    while (low < high) {
      const middle = (low + high) >>> 1
      try {
        new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, middle + 1), {
          stream: true,
        })
        low = middle + 1
      } catch {
        high = middle
      }
    }
    offset = low
    // The first byte of the sequence that fails: back to where the decoding still stood.
    while (offset > 0) {
      try {
        new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, offset))
        break
      } catch {
        offset--
      }
    }
  }
  const before = new TextDecoder(encoding).decode(bytes.subarray(0, offset))
  const line = before.split("\n").length
  const byte = hex(bytes[offset] ?? 0)
  const message =
    encoding === "utf-8"
      ? `byte ${offset} (${byte}) is not ${UNICODE}: give the file's encoding, such as --encoding windows-1252 (Excel's 'CSV (Comma delimited)' in Western Europe), latin1 or shift_jis, or save it as 'CSV UTF-8 (Comma delimited)' (Excel) or Text CSV with the character set Unicode (UTF-8) (LibreOffice)`
      : `byte ${offset} (${byte}) is not ${encoding}: give the file's encoding with --encoding, or save it as 'CSV UTF-8 (Comma delimited)' (Excel) or Text CSV with the character set Unicode (UTF-8) (LibreOffice)`
  return new FileError("dataset/invalid-encoding", message, line)
}

/** `,`, `;` or tab: the one the header line has most of, outside quotes (`,` when none). */
function delimiterOf(text: string): string {
  const line = text.split(/\r?\n/, 1)[0] ?? ""
  const outside = line.replace(/"[^"]*"/g, "")
  const counts = [",", ";", "\t"].map((d) => [d, outside.split(d).length - 1] as const)
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a))
  return best[1] === 0 ? "," : best[0]
}

/** What the workbook of an .xlsx file says of itself: its sheets, in order, and its dates. */
export type Workbook = {
  /** The names of the sheets, in the order a spreadsheet program shows them. */
  sheets: string[]
  /**
   * Days to add to each date read-excel-file gives: 1462 when the dates count from 1904 and the
   * file says so as LibreOffice does (`date1904="true"`), which read-excel-file 9 does not read
   * (it reads only Excel's `date1904="1"`); else 0.
   */
  shiftDays: number
}

const DAY = 86_400_000
/** Days from 1900-01-00 (Excel's day 0, with its 29 February 1900) to 1904-01-01. */
const DAYS_1900_TO_1904 = 1462

/** Reads the workbook part of an .xlsx file (xl/workbook.xml) for its sheets and date system. */
export async function readWorkbook(file: string): Promise<Workbook> {
  const { unzipSync } = await import("fflate")
  let xml: string | undefined
  try {
    const parts = unzipSync(readFileSync(file), {
      filter: (entry) => /(?:^|\/)workbook\.xml$/.test(entry.name),
    })
    const name = "xl/workbook.xml" in parts ? "xl/workbook.xml" : Object.keys(parts)[0]
    if (name !== undefined) xml = new TextDecoder().decode(parts[name])
  } catch {
    xml = undefined
  }
  // Not a workbook: read-excel-file says why.
  if (xml === undefined) return { sheets: [], shiftDays: 0 }
  const sheets = [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) =>
    unescapeXml(m[1] as string),
  )
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*?\bdate1904="([^"]*)"/.exec(xml)?.[1]
  return { sheets, shiftDays: date1904 === "true" ? DAYS_1900_TO_1904 : 0 }
}

function unescapeXml(text: string): string {
  return text
    .replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (_, dec, hexa, name) =>
      dec !== undefined
        ? String.fromCodePoint(Number(dec))
        : hexa !== undefined
          ? String.fromCodePoint(Number.parseInt(hexa, 16))
          : (({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[
              name
            ] ?? ""),
    )
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, code) => String.fromCharCode(Number.parseInt(code, 16)))
}

/**
 * A date cell as read-excel-file gives it (a Date whose UTC time is the time the sheet holds),
 * moved to the 1904 date system when it must be: a date alone stays a Date at midnight UTC
 * (fromRows reads its day); a date with a time of day becomes its text, `2024-10-15 14:30:00`
 * (fromRows reads the day as written, and lists the change), rounded to the second.
 */
export function sheetDate(date: Date, shiftDays: number): Date | string {
  const time = Math.round(date.getTime() / 1000) * 1000 + shiftDays * DAY
  const moved = new Date(time)
  if (!Number.isFinite(time) || time % DAY === 0) return moved
  return moved.toISOString().slice(0, 19).replace("T", " ")
}

/**
 * The rows of sheet `sheet` (from 1) of an .xlsx file, read with read-excel-file: text,
 * numbers, true/false and dates (see {@link sheetDate}), empty cells as null. The sheet is read
 * whole (a sheet holds at most 1,048,576 rows); the rows are then read by fromRows in chunks
 * as for CSV.
 */
export async function* xlsxRows(
  file: string,
  sheet = 1,
  workbook: Workbook = { sheets: [], shiftDays: 0 },
): AsyncGenerator<Cell[]> {
  const { readSheet } = await import("read-excel-file/node")
  const rows = await readSheet(file, sheet)
  for (const row of rows) {
    yield (row as Cell[]).map((cell) =>
      cell instanceof Date ? sheetDate(cell, workbook.shiftDays) : cell,
    )
  }
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
