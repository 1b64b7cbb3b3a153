// CSV that a spreadsheet program opens must not run what it holds: a cell that starts with
// `=`, `+`, `-` or `@` (or a tab or carriage return before one) is read as a formula, and a
// formula can fetch a URL or start a program (CSV injection, OWASP). Every text field the CLI
// writes to CSV for people to open — the fix list of `import --issues`, the tables of
// `stats --csv` — goes through csvCell, which guards it and quotes it.

/** The characters that make a spreadsheet program read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/

/** A number as a spreadsheet reads it, sign included: a value, never a formula. */
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/

/**
 * Text as a CSV cell that a spreadsheet program shows and never runs: a cell that would be read
 * as a formula is prefixed with a single quote (`'=HYPERLINK(…)`), which the program shows as
 * text (OWASP's advice). A plain number (`-12`, `+3.5`) is left as it is: it is a value, not a
 * formula, and a quote would turn a negative number in a numeric column into text.
 */
export function guardCell(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text
}

/**
 * One CSV field (RFC 4180) of the CLI's CSV files: text guarded (guardCell), then quoted when it
 * holds a comma, a quote or a line break or starts or ends with white space, quotes doubled.
 * Numbers and booleans are written as they are (a number, sign included, is never a formula).
 */
export function csvCell(value: string | number | boolean): string {
  const text = typeof value === "string" ? guardCell(value) : String(value)
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
