// The arguments of fromRows other than the rows: its options and the kind of record.
import { quote } from "../text/quote.js"
import { ROW_COLUMNS, type RowCollectionName } from "./from-rows-columns.js"
import { describeValue, guessName, isPlain, issue, reasonOf } from "./from-rows-values.js"
import type { ValidationIssue } from "./issue.js"

const COLLECTION_NAMES = Object.keys(ROW_COLUMNS) as RowCollectionName[]
const PLURAL_KINDS = ["organisations", "participants", "participations", "programmes"]
const KIND_LIST = "'organisations', 'participants', 'participations' or 'programmes'"

/** The options of fromRows as read: a default for each one left out or not valid. */
export type RowOptions = { separator: string; first: number }

/** Reads fromRows' options; each one that is not valid is an issue in `general`. */
export function readOptions(options: unknown, general: ValidationIssue[]): RowOptions {
  const read: RowOptions = { separator: ";", first: 2 }
  if (options === undefined) return read
  const fail = (message: string) => general.push(issue("rows/invalid-option", [], message))
  if (!isPlain(options)) {
    fail(
      `options must be an object such as { listSeparator: '|' }, or left out, not ${describeValue(options)}`,
    )
    return read
  }
  let names: string[]
  try {
    names = Object.keys(options)
  } catch (error) {
    fail(`options could not be read: ${reasonOf(error)}`)
    return read
  }
  for (const name of names) {
    if (name !== "listSeparator" && name !== "firstRowNumber") {
      const guess = guessName(name, ["listSeparator", "firstRowNumber"])
      fail(
        `unknown option ${quote(name)}${guess === undefined ? ": the options are 'listSeparator' and 'firstRowNumber'" : ` — did you mean '${guess}'?`}`,
      )
      continue
    }
    let given: unknown
    try {
      given = (options as Record<string, unknown>)[name]
    } catch (error) {
      fail(`option ${name} could not be read: ${reasonOf(error)}`)
      continue
    }
    if (given === undefined) continue
    if (name === "listSeparator") {
      if (typeof given === "string" && given !== "") read.separator = given
      else {
        fail(
          `option listSeparator must be a text of at least one character, such as ';' or '|', not ${describeValue(given)}`,
        )
      }
    } else if (typeof given === "number" && Number.isSafeInteger(given) && given >= 1) {
      read.first = given
    } else {
      fail(
        `option firstRowNumber must be a whole number of at least 1 (the row number of rows[0]), not ${describeValue(given)}`,
      )
    }
  }
  return read
}

/** The collection a kind names (`"programme"` or `"programmes"`), or an issue in `general`. */
export function readKind(kind: unknown, general: ValidationIssue[]): RowCollectionName | undefined {
  if (typeof kind === "string") {
    const plural = kind.endsWith("s") ? kind : `${kind}s`
    if ((COLLECTION_NAMES as string[]).includes(plural)) return plural as RowCollectionName
  }
  const guess = typeof kind === "string" ? guessName(kind, PLURAL_KINDS) : undefined
  general.push(
    issue(
      "rows/unknown-kind",
      [],
      `fromRows cannot read ${describeValue(kind)}${guess === undefined ? "" : ` — did you mean '${guess}'?`}: use ${KIND_LIST} (pledges, frameworks and groupings are kept in JSON)`,
    ),
  )
  return undefined
}
