// The fix list: one line per problem, as CSV that spreadsheet programs open as they are — a
// byte-order mark (so that Excel reads UTF-8), CRLF line ends, every field quoted where it
// holds a comma, a quote, a line break or surrounding spaces (RFC 4180); a text that a
// spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`) starts with a single quote
// (csv-guard.ts).
import { csvCell } from "./csv-guard.js"

/** The columns of the fix list, in order. */
export const FIX_LIST_COLUMNS = ["file", "row", "column", "value", "problem", "suggestion"] as const

/** One line of the fix list. */
export type FixLine = {
  file: string
  row?: number | undefined
  column?: string | undefined
  value?: string | undefined
  problem: string
  suggestion?: string | undefined
}

/** The byte-order mark that tells spreadsheet programs the file is UTF-8. */
export const BOM = "\uFEFF"

/** One CSV field of the fix list (csv-guard.ts): guarded against formulas, quoted when it must be. */
export const csvField = (text: string): string => csvCell(text)

/** The header line, with the BOM and CRLF. */
export function fixListHeader(): string {
  return `${BOM}${FIX_LIST_COLUMNS.join(",")}\r\n`
}

/** One line of the fix list, ending in CRLF. */
export function fixListLine(line: FixLine): string {
  return `${[
    line.file,
    line.row === undefined ? "" : String(line.row),
    line.column ?? "",
    line.value ?? "",
    line.problem,
    line.suggestion ?? "",
  ]
    .map(csvCell)
    .join(",")}\r\n`
}
