// Every message of fromRows about the call, the rows, the header and the records, in one
// table (the cells' own messages are in from-rows-cells.ts, the rules' in messages.ts). A
// message says what is wrong and what would be right, on one line; values from the data are
// shown with `quote` (src/text/quote.ts) or `describeValue`, which never call what they show.
import { quote } from "../text/quote.js"

const ROWS_SHAPE =
  "objects keyed by column header, such as csv-parse returns with { columns: true }"
const NOT_A_NUMBER = "write digits only, with a dot for decimals (2653, 10.5)"
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

  // — the options file, dateOrder, columns and values (from-rows-profile.ts) —
  fileOption: (shown: string) =>
    `option file must be the name of the file, such as 'register.csv', not ${shown}`,
  dateOrderOption: (shown: string) =>
    `option dateOrder must be 'day-first' (15/05/2022) or 'month-first' (05/15/2022), not ${shown}`,
  columnsOption: (shown: string) =>
    `option columns must be an object of header → field, such as { 'Course No.': 'programme' }, not ${shown}`,
  columnTarget: (header: string, shown: string) =>
    `option columns: ${quote(header)} must map to a field such as 'period.start', or '-' to skip the column, not ${shown}`,
  valuesOption: (shown: string) =>
    `option values must be an object of field → { cell: value }, such as { status: { Passed: 'completed' } }, not ${shown}`,
  valuesTable: (field: string, shown: string) =>
    `option values: ${quote(field)} must be an object of cell → value, such as { Passed: 'completed' }, not ${shown}`,
  valuesTarget: (field: string, cell: string, shown: string) =>
    `option values: ${quote(field)} → ${quote(cell)} must be text, such as 'completed', not ${shown}`,
  knownTargets: (columns: readonly string[]) =>
    `a column such as ${columns.map((c) => quote(c)).join(", ")}, a field path such as 'period.start', 'extra.<name>', or '-' to skip`,
  columnNotAField: (header: string, target: string, collection: string, known: string) =>
    `option columns: ${quote(header)} maps to ${quote(target)}, which is not a field of ${collection}: use ${known}`,
  valuesNotAField: (field: string, collection: string, known: string) =>
    `option values: ${quote(field)} is not a field of ${collection}: use ${known}`,

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

  // — cells (from-rows-cells.ts) —
  tooLarge: (digits: string) => `the number ${digits} is too large to be held exactly`,
  notANumber: (shown: string) => `${shown} is not a number: ${NOT_A_NUMBER}`,
  notText: (shown: string) => `${shown} is not text: write the value as text`,
  notACellValue: (shown: string) =>
    `${shown} is not a value a cell can hold: write a number or text`,
  fractionAsText: (shown: string) =>
    `the number ${shown} is not read as text (a spreadsheet may have dropped digits, as in 16.10): format the column as text`,
  dateObject: () =>
    "a Date is not read (its day depends on a time zone): give the date as text, such as '2024-10-15'",
  notACell: (what: string) => `${what} is not a cell value: give text, as a CSV parser returns it`,
  notACode: (item: string, example: string) =>
    `${quote(item)} is not a number: write each code in digits, such as ${example}`,
  notAPair: (item: string, a: string, b: string, example: string) =>
    `${quote(item)} is not a pair: write ${a}:${b}, such as ${example}`,
  notACount: (item: string, example: string) =>
    `${quote(item)} is not a count: write country:number, such as ${example}`,
  countryTwice: (country: string, before: string, item: string) =>
    `${quote(country)} is given twice (${quote(before)} and ${quote(item)}): give each country once`,
  tooManyDigits: (cell: string) =>
    `${quote(cell)} has more digits than can be held exactly (at most 15 significant digits, or a whole number up to ${Number.MAX_SAFE_INTEGER})`,
  notBoolean: (shown: string) =>
    `${shown} is not true or false (write true, false, yes, no, 1 or 0)`,
  notInList: (cell: string, values: readonly string[], guess: string | undefined) =>
    `${quote(cell)} is not one of ${values.map((v) => quote(v)).join(", ")}${didYouMean(guess)}`,
  notACountry: (cell: string, name: string | undefined, code: string | undefined) =>
    `${quote(cell)} is not a country: use an ISO 3166-1 code ('VN', 'VNM' or '704', 'XK' for Kosovo) or an English name ('Viet Nam')${code === undefined ? "" : ` — did you mean ${quote(name)} (${code})?`}`,

  // — places —
  /** How a record is named in the rules' messages: `row 14`. */
  record: (row: number) => `row ${row}`,
}
