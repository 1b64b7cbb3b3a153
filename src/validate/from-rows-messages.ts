// Every message of fromRows about the call, the rows, the header and the records, in one
// table (the cells' own messages are in from-rows-cells.ts, the rules' in messages.ts). A
// message says what is wrong and what would be right, on one line; values from the data are
// shown with `quote` (src/text/quote.ts) or `describeValue`, which never call what they show.
import { quote } from "../text/quote.js"

const ROWS_SHAPE =
  "objects keyed by column header, such as csv-parse returns with { columns: true }"
const KIND_LIST = "'organisations', 'participants', 'participations' or 'programmes'"

/** ` — did you mean 'x'?`, or nothing. */
const didYouMean = (guess: string | undefined) =>
  guess === undefined ? "" : ` — did you mean ${quote(guess)}?`

export const rowMessages = {
  // — the call: options and kind —
  optionsNotObject: (shown: string) =>
    `options must be an object such as { listSeparator: '|' }, or left out, not ${shown}`,
  optionsUnreadable: (reason: string) => `options could not be read: ${reason}`,
  unknownOption: (name: string, guess: string | undefined, known: readonly string[]) =>
    `unknown option ${quote(name)}${guess === undefined ? `: the options are ${known.map((k) => quote(k)).join(", ")}` : didYouMean(guess)}`,
  optionUnreadable: (name: string, reason: string) => `option ${name} could not be read: ${reason}`,
  listSeparator: (shown: string) =>
    `option listSeparator must be a text of at least one character, such as ';' or '|', not ${shown}`,
  firstRowNumber: (shown: string) =>
    `option firstRowNumber must be a whole number of at least 1 (the row number of rows[0]), not ${shown}`,
  unknownKind: (shown: string, guess: string | undefined) =>
    `fromRows cannot read ${shown}${didYouMean(guess)}: use ${KIND_LIST} (pledges, frameworks and groupings are kept in JSON)`,

  // — the rows —
  notAList: (shown: string) => `rows must be a list of ${ROWS_SHAPE}, not ${shown}`,
  noLength: () => "the rows could not be read: the list has no length",
  rowsUnreadable: (reason: string) => `the rows could not be read: ${reason}`,
  hole: (row: number) => `row ${row}: there is no row here (a hole in the list)`,
  holes: (from: number, to: number) =>
    `rows ${from}–${to}: there are no rows here (holes in the list)`,
  rowUnreadable: (reason: string) => `the row could not be read: ${reason}`,
  notARow: (what: string, plain: boolean | undefined) =>
    `the row is ${what}: give ${plain ? "a plain" : "an"} ${ROWS_SHAPE.replace("objects", "object")}`,
  cellUnreadable: (reason: string) => `the cell could not be read: ${reason}`,
  conflictingColumns: (value: unknown, before: unknown, column: string, field: string) =>
    `${quote(value)} differs from ${quote(before)} in column ${quote(column)}, which gives ${field} too: keep one of the two columns`,

  // — the header —
  unknownColumn: (collection: string, columns: string, guess: string | undefined) =>
    `unknown column${guess === undefined ? `: the columns of ${collection} are ${columns}; map it with the option columns, or '-' to skip it` : didYouMean(guess)}`,
  absentColumn: (field: string, rows: number, count: number, column: string | undefined) =>
    `no column gives ${field}, which ${rows === count ? "every row needs" : `${rows} of ${count} rows need`}: ${column === undefined ? "add a column for it" : `add a column ${quote(column)}`}`,

  // — places —
  /** How a record is named in the rules' messages: `row 14`. */
  record: (row: number) => `row ${row}`,
}
