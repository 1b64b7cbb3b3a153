// The readers of the import command: CSV (csv-parse) and .xlsx (read-excel-file), each loaded
// only here, on demand, and the writer of the records read.
import { once } from "node:events"
import { createReadStream, createWriteStream, renameSync, rmSync } from "node:fs"
import { Readable } from "node:stream"
import { TextDecoder } from "node:util"
import type { Cell } from "./import-file.js"

/**
 * The records of a CSV file, one list of cells per row, blank lines included (so that row
 * numbers are those a spreadsheet shows, and a quoted line break stays in its cell). The bytes
 * must be UTF-8 (a byte that is not is an error, never replaced); the separator is the one of
 * `,`, `;` or tab that the header line uses most.
 */
export async function* csvRows(file: string): AsyncGenerator<Cell[]> {
  const { parse } = await import("csv-parse")
  const decoder = new TextDecoder("utf-8", { fatal: true })
  const bytes = createReadStream(file, { highWaterMark: 1 << 20 })[Symbol.asyncIterator]()
  let text = ""
  let done = false
  // Enough of the file to see its header line.
  while (!done && !/[\r\n]/.test(text) && text.length < 1 << 20) {
    const next = await bytes.next()
    if (next.done) {
      done = true
      text += decoder.decode()
    } else text += decodeUtf8(decoder, next.value as Buffer)
  }
  const delimiter = delimiterOf(text)
  async function* texts(): AsyncGenerator<string> {
    if (text !== "") yield text
    while (!done) {
      const next = await bytes.next()
      if (next.done) {
        done = true
        const rest = decoder.decode()
        if (rest !== "") yield rest
      } else yield decodeUtf8(decoder, next.value as Buffer)
    }
  }
  const parser = Readable.from(texts()).pipe(parse({ delimiter, relax_column_count: true }))
  for await (const record of parser) yield record as string[]
}

function decodeUtf8(decoder: TextDecoder, chunk: Buffer): string {
  try {
    return decoder.decode(chunk, { stream: true })
  } catch {
    throw new Error(
      "the file is not UTF-8 text: save it as 'CSV UTF-8 (comma delimited)' (Excel) or with the character set Unicode (UTF-8) (LibreOffice)",
    )
  }
}

/** `,`, `;` or tab: the one the header line has most of, outside quotes (`,` when none). */
function delimiterOf(text: string): string {
  const line = text.split(/\r?\n/, 1)[0] ?? ""
  const outside = line.replace(/"[^"]*"/g, "")
  const counts = [",", ";", "\t"].map((d) => [d, outside.split(d).length - 1] as const)
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a))
  return best[1] === 0 ? "," : best[0]
}

/**
 * The rows of a sheet of an .xlsx file, read with read-excel-file: text, numbers, true/false
 * and dates (as Dates at midnight UTC), empty cells as null. The sheet is read whole (a sheet
 * holds at most 1,048,576 rows); the rows are then read by fromRows in chunks as for CSV.
 */
export async function* xlsxRows(file: string, sheet?: string): AsyncGenerator<Cell[]> {
  const { readSheet } = await import("read-excel-file/node")
  const rows = sheet === undefined ? await readSheet(file) : await readSheet(file, sheet)
  for (const row of rows) yield row as Cell[]
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
