// The arguments of fromRows other than the rows: its options and the kind of record.
import { ROW_COLUMNS, type RowCollectionName } from "./from-rows-columns.js"
import { rowMessages } from "./from-rows-messages.js"
import { PROFILE_OPTIONS, type Profile, readProfileOption } from "./from-rows-profile.js"
import { describeValue, guessName, isPlain, issue, reasonOf } from "./from-rows-values.js"
import type { ValidationIssue } from "./issue.js"

const COLLECTION_NAMES = /* @__PURE__ */ Object.keys(ROW_COLUMNS) as RowCollectionName[]
const PLURAL_KINDS = ["organisations", "participants", "participations", "programmes"]

/** The options of fromRows as read: a default for each one left out or not valid. */
export type RowOptions = { separator: string; first: number; profile: Profile }

/** Reads fromRows' options; each one that is not valid is an issue in `general`. */
export function readOptions(options: unknown, general: ValidationIssue[]): RowOptions {
  const read: RowOptions = { separator: ";", first: 2, profile: {} }
  if (options === undefined) return read
  const fail = (message: string) => general.push(issue("rows/invalid-option", [], message))
  if (!isPlain(options)) {
    fail(rowMessages.optionsNotObject(describeValue(options)))
    return read
  }
  let names: string[]
  try {
    names = Object.keys(options)
  } catch (error) {
    fail(rowMessages.optionsUnreadable(reasonOf(error)))
    return read
  }
  const known = ["listSeparator", "firstRowNumber", ...PROFILE_OPTIONS]
  for (const name of names) {
    if (!known.includes(name)) {
      const guess = guessName(name, known)
      fail(rowMessages.unknownOption(name, guess, known))
      continue
    }
    let given: unknown
    try {
      given = (options as Record<string, unknown>)[name]
    } catch (error) {
      fail(rowMessages.optionUnreadable(name, reasonOf(error)))
      continue
    }
    if (given === undefined) continue
    if ((PROFILE_OPTIONS as readonly string[]).includes(name)) {
      try {
        readProfileOption(read.profile, name as (typeof PROFILE_OPTIONS)[number], given, fail)
      } catch (error) {
        fail(rowMessages.optionUnreadable(name, reasonOf(error)))
      }
    } else if (name === "listSeparator") {
      if (typeof given === "string" && given !== "") read.separator = given
      else {
        fail(rowMessages.listSeparator(describeValue(given)))
      }
    } else if (typeof given === "number" && Number.isSafeInteger(given) && given >= 1) {
      read.first = given
    } else {
      fail(rowMessages.firstRowNumber(describeValue(given)))
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
  general.push(issue("rows/unknown-kind", [], rowMessages.unknownKind(describeValue(kind), guess)))
  return undefined
}
