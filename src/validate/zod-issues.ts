import type * as z from "zod"
import { quote } from "../messages.js"
import type { IssueCode } from "./catalogue.js"
import { COLLECTIONS, type Collection, describeField } from "./issue.js"
import { field as fieldOf, isObject, locate, type Reporter } from "./report.js"

const FIELD_CODES: ReadonlySet<string> = new Set<IssueCode>([
  "id/invalid",
  "country/invalid",
  "date/invalid",
  "currency/invalid",
  "money/too-many-decimals",
  "extra/not-json",
])

const TYPE_NAMES: Record<string, string> = {
  string: "a text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  record: "an object",
}

/** The value at a path of the raw input, reading own fields only. */
function valueAt(input: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let current = input
  for (const key of path) {
    if (!isObject(current) || typeof key === "symbol" || !Object.hasOwn(current, key)) {
      return { found: false, value: undefined }
    }
    current = (current as Record<string | number, unknown>)[key]
  }
  return { found: true, value: current }
}

function isCollection(key: unknown): key is Collection {
  return typeof key === "string" && Object.hasOwn(COLLECTIONS, key)
}

/**
 * Turns the issues of `datasetSchema` into validation issues with stable codes and messages
 * that name the record (`programmes[3] 'itc-184'`) and the field.
 */
export function reportZodIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  reporter: Reporter,
): void {
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol")
    const [collection, index] = path
    const inRecord = isCollection(collection) && typeof index === "number"
    const location = inRecord
      ? locate(collection, index, (fieldOf(input, collection) as unknown[] | undefined)?.[index])
      : undefined
    const inner = inRecord ? path.slice(2) : path
    const fieldName = describeField(inner)
    const prefix = fieldName === "" ? "" : `${fieldName}: `
    const { found, value } = valueAt(input, path)

    if (issue.code !== "unrecognized_keys" && (!found || value === undefined)) {
      reporter.add("field/missing", location, inner, `${fieldName || "the dataset"} is missing`)
      continue
    }
    switch (issue.code) {
      case "unrecognized_keys": {
        const lines = issue.message.split("\n")
        issue.keys.forEach((key, i) => {
          reporter.add(
            "unknown-field",
            location,
            [...inner, key],
            `${prefix}${lines[i] ?? `unknown field ${quote(key)}`}`,
          )
        })
        break
      }
      case "invalid_type": {
        if (!found || value === undefined) {
          reporter.add("field/missing", location, inner, `${fieldName || "the dataset"} is missing`)
        } else {
          const expected = TYPE_NAMES[issue.expected] ?? issue.expected
          reporter.add(
            "field/wrong-type",
            location,
            inner,
            `${fieldName || "the value"} must be ${expected}, not ${quote(value)}`,
          )
        }
        break
      }
      case "too_small":
      case "too_big": {
        const bound = issue.code === "too_small" ? issue.minimum : issue.maximum
        let detail: string
        if (issue.origin === "string" && issue.code === "too_small" && Number(bound) <= 1) {
          detail = `${fieldName} must not be empty`
        } else if (issue.origin === "string" || issue.origin === "array") {
          const unit = issue.origin === "string" ? "characters" : "items"
          detail = `${fieldName} must have ${issue.code === "too_small" ? "at least" : "at most"} ${bound} ${unit}`
        } else {
          const word =
            issue.code === "too_small"
              ? issue.inclusive
                ? "at least"
                : "more than"
              : issue.inclusive
                ? "at most"
                : "less than"
          detail = `${fieldName} must be ${word} ${bound}, not ${quote(value)}`
        }
        reporter.add("field/out-of-range", location, inner, detail)
        break
      }
      case "invalid_value": {
        const options = issue.values.map((v) => quote(v)).join(", ")
        reporter.add(
          "field/not-in-list",
          location,
          inner,
          `${fieldName} ${quote(value)} is not one of ${options}`,
        )
        break
      }
      case "invalid_union": {
        const options =
          "options" in issue && Array.isArray(issue.options) ? issue.options : undefined
        if (options !== undefined) {
          reporter.add(
            "field/not-in-list",
            location,
            inner,
            `${fieldName} ${quote(value)} is not one of ${options.map((v) => quote(v)).join(", ")}`,
          )
        } else {
          reporter.add("field/wrong-type", location, inner, `${prefix}${issue.message}`)
        }
        break
      }
      case "invalid_format":
        reporter.add(
          "field/invalid-format",
          location,
          inner,
          `${fieldName} ${quote(value)}: ${issue.message}`,
        )
        break
      case "invalid_key": {
        const first = issue.issues[0]
        const code = codeOf(first)
        reporter.add(
          code ?? "field/invalid-format",
          location,
          inner,
          `${prefix}${first?.message ?? issue.message}`,
        )
        break
      }
      case "custom": {
        const code = codeOf(issue) ?? "field/invalid-format"
        const message = issue.message.startsWith(fieldName)
          ? issue.message
          : `${prefix}${issue.message}`
        reporter.add(code, location, inner, message)
        break
      }
      default:
        reporter.add("field/wrong-type", location, inner, `${prefix}${issue.message}`)
    }
  }
}

function codeOf(issue: z.core.$ZodIssue | undefined): IssueCode | undefined {
  const code =
    issue?.code === "custom" ? (issue.params as { code?: unknown } | undefined)?.code : undefined
  return typeof code === "string" && FIELD_CODES.has(code) ? (code as IssueCode) : undefined
}
