import { type Dataset, datasetSchema } from "../schemas/dataset.js"
import { isPlainObject } from "../schemas/fields.js"
import { clip } from "../text/quote.js"
import { DatasetError } from "./dataset-error.js"
import type { ValidationIssue } from "./issue.js"
import { ruleMessages } from "./messages.js"
import { isObject } from "./record-fields.js"
import { createReporter } from "./reporter.js"
import { buildContext } from "./rules/context.js"
import { runRules } from "./rules/run-rules.js"
import { reportZodIssues } from "./zod-issues.js"

/**
 * What {@link validateDataset} returns ([validation rules](../../docs/validation.md#validation-rules)).
 *
 * `ok` is true when no issue is an error (warnings may remain); `dataset` is present exactly
 * when `ok` is true.
 *
 * @example
 * const result: ValidationResult = validateDataset({ programmes: [] })
 *
 * @category Validate
 */
export type ValidationResult =
  | { ok: true; dataset: Dataset; issues: ValidationIssue[] }
  | { ok: false; dataset?: undefined; issues: ValidationIssue[] }

/**
 * Options of {@link validateDataset} ([validation rules](../../docs/validation.md#validation-rules)).
 *
 * @example
 * validateDataset({ participations }, { references: false })
 *
 * @category Validate
 */
export type ValidateOptions = {
  /**
   * Check references between records (default `true`). Set it to `false` to check a part of
   * a dataset on its own — a file of participations, or one chunk of a stream — where the
   * programmes and participants they name are elsewhere: every other rule still runs,
   * duplicates included, within what is given.
   */
  references?: boolean
}

/**
 * Validates a dataset in one pass: the shape of each record and every rule between fields and
 * records, each problem an issue with a stable code ([validation rules](../../docs/validation.md)).
 *
 * It never throws, whatever it is given (`null`, cycles, getters or Proxies that throw): what
 * cannot be read is `dataset/unreadable`. The input is not modified; the dataset returned is a
 * copy (`extra` passed through). Schema issues come first, then the rules', in record order.
 *
 * @example
 * const result = validateDataset({
 *   programmes: [{ id: "p1", title: "T", kind: "seminar", status: "completed",
 *     period: { start: "2024-10-01", end: "2024-09" } }],
 * })
 * result.ok //=> false
 * result.issues[0].code //=> "programme/end-before-start"
 * result.issues[0].message //=> "programmes[0] 'p1': period.end 2024-09 is before period.start 2024-10-01"
 *
 * @category Validate
 */
export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const reporter = createReporter()
  try {
    // Options are read once, and anything but `references: false` keeps references on.
    const references = !(isObject(options) && options.references === false)
    if (!isPlainObject(input)) {
      reporter.add("dataset/not-an-object", undefined, [], ruleMessages.notAnObject(input))
      return { ok: false, issues: reporter.issues }
    }
    const parsed = datasetSchema.safeParse(input)
    if (!parsed.success) reportZodIssues(parsed.error.issues, input, reporter)
    runRules(buildContext(input, { references }), reporter)
    const ok = parsed.success && !reporter.issues.some((issue) => issue.severity === "error")
    return ok
      ? { ok: true, dataset: parsed.data, issues: reporter.issues }
      : { ok: false, issues: reporter.issues }
  } catch (error) {
    // A last resort for input that cannot be read (a getter that throws, a Proxy): report, never throw.
    reporter.add(
      "dataset/unreadable",
      undefined,
      [],
      ruleMessages.unreadable(describeThrown(error)),
    )
    return { ok: false, issues: reporter.issues }
  }
}

/**
 * What was thrown, in one short line, whatever it is: the message of an Error, a string, or
 * what the value is. Reading a thrown value can throw again (a getter, a Proxy), so nothing
 * here is trusted.
 */
function describeThrown(error: unknown): string {
  try {
    if (typeof error === "string") return clip(error)
    if (error instanceof Error) {
      const message: unknown = error.message
      if (typeof message === "string" && message !== "") return clip(message)
    }
  } catch {
    // Fall through: describe the value instead.
  }
  return ruleMessages.thrown(error)
}

/**
 * Validates a dataset like {@link validateDataset} and returns it, or throws a
 * {@link DatasetError} with every issue when any issue is an error ([severity](../../docs/validation.md#validation-rules)).
 *
 * Warnings do not throw.
 *
 * @example
 * parseDataset({ programmes: [] }).programmes //=> []
 *
 * @category Validate
 */
export function parseDataset(input: unknown, options: ValidateOptions = {}): Dataset {
  const result = validateDataset(input, options)
  if (!result.ok) throw new DatasetError(result.issues)
  return result.dataset
}
