import { quote } from "../text/quote.js"
import type { IssueCode } from "./catalogue.js"

/**
 * The kinds of record a dataset holds, as issue `entity.kind` names them
 * ([validation rules](../../docs/validation.md#validation-rules)).
 *
 * @example
 * const kind: EntityKind = "participation"
 *
 * @category Validate
 */
export type EntityKind =
  | "organisation"
  | "grouping"
  | "programme"
  | "participant"
  | "participation"
  | "pledge"
  | "framework"
  | "figure"
  | "dataset"

/**
 * How serious an issue is: an `error` makes `ok` false, a `warning` does not
 * ([severity](../../docs/validation.md#validation-rules)).
 *
 * @example
 * const severity: Severity = RULES["programme/end-before-start"].severity
 *
 * @category Validate
 */
export type Severity = "error" | "warning"

/**
 * One problem found in the data ([validation rules](../../docs/validation.md#validation-rules)).
 *
 * @example
 * const issue: ValidationIssue = validateDataset(null).issues[0] // code "dataset/not-an-object"
 *
 * @category Validate
 */
export type ValidationIssue = {
  /** Stable, kebab-case, grouped by entity: `programme/end-before-start`. */
  code: IssueCode
  /** `error`: the data is wrong and `ok` is false. `warning`: probably a mistake; `ok` stays true. */
  severity: Severity
  /** Where: `["programmes", 3, "period", "end"]`. */
  path: (string | number)[]
  /** For a person: `programmes[3] 'itc-184': period.end 2024-09 is before period.start 2024-10-01`. */
  message: string
  /** The record the problem is in, when it has an id. */
  entity?: { kind: EntityKind; id: string }
  /** `fromRows` only: the row number (as a spreadsheet shows it) and the column. */
  row?: number
  column?: string
  /** The file, when `fromRows` was given the `file` option (or `locateIssues` an origin with one). */
  file?: string
  /** `fromRows` only: the value probably meant, where there is one (the nearest enum value or country). */
  suggestion?: string
}

/** The collections of a dataset and the kind of record each holds. */
export const COLLECTIONS = {
  organisations: "organisation",
  groups: "grouping",
  programmes: "programme",
  participants: "participant",
  participations: "participation",
  pledges: "pledge",
  frameworks: "framework",
  figures: "figure",
} as const satisfies Record<string, EntityKind>

export type Collection = keyof typeof COLLECTIONS

/** Where a record sits, for messages and issues. */
export type Location = {
  collection: Collection
  index: number
  /** The record's id when it has a usable one. */
  id: string | undefined
}

/** `programmes[3] 'itc-184'`. */
export function describeLocation(location: Location): string {
  const at = `${location.collection}[${location.index}]`
  return location.id === undefined ? at : `${at} ${quote(location.id)}`
}

/** A key that reads as a name in a path; any other is quoted: `byCountry['U A']`. */
const NAME = /^[A-Za-z_$][\w$-]{0,59}$/

/** `period.end`, `countries[1]`, `reportedParticipants.byCountry.UA`, `byCountry['u\nA']`. */
export function describeField(path: readonly (string | number)[]): string {
  let text = ""
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`
    else if (!NAME.test(part)) text += `[${quote(part)}]`
    else text += text === "" ? part : `.${part}`
  }
  return text
}
