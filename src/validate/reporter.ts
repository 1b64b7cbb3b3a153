import { type IssueCode, RULES } from "./catalogue.js"
import {
  COLLECTIONS,
  type Collection,
  describeLocation,
  type Location,
  type ValidationIssue,
} from "./issue.js"
import { isObject } from "./record-fields.js"

/** Collects issues in the order they are found. */
export type Reporter = {
  issues: ValidationIssue[]
  /** Reports a problem in a record: `field` is the path inside the record. */
  add(
    code: IssueCode,
    location: Location | undefined,
    field: readonly (string | number)[],
    text: string,
  ): void
}

/**
 * How a reporter names where a problem is. The default names the record
 * (`programmes[3] 'itc-184'`); `fromRows` names the row and column instead.
 */
export type Placement = (
  location: Location,
  field: readonly (string | number)[],
) => { prefix: string; path: (string | number)[]; row?: number; column?: string }

const inDataset: Placement = (location, field) => ({
  prefix: describeLocation(location),
  path: [location.collection, location.index, ...field],
})

export function createReporter(place: Placement = inDataset): Reporter {
  const issues: ValidationIssue[] = []
  return {
    issues,
    add(code, location, field, text) {
      const placed = location === undefined ? undefined : place(location, field)
      const issue: ValidationIssue = {
        code,
        severity: RULES[code].severity,
        path: placed === undefined ? [...field] : placed.path,
        message: placed === undefined ? text : `${placed.prefix}: ${text}`,
      }
      if (placed?.row !== undefined) issue.row = placed.row
      if (placed?.column !== undefined) issue.column = placed.column
      if (location?.id !== undefined) {
        issue.entity = { kind: COLLECTIONS[location.collection], id: location.id }
      }
      issues.push(issue)
    },
  }
}

/** A record's location, with its id when the record has a string id. */
export function locate(collection: Collection, index: number, record: unknown): Location {
  const id = isObject(record) ? record.id : undefined
  return { collection, index, id: typeof id === "string" && id.length > 0 ? id : undefined }
}
