import type { ValidationIssue } from "./issue.js"

/**
 * Thrown by {@link parseDataset} when a dataset has errors ([validation rules](../../docs/validation.md#validation-rules)).
 *
 * `issues` holds every problem found, warnings included, exactly as {@link validateDataset}
 * returns them; the message lists the first five errors.
 *
 * @example
 * try { parseDataset(null) } catch (e) { e instanceof DatasetError && e.issues[0].code } //=> "dataset/not-an-object"
 *
 * @category Validate
 */
export class DatasetError extends Error {
  override readonly name = "DatasetError"
  readonly issues: ValidationIssue[]

  constructor(issues: ValidationIssue[]) {
    const errors = issues.filter((issue) => issue.severity === "error")
    const shown = errors.slice(0, 5).map((issue) => `  - [${issue.code}] ${issue.message}`)
    const more =
      errors.length > shown.length ? [`  … and ${errors.length - shown.length} more`] : []
    const count = errors.length === 1 ? "1 error" : `${errors.length} errors`
    super([`the dataset has ${count}:`, ...shown, ...more].join("\n"))
    this.issues = issues
  }
}
