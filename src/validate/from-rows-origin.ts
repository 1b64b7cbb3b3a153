// Where records read by fromRows came from, and issues found later traced back to it.
import { quote } from "../text/quote.js"
import type { ValidationIssue } from "./issue.js"

/**
 * A value `fromRows` changed as it read it: "Viet Nam" → `VN`, "Completed" → `completed`
 * ([changes](../../docs/importing-csv.md#changes-nothing-normalised-silently)).
 *
 * A header read as a column ("Birth Year" → `birthYear`) is a change at the header row whose
 * `from` is the header.
 *
 * @example
 * const change: RowChange = { row: 5, column: "Result", from: "Attended (partial)", to: "attended" }
 *
 * @category Validate
 */
export type RowChange = {
  /** The `file` option, when given. */
  file?: string
  /** The row number as a spreadsheet shows it. */
  row: number
  /** The column header as written. */
  column: string
  /** The cell as written (a number, true/false or Date as text). */
  from: string
  /** The value read, as text (a list joined with the list separator). */
  to: string
}

/**
 * Where the records of one `fromRows` call came from: `rows[i]` is the row number of
 * `records[i]` (blank rows counted), `columns` the header of each field path. Plain data: keep
 * it beside the records and give it to {@link locateIssues}
 * ([from an issue back to the row](../../docs/importing-csv.md#from-an-issue-back-to-the-row)).
 *
 * @example
 * const origin: RowsOrigin = { file: "participations.csv", rows: [2, 3, 5], columns: { programme: "Course No." } }
 *
 * @category Validate
 */
export type RowsOrigin = {
  file?: string
  rows: number[]
  /** Field path (dotted) → header as written. A null-prototype object. */
  columns: Record<string, string>
}

/**
 * Traces issues of `validateDataset` back to the file, row and column each record was read
 * from by `fromRows` ([from an issue back to the row](../../docs/importing-csv.md#from-an-issue-back-to-the-row)).
 *
 * Each origin describes the first records of its collection, in order. Issues of other
 * collections, of records past the origin's rows, or that already have a row, are returned as
 * they are; the issues given are not modified. It never throws: an issue or an origin that is
 * not what it should be leaves the issue as it is, and `issues` that is not a list gives `[]`.
 *
 * @example
 * const read = fromRows("participations", rows, { file: "participations.csv" })
 * const checked = validateDataset({ programmes, participations: read.records })
 * for (const issue of locateIssues(checked.issues, { participations: read.origin }))
 *   console.log(issue.message)
 * //=> "participations.csv row 14, column 'Course No.' — participations[12]: …"
 *
 * @category Validate
 */
export function locateIssues(
  issues: readonly ValidationIssue[],
  origins: Readonly<Partial<Record<string, RowsOrigin>>>,
): ValidationIssue[] {
  let length: number
  try {
    if (!Array.isArray(issues)) return []
    length = issues.length
  } catch {
    return []
  }
  const located: ValidationIssue[] = []
  for (let i = 0; i < length; i++) {
    let issue: ValidationIssue
    try {
      issue = issues[i] as ValidationIssue
    } catch {
      continue // A list whose items cannot be read: nothing to give back.
    }
    try {
      located.push(locate(issue, origins))
    } catch {
      // A Proxy or a getter that throws: the issue as it was given.
      located.push(issue)
    }
  }
  return located
}

/** One issue traced to its row and column, or the issue itself when it cannot be. May throw. */
function locate(
  issue: ValidationIssue,
  origins: Readonly<Partial<Record<string, RowsOrigin>>>,
): ValidationIssue {
  if (typeof issue !== "object" || issue === null || !Array.isArray(issue.path)) return issue
  if (typeof origins !== "object" || origins === null) return issue
  const [collection, index, ...field] = issue.path
  if (typeof collection !== "string" || typeof index !== "number" || issue.row !== undefined)
    return issue
  if (typeof issue.message !== "string" || !Object.hasOwn(origins, collection)) return issue
  const origin: unknown = origins[collection]
  if (typeof origin !== "object" || origin === null) return issue
  const { rows, columns, file } = origin as Partial<RowsOrigin>
  const row: unknown = Array.isArray(rows) && Number.isSafeInteger(index) ? rows[index] : undefined
  if (typeof row !== "number" || !Number.isSafeInteger(row)) return issue
  let column: string | undefined
  if (typeof columns === "object" && columns !== null) {
    for (let n = field.length; n > 0 && column === undefined; n--) {
      const key = field.slice(0, n).join(".")
      const header: unknown = Object.hasOwn(columns, key) ? columns[key] : undefined
      if (typeof header === "string") column = header
    }
  }
  const named = typeof file === "string" ? file : undefined
  const where = `${named === undefined ? "" : `${named} `}row ${row}${column === undefined ? "" : `, column ${quote(column)}`}`
  const located: ValidationIssue = { ...issue, message: `${where} — ${issue.message}`, row }
  if (column !== undefined) located.column = column
  if (named !== undefined) located.file = named
  return located
}
