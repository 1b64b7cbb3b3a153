// `justice-cooperation import FILE.csv|FILE.xlsx --kind K`: a register read with fromRows, in
// chunks, so that a file of a million rows streams. csv-parse and read-excel-file are loaded
// only here, on demand: importing the library never loads them.
import { once } from "node:events"
import { createWriteStream, readFileSync } from "node:fs"
import { basename, extname } from "node:path"
import { nearest } from "../text/nearest.js"
import { quote } from "../text/quote.js"
import type { FromRowsOptions, RowKind } from "../validate/from-rows.js"
import { ChunkedRows } from "../validate/from-rows-chunks.js"
import type { RowChange } from "../validate/from-rows-origin.js"
import type { ValidationIssue } from "../validate/issue.js"
import { stringOption, UsageError } from "./args.js"
import type { Out } from "./command.js"
import { type FixLine, fixListHeader, fixListLine } from "./fix-list.js"
import {
  type Cell,
  cellText,
  type FileCode,
  FileError,
  fileIssue,
  problemOf,
  readError,
  readHeader,
  rowObject,
  unreadableFile,
} from "./import-file.js"
import { csvRows, encodingOf, RecordWriter } from "./import-readers.js"
import { readWorkbook, xlsxRows } from "./import-xlsx.js"
import { checkFile } from "./read.js"

export type { Cell, FileCode } from "./import-file.js"
export { fileIssue, problemOf, readHeader, rowObject, unreadableFile } from "./import-file.js"
export { csvRows } from "./import-readers.js"
export { readWorkbook, sheetDate, xlsxRows } from "./import-xlsx.js"

/** The options `import` takes for CSV and .xlsx files (as `parseCommand` reads them). */
export const IMPORT_ROWS_OPTIONS = {
  kind: { type: "string", example: "participants" },
  profile: { type: "string", example: "profile.json" },
  out: { type: "string", example: "participants.ndjson" },
  issues: { type: "string", example: "fix-list.csv" },
  sheet: { type: "string", example: "Participants" },
  encoding: { type: "string", example: "windows-1252" },
  "header-row": { type: "string", example: "3" },
} as const

/** The lines of `import --help` about CSV and .xlsx files. */
export const IMPORT_ROWS_HELP = `Reads a register kept in a spreadsheet — CSV or text (comma, semicolon or tab separated;
UTF-8, UTF-16 with a byte-order mark, or as --encoding says) or .xlsx — with fromRows:
headers by common labels, countries by name, statuses in words, dates in common forms;
everything it changed is summed up, every problem printed. Exits 1 when there are errors;
then nothing is written to --out.

Options for .csv and .xlsx files:
  --kind KIND       what the rows are: programmes, participants, participations or
                    organisations (or the singular); required
  --profile P.json  how the file is kept: { "columns": { "Course No.": "programme" },
                    "values": { "status": { "Passed": "completed" } },
                    "dateOrder": "day-first", "listSeparator": ";" }
  --out OUT         write the records: OUT.ndjson (one per line) or OUT.json (a dataset)
  --issues FIX.csv  write a fix list (file, row, column, value, problem, suggestion) that a
                    spreadsheet program opens as it is
  --sheet NAME|N    the sheet of an .xlsx file, by name or by number from 1 (default: the
                    first; the command says which it read when there are several)
  --header-row N    the row of the header, when a title or notes stand above it (default:
                    1); the rows above it are not read, and rows keep their numbers
  --encoding NAME   the character set of a CSV or text file that is not UTF-8: windows-1252
                    (Excel's "CSV (Comma delimited)" in Western Europe), latin1, shift_jis,
                    … (never guessed: a file that is not UTF-8 is refused without it)`

/**
 * Rows per call of fromRows: memory stays flat whatever the size of the file (but for the
 * ids seen, to find a repeat in a later chunk).
 */
export const CHUNK_ROWS = 10_000
/** Issues printed; the fix list has them all. */
const PRINTED_ISSUES = 30
/** Distinct changes counted for the summary; the rest are counted together. */
const COUNTED_CHANGES = 10_000
const PROFILE_KEYS = ["columns", "values", "dateOrder", "listSeparator"]
const ROW_KINDS = ["organisations", "participants", "participations", "programmes"]

/** Whether a file is read by this command (by its extension). */
export function isRowsFile(file: string): boolean {
  return [".csv", ".tsv", ".txt", ".xlsx"].includes(extname(file).toLowerCase())
}

/**
 * Imports a CSV or .xlsx file: `values` are the parsed options of the command
 * ({@link IMPORT_ROWS_OPTIONS}). Prints the issues and a summary; returns the exit code.
 */
export async function importRows(
  file: string,
  values: Record<string, string | boolean | undefined>,
  out: Out,
  chunkRows = CHUNK_ROWS,
): Promise<number> {
  const kind = readKind(stringOption(values, "kind"))
  const profile = readProfile(stringOption(values, "profile"))
  const outFile = stringOption(values, "out")
  const issuesFile = stringOption(values, "issues")
  if (outFile !== undefined && !/\.(?:ndjson|jsonl|json)$/i.test(outFile)) {
    throw new UsageError(
      `import: --out must end in .ndjson, .jsonl or .json, not ${quote(outFile)}`,
    )
  }
  checkFile(file)
  const name = basename(file)
  const collection = kind.endsWith("s") ? kind : `${kind}s`
  const xlsx = extname(file).toLowerCase() === ".xlsx"
  const sheet = stringOption(values, "sheet")
  if (sheet !== undefined && !xlsx) throw new UsageError("import: --sheet is for .xlsx files")
  const encoding = readEncoding(stringOption(values, "encoding"), xlsx)
  const headerRow = readHeaderRow(stringOption(values, "header-row"))

  const run = new ImportRun(name, kind, profile, out, chunkRows, headerRow)
  const writer = outFile === undefined ? undefined : new RecordWriter(outFile, collection)
  const fixes = issuesFile === undefined ? undefined : createWriteStream(issuesFile)
  run.onIssue = fixes === undefined ? undefined : (line) => fixes.write(fixListLine(line))
  fixes?.write(fixListHeader())
  run.onRecords = writer === undefined ? undefined : (records) => writer.write(records)
  try {
    const rows = xlsx ? await sheetRows(file, sheet, out) : csvRows(file, encoding)
    await run.read(rows)
  } catch (error) {
    run.failWith(unreadableFile(name, error))
  }
  if (fixes !== undefined) {
    fixes.end()
    await once(fixes, "close")
  }
  const ok = run.errors === 0
  if (writer !== undefined) await writer.close(ok)
  run.printSummary(outFile !== undefined && ok ? outFile : undefined, issuesFile)
  return ok ? 0 : 1
}

function readHeaderRow(text: string | undefined): number {
  if (text === undefined) return 1
  if (!/^[1-9]\d{0,6}$/.test(text)) {
    throw new UsageError(
      `import: --header-row must be a row number from 1, as the spreadsheet shows it, not ${quote(text)}`,
    )
  }
  return Number(text)
}

function readEncoding(name: string | undefined, xlsx: boolean): string | undefined {
  if (name === undefined) return undefined
  if (xlsx) {
    throw new UsageError(
      "import: --encoding is for CSV and text files (an .xlsx file says its own encoding)",
    )
  }
  const encoding = encodingOf(name)
  if (encoding === undefined) {
    throw new UsageError(
      `import: --encoding ${quote(name)} is not an encoding: give one such as utf-8, windows-1252, latin1, shift_jis, utf-16le (the WHATWG Encoding Standard's names)`,
    )
  }
  return encoding
}

/**
 * The rows of the sheet `--sheet` names (by name, or by number from 1), or of the first; when
 * the workbook has more than one and none is named, says which was read.
 */
async function sheetRows(
  file: string,
  sheet: string | undefined,
  out: Out,
): Promise<AsyncGenerator<Cell[]>> {
  const workbook = await readWorkbook(file)
  const { sheets } = workbook
  // Not a workbook (read-excel-file says why), or one whose sheets the scan did not find:
  // read-excel-file looks for the sheet --sheet names, by number or name, never another.
  if (sheets.length === 0)
    return xlsxRows(
      file,
      sheet === undefined ? 1 : /^\d+$/.test(sheet) ? Number(sheet) : sheet,
      workbook,
    )
  const list = sheets.map((name, i) => `${i + 1} ${quote(name)}`).join(", ")
  let number: number
  if (sheet === undefined) {
    number = 1
    if (sheets.length > 1) {
      out(
        `${basename(file)}: sheet 1 of ${sheets.length}, ${quote(sheets[0] as string)}, read (--sheet ${quote(sheets[1] as string)} or --sheet 2 reads another; the sheets: ${sheets.map((name) => quote(name)).join(", ")})`,
      )
    }
  } else if (sheets.includes(sheet)) number = sheets.indexOf(sheet) + 1
  else if (/^\d+$/.test(sheet)) {
    number = Number(sheet)
    if (number < 1 || number > sheets.length) {
      throw new FileError(
        "import/unreadable-file",
        `there is no sheet ${sheet}: the workbook has ${sheets.length} (${list})`,
      )
    }
  } else {
    const guess = nearest(sheet, sheets)
    throw new FileError(
      "import/unreadable-file",
      `there is no sheet ${quote(sheet)}${guess === undefined ? "." : ` — did you mean ${quote(guess)}?`} The sheets: ${list}`,
    )
  }
  return xlsxRows(file, number, workbook)
}

function readKind(kind: string | undefined): RowKind {
  if (kind === undefined) {
    throw new UsageError(
      "import: --kind is needed for a CSV or .xlsx file: programmes, participants, participations or organisations",
    )
  }
  const plural = kind.endsWith("s") ? kind : `${kind}s`
  if (ROW_KINDS.includes(plural)) return kind as RowKind
  const guess = nearest(kind, ROW_KINDS)
  throw new UsageError(
    `import: --kind ${quote(kind)} is not a kind of row${guess === undefined ? "" : ` — did you mean '${guess}'?`}: use programmes, participants, participations or organisations`,
  )
}

function readProfile(file: string | undefined): FromRowsOptions {
  if (file === undefined) return {}
  let text: string
  try {
    text = readFileSync(file, "utf8")
  } catch {
    throw new UsageError(`import: the profile ${quote(file)} cannot be read`)
  }
  let profile: unknown
  try {
    profile = JSON.parse(text)
  } catch (error) {
    throw new UsageError(`import: the profile ${quote(file)} is not JSON: ${readError(error)}`)
  }
  if (typeof profile !== "object" || profile === null || Array.isArray(profile)) {
    throw new UsageError(
      `import: the profile ${quote(file)} must be an object such as { "columns": { "Course No.": "programme" } }`,
    )
  }
  for (const key of Object.keys(profile)) {
    if (!PROFILE_KEYS.includes(key)) {
      const guess = nearest(key, PROFILE_KEYS)
      throw new UsageError(
        `import: the profile ${quote(file)} has an unknown key ${quote(key)}${guess === undefined ? "" : ` — did you mean '${guess}'?`}: use columns, values, dateOrder, listSeparator`,
      )
    }
  }
  return profile as FromRowsOptions
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** One import: rows read in chunks, issues and changes counted, records passed on. */
class ImportRun {
  errors = 0
  warnings = 0
  rows = 0
  blank = 0
  records = 0
  changed = 0
  onIssue: ((line: FixLine) => void) | undefined
  onRecords: ((records: unknown[]) => Promise<void>) | undefined
  private printed = 0
  private readonly changes = new Map<string, { change: RowChange; count: number }>()
  private otherChanges = 0
  private header: string[] = []
  private chunks = 0
  /** fromRows over each chunk, with the ids (and participations) of every earlier chunk. */
  private readonly reader: ChunkedRows<RowKind>

  constructor(
    private readonly name: string,
    private readonly kind: RowKind,
    profile: FromRowsOptions,
    private readonly out: Out,
    private readonly chunkRows = CHUNK_ROWS,
    private readonly headerRow = 1,
  ) {
    this.reader = new ChunkedRows(kind, { ...profile, file: name })
  }

  async read(rows: AsyncIterable<Cell[]>): Promise<void> {
    let chunk: Record<string, Cell>[] = []
    let first = this.headerRow + 1
    let row = 0
    for await (const cells of rows) {
      row++
      if (row < this.headerRow) continue
      if (row === this.headerRow) {
        this.readHeader(cells)
        continue
      }
      chunk.push(this.rowObject(cells, row))
      if (chunk.length === this.chunkRows) {
        await this.readChunk(chunk, first)
        first += chunk.length
        chunk = []
      }
    }
    this.rows = Math.max(0, row - this.headerRow)
    if (row === 0)
      this.fail(
        "import/unreadable-file",
        undefined,
        "the file is empty: give a header row and rows under it",
      )
    else if (row < this.headerRow)
      this.fail(
        "import/unreadable-file",
        undefined,
        `the file has ${row} ${row === 1 ? "row" : "rows"}, so no row ${this.headerRow} for the header (--header-row)`,
      )
    if (chunk.length > 0 || this.chunks === 0) await this.readChunk(chunk, first)
  }

  /** A problem of the file itself, as an issue. */
  failWith(issue: ValidationIssue): void {
    this.report(issue, undefined)
  }

  /** A problem that fromRows cannot see: in the file itself. */
  fail(code: FileCode, row: number | undefined, text: string, column?: string): void {
    this.report(fileIssue(this.name, code, row, text, column), undefined)
  }

  private readHeader(cells: Cell[]): void {
    const filled = cells.filter((cell) => cell != null && String(cell).trim() !== "")
    if (filled.length <= 1) {
      const what =
        filled.length === 0 ? "is empty" : `holds one cell, ${quote(cellText(filled[0]).trim())}`
      this.out(
        `${this.name}: row ${this.headerRow}, read as the header, ${what}: if the header is on a later row, say which with --header-row N`,
      )
    }
    const { header, issues } = readHeader(this.name, cells, this.headerRow)
    this.header = header
    for (const issue of issues) this.report(issue, undefined)
  }

  private rowObject(cells: Cell[], row: number): Record<string, Cell> {
    const { object, issues } = rowObject(this.name, this.header, cells, row)
    for (const issue of issues) this.report(issue, undefined)
    return object
  }

  private async readChunk(chunk: Record<string, Cell>[], first: number): Promise<void> {
    const later = this.chunks > 0
    this.chunks++
    const result = this.reader.read(chunk as Record<string, unknown>[], first)
    for (const issue of result.issues) {
      const index = issue.path[0]
      // The header's and the options' issues are the same in every chunk: reported once.
      if (later && typeof index !== "number") continue
      if (typeof index === "number") issue.path[0] = index + first - (this.headerRow + 1)
      this.report(issue, chunk[(issue.row ?? 0) - first])
    }
    for (const change of result.changes) {
      if (later && change.row < first) continue
      this.countChange(change)
    }
    for (const row of chunk) {
      let blank = true
      for (const key in row) if (row[key] !== undefined && row[key] !== "") blank = false
      if (blank) this.blank++
    }
    if (result.ok) {
      this.records += result.records.length
      if (this.errors === 0 && this.onRecords !== undefined) await this.onRecords(result.records)
    }
  }

  private report(issue: ValidationIssue, row: Record<string, Cell> | undefined): void {
    if (issue.severity === "error") this.errors++
    else this.warnings++
    if (this.printed < PRINTED_ISSUES) {
      this.out(
        `${issue.severity === "error" ? "error" : "warning"} ${issue.code}: ${issue.message}`,
      )
    }
    this.printed++
    if (this.onIssue === undefined) return
    const cell = issue.column === undefined || row === undefined ? undefined : row[issue.column]
    this.onIssue({
      file: issue.file ?? this.name,
      row: issue.row,
      column: issue.column,
      value: cell === undefined || cell === null ? undefined : cellText(cell),
      problem: problemOf(issue, this.name),
      suggestion: issue.suggestion,
    })
  }

  private countChange(change: RowChange): void {
    this.changed++
    const key = `${change.column}\u0000${change.from}\u0000${change.to}`
    const known = this.changes.get(key)
    if (known !== undefined) known.count++
    else if (this.changes.size < COUNTED_CHANGES) this.changes.set(key, { change, count: 1 })
    else this.otherChanges++
  }

  printSummary(outFile: string | undefined, issuesFile: string | undefined): void {
    const n = (count: number) => count.toLocaleString("en")
    if (this.printed > PRINTED_ISSUES) {
      this.out(
        `… and ${n(this.printed - PRINTED_ISSUES)} more${issuesFile === undefined ? " (--issues FIX.csv writes them all)" : ` in ${issuesFile}`}`,
      )
    }
    const all = [...this.changes.values()]
    const headers = all.filter((entry) => entry.change.row === this.headerRow)
    if (headers.length > 0) {
      this.out(
        `Columns read as: ${headers.map(({ change }) => `${quote(change.from)} → ${change.to}`).join(", ")}`,
      )
    }
    const cells = all
      .filter((entry) => entry.change.row !== this.headerRow)
      .sort(
        (a, b) =>
          b.count - a.count ||
          compare(a.change.column, b.change.column) ||
          compare(a.change.from, b.change.from),
      )
    if (cells.length > 0) {
      const total = cells.reduce((sum, entry) => sum + entry.count, 0) + this.otherChanges
      this.out(`Values read as (${n(total)} cells changed):`)
      for (const { change, count } of cells.slice(0, 20)) {
        this.out(
          `  ${quote(change.column)}: ${quote(change.from)} → ${quote(change.to)} (${n(count)} ${count === 1 ? "row" : "rows"})`,
        )
      }
      const rest = cells.slice(20).reduce((sum, entry) => sum + entry.count, 0) + this.otherChanges
      if (rest > 0) this.out(`  … and ${n(rest)} other changes`)
    }
    const status = this.errors === 0 ? "ok" : "not imported"
    this.out(
      `${this.name}: ${status}: ${n(this.rows)} rows (${n(this.blank)} blank), ${n(this.errors === 0 ? this.records : 0)} ${this.kind.endsWith("s") ? this.kind : `${this.kind}s`}${outFile === undefined ? "" : ` written to ${outFile}`}; ${n(this.errors)} ${this.errors === 1 ? "error" : "errors"}, ${n(this.warnings)} ${this.warnings === 1 ? "warning" : "warnings"}`,
    )
  }
}
