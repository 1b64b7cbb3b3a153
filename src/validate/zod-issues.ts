import type * as z from "zod"
import { messages } from "../messages.js"
import { FIELD_CODES as FIELD_SCHEMA_CODES } from "../schemas/fields.js"
import { quote } from "../text/quote.js"
import type { IssueCode } from "./catalogue.js"
import { COLLECTIONS, type Collection, describeField } from "./issue.js"
import { field as fieldOf, isObject } from "./record-fields.js"
import { locate, type Reporter } from "./reporter.js"

/** The codes the field schemas put on their own issues (src/schemas/fields.ts). */
const FIELD_CODES: ReadonlySet<string> = new Set<IssueCode>(Object.values(FIELD_SCHEMA_CODES))

const TYPE_NAMES: Record<string, string> = {
  string: "a text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  record: "an object",
}

/**
 * A schema issue explained: its code, the path of the field it is about (inside the value
 * that was parsed), and its message for a given subject — a field name (`period.start`)
 * for datasets, a column (`column 'start'`) for rows.
 */
export type Explained = {
  code: IssueCode
  path: (string | number)[]
  render: (subject: string) => string
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

const withSubject = (subject: string, detail: string) =>
  subject === "" ? detail : `${subject}: ${detail}`
/** The subject and a space, or nothing when a row's column already names the subject. */
const lead = (subject: string) => (subject === "" ? "" : `${subject} `)

/** Explains one Zod issue of a value parsed from `root`, as one or more issues. */
export function explainZodIssue(issue: z.core.$ZodIssue, root: unknown): Explained[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol")
  const { found, value } = valueAt(root, path)
  if (issue.code !== "unrecognized_keys" && (!found || value === undefined)) {
    // An item of a list: a hole (`[, x]`) or an undefined, never "the dataset is missing".
    const slot =
      typeof path[path.length - 1] !== "number"
        ? ""
        : found
          ? " (the list holds undefined here)"
          : " (the list has an empty slot here)"
    const what = path.length === 0 ? "the dataset" : slot === "" ? "the field" : "the record"
    return [{ code: "field/missing", path, render: (s) => `${s || what} is missing${slot}` }]
  }
  switch (issue.code) {
    case "unrecognized_keys": {
      const lines = issue.message.split("\n")
      return issue.keys.map((key, i) => ({
        code: "unknown-field",
        path: [...path, key],
        // The subject is the object the key is in ("" for the record itself).
        render: (s: string) => withSubject(s, lines[i] ?? `unknown field ${quote(key)}`),
      }))
    }
    case "invalid_type": {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected
      return [
        {
          code: "field/wrong-type",
          path,
          render: (s) => `${lead(s)}must be ${expected}, not ${quote(value)}`,
        },
      ]
    }
    case "too_small":
    case "too_big": {
      if (issue.code === "too_big" && issue.maximum === Number.MAX_SAFE_INTEGER) {
        return [
          {
            code: "count/too-large",
            path,
            render: (s) => `${lead(s)}${messages.countTooLarge(value)}`,
          },
        ]
      }
      const small = issue.code === "too_small"
      const bound = small ? issue.minimum : issue.maximum
      let render: (s: string) => string
      if (issue.origin === "string" && small && Number(bound) <= 1) {
        render = (s) => `${lead(s)}must not be empty`
      } else if (issue.origin === "string" || issue.origin === "array") {
        const unit = issue.origin === "string" ? "characters" : "items"
        render = (s) => `${lead(s)}must have ${small ? "at least" : "at most"} ${bound} ${unit}`
      } else {
        const word = small
          ? issue.inclusive
            ? "at least"
            : "more than"
          : issue.inclusive
            ? "at most"
            : "less than"
        render = (s) => `${lead(s)}must be ${word} ${bound}, not ${quote(value)}`
      }
      return [{ code: "field/out-of-range", path, render }]
    }
    case "invalid_value": {
      const options = issue.values.map((v) => quote(v)).join(", ")
      return [
        {
          code: "field/not-in-list",
          path,
          render: (s) => `${lead(s)}${quote(value)} is not one of ${options}`,
        },
      ]
    }
    case "invalid_union": {
      const options = "options" in issue && Array.isArray(issue.options) ? issue.options : undefined
      if (options !== undefined) {
        const list = options.map((v) => quote(v)).join(", ")
        return [
          {
            code: "field/not-in-list",
            path,
            render: (s) => `${lead(s)}${quote(value)} is not one of ${list}`,
          },
        ]
      }
      return [{ code: "field/wrong-type", path, render: (s) => withSubject(s, issue.message) }]
    }
    case "invalid_format":
      return [
        {
          code: "field/invalid-format",
          path,
          render: (s) => `${lead(s)}${quote(value)}: ${issue.message}`,
        },
      ]
    case "invalid_key": {
      const first = issue.issues[0]
      const message = first?.message ?? issue.message
      return [
        {
          code: codeOf(first) ?? "field/invalid-format",
          path,
          render: (s) => withSubject(s, message),
        },
      ]
    }
    case "custom": {
      const code = codeOf(issue) ?? "field/invalid-format"
      if (code === "field/wrong-type") {
        return [{ code, path, render: (s) => `${lead(s)}${issue.message}` }]
      }
      // Messages such as "id ' p1' must not…" or "extra refers to itself" already name their field.
      const named = path.length > 0 && issue.message.startsWith(`${String(path[path.length - 1])} `)
      return [
        {
          code,
          path,
          render: (s) =>
            named && !s.startsWith("column") ? issue.message : withSubject(s, issue.message),
        },
      ]
    }
    default:
      return [{ code: "field/wrong-type", path, render: (s) => withSubject(s, issue.message) }]
  }
}

function codeOf(issue: z.core.$ZodIssue | undefined): IssueCode | undefined {
  const code =
    issue?.code === "custom" ? (issue.params as { code?: unknown } | undefined)?.code : undefined
  return typeof code === "string" && FIELD_CODES.has(code) ? (code as IssueCode) : undefined
}

function isCollection(key: unknown): key is Collection {
  return typeof key === "string" && Object.hasOwn(COLLECTIONS, key)
}

function samePath(a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i])
}

/**
 * The issues without those another issue of the same value says better: a number above
 * `Number.MAX_SAFE_INTEGER` in a field with a smaller maximum of its own (a birth year) breaks
 * both, and "must be at most 2100" is the one to read. The issues of one value are adjacent.
 */
export function withoutShadowed(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const safeLimit = (issue: z.core.$ZodIssue | undefined) =>
    issue?.code === "too_big" && issue.maximum === Number.MAX_SAFE_INTEGER
  const ownLimit = (issue: z.core.$ZodIssue | undefined, of: z.core.$ZodIssue) =>
    issue?.code === "too_big" &&
    issue.maximum !== Number.MAX_SAFE_INTEGER &&
    samePath(issue.path, of.path)
  return issues.filter(
    (issue, i) =>
      !safeLimit(issue) || !(ownLimit(issues[i - 1], issue) || ownLimit(issues[i + 1], issue)),
  )
}

/**
 * Reports the issues of `datasetSchema` with stable codes and messages that name the record
 * (`programmes[3] 'itc-184'`) and the field.
 */
export function reportZodIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  reporter: Reporter,
): void {
  for (const issue of withoutShadowed(issues)) {
    for (const explained of explainZodIssue(issue, input)) {
      const [collection, index] = explained.path
      if (isCollection(collection) && typeof index === "number") {
        const record = (fieldOf(input, collection) as unknown[] | undefined)?.[index]
        const inner = explained.path.slice(2)
        const subject = describeField(
          explained.code === "unknown-field" ? inner.slice(0, -1) : inner,
        )
        reporter.add(
          explained.code,
          locate(collection, index, record),
          inner,
          explained.render(subject),
        )
      } else {
        const own =
          explained.code === "unknown-field" ? explained.path.slice(0, -1) : explained.path
        const subject = describeField(own)
        reporter.add(explained.code, undefined, explained.path, explained.render(subject))
      }
    }
  }
}
