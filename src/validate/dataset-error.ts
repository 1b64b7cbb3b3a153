import type { ValidationIssue } from "./issue.js"

/**
 * Thrown by {@link parseDataset} when a dataset has errors. `issues` holds every problem
 * found (warnings included), exactly as {@link validateDataset} returns them.
 *
 * @example
 * try {
 *   parseDataset(input)
 * } catch (error) {
 *   if (error instanceof DatasetError) for (const issue of error.issues) console.log(issue.message)
 * }
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
