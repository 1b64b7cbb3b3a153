// What only the file shows, before fromRows sees a row: its header, cells past the header,
// bytes that are not UTF-8; and the issues of such problems, named by file, row and column.
import { quote } from "../text/quote.js"
import { RULES } from "../validate/catalogue.js"
import type { ValidationIssue } from "../validate/issue.js"

/** A cell as the readers give it. */
export type Cell = string | number | boolean | Date | null | undefined

/**
 * A cell as text, for a header, a message or the fix list: a Date as its ISO text (`Invalid
 * Date` when it holds no time), empty for no cell. Never throws.
 */
export function cellText(cell: Cell): string {
  if (cell instanceof Date)
    return Number.isFinite(cell.getTime()) ? cell.toISOString() : "Invalid Date"
  return cell == null ? "" : String(cell)
}

/** The first line of an error's message, quoted. */
export function readError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return quote(message.split("\n")[0] ?? "")
}

/**
 * A problem a reader found in the file itself, with a message of its own (never cut): bytes
 * not in the file's encoding, a sheet not in the workbook. `line` is a line of the text.
 */
export class FileError extends Error {
  constructor(
    readonly code: FileCode,
    message: string,
    readonly line?: number,
  ) {
    super(message)
  }
}

/** A file that cannot be read as rows: bytes that are not UTF-8, a quote never closed, no sheet. */
export function unreadableFile(name: string, error: unknown): ValidationIssue {
  if (error instanceof FileError) {
    const issue = fileIssue(name, error.code, undefined, error.message)
    if (error.line !== undefined) issue.message = `${name} line ${error.line}: ${error.message}`
    return issue
  }
  const reason = readError(error)
  return fileIssue(
    name,
    /not UTF-8/.test(reason) ? "dataset/invalid-encoding" : "import/unreadable-file",
    undefined,
    `the file cannot be read: ${reason}`,
  )
}

/** The codes of problems in the file itself, which fromRows cannot see. */
export type FileCode =
  | "import/unreadable-file"
  | "import/duplicate-column"
  | "import/cell-without-column"
  | "dataset/invalid-encoding"

/** An issue of the file itself: `name row 3, column 'x': text`. */
export function fileIssue(
  name: string,
  code: FileCode,
  row: number | undefined,
  text: string,
  column?: string,
): ValidationIssue {
  const where = `${name}${row === undefined ? "" : ` row ${row}`}${column === undefined ? "" : `, column ${quote(column)}`}`
  const issue: ValidationIssue = {
    code,
    severity: RULES[code].severity,
    path: [],
    message: `${where}: ${text}`,
    file: name,
  }
  if (row !== undefined) issue.row = row
  if (column !== undefined) issue.column = column
  return issue
}

/**
 * The header row as column names: each cell as text, an empty one named by its letter
 * (`(column F)`); two columns of one name are an issue.
 */
export function readHeader(
  name: string,
  cells: readonly Cell[],
  row = 1,
): { header: string[]; issues: ValidationIssue[] } {
  const seen = new Map<string, number>()
  const issues: ValidationIssue[] = []
  const header = cells.map((cell, i) => {
    const text = cellText(cell).trim()
    const column = text === "" ? `(column ${columnLetter(i)})` : text
    const before = seen.get(column)
    if (before !== undefined) {
      issues.push(
        fileIssue(
          name,
          "import/duplicate-column",
          row,
          `columns ${columnLetter(before)} and ${columnLetter(i)} are both headed ${quote(column)}: rename one, or leave one out`,
          column,
        ),
      )
    } else seen.set(column, i)
    return column
  })
  return { header, issues }
}

/**
 * A row as fromRows reads it, keyed by header (a null-prototype object); a value past the
 * header's last column is an issue, an empty cell under an empty header is left out.
 */
export function rowObject(
  name: string,
  header: readonly string[],
  cells: readonly Cell[],
  row: number,
): { object: Record<string, Cell>; issues: ValidationIssue[] } {
  const object: Record<string, Cell> = Object.create(null)
  const issues: ValidationIssue[] = []
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]
    const empty =
      cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")
    const column = header[i]
    if (column === undefined) {
      if (!empty) {
        issues.push(
          fileIssue(
            name,
            "import/cell-without-column",
            row,
            `cell ${columnLetter(i)} holds ${quote(String(cell))} but the header has no column ${columnLetter(i)}: add a header, or move the value`,
          ),
        )
      }
      continue
    }
    if (empty && column.startsWith("(column ")) continue
    if (!(column in object)) object[column] = cell === null ? undefined : cell
  }
  return { object, issues }
}

/** The problem of an issue without the place its message starts with (the fix list has columns for it). */
export function problemOf(issue: ValidationIssue, file: string): string {
  const message = issue.message
  const places = [
    issue.row === undefined
      ? undefined
      : `${file} row ${issue.row}${issue.column === undefined ? "" : `, column ${quote(issue.column)}`}: `,
    `${file}: `,
    `${file} `,
  ]
  for (const place of places)
    if (place !== undefined && message.startsWith(place)) return message.slice(place.length)
  return message
}

/** A, B, …, Z, AA: the column letters a spreadsheet shows. */
function columnLetter(index: number): string {
  let letters = ""
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  }
  return letters
}
