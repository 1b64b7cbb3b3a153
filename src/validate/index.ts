export { type IssueCode, RULES, type Rule } from "./catalogue.js"
export { DatasetError } from "./dataset-error.js"
export {
  type FromRowsOptions,
  type FromRowsResult,
  fromRows,
  type RowCollection,
  type RowKind,
  type RowRecords,
} from "./from-rows.js"
export type { DateOrder } from "./from-rows-dates.js"
export { locateIssues, type RowChange, type RowsOrigin } from "./from-rows-origin.js"
export type { EntityKind, Severity, ValidationIssue } from "./issue.js"
export {
  parseDataset,
  type ValidateOptions,
  type ValidationResult,
  validateDataset,
} from "./validate-dataset.js"
