import type { ValidationIssue } from "../validate/issue.js"
import { validateDataset } from "../validate/validate-dataset.js"
import { parseCommand, stringOption, UsageError } from "./args.js"
import { progress, readText } from "./read.js"

const KINDS = [
  "organisations",
  "groups",
  "programmes",
  "participants",
  "participations",
  "pledges",
  "frameworks",
] as const

export const VALIDATE_HELP = `Usage: justice-cooperation validate FILE... [options]

Validates JSON datasets, or NDJSON files of one kind of record, and prints every problem
grouped by code. Exits 1 when a file has errors, 0 otherwise. (CSV: read it in code with
fromRows — see examples/import-csv.mjs.)

Options:
  --kind KIND   the files are NDJSON, one record of KIND per line (organisations, groups,
                programmes, participants, participations, pledges, frameworks); references to
                other kinds are not checked. Files ending in .ndjson or .jsonl need --kind.
  --json        print the results as JSON: [{ file, ok, errors, warnings, issues }]
  --quiet       print nothing when a file is valid, and only errors otherwise
  -h, --help    show this help

Example:
  justice-cooperation validate dataset.json
  justice-cooperation validate --kind participations participations.ndjson`

type FileResult = {
  file: string
  ok: boolean
  errors: number
  warnings: number
  issues: ValidationIssue[]
}

/** Reads one file into what validateDataset takes, and a way to name a record's line. */
function load(
  file: string,
  kind: string | undefined,
): { input: unknown; lineOf?: (index: number) => number } {
  const text = readText(file)
  if (kind === undefined) {
    if (/\.(ndjson|jsonl)$/i.test(file))
      throw new UsageError(`${file}: an NDJSON file needs --kind (such as --kind participations)`)
    try {
      return { input: JSON.parse(text) }
    } catch (error) {
      return { input: new SyntaxError(`${file} is not JSON: ${(error as Error).message}`) }
    }
  }
  const records: unknown[] = []
  const lines: number[] = []
  const lineTexts = text.split(/\r?\n/)
  const tick = progress(file, lineTexts.length)
  for (let i = 0; i < lineTexts.length; i++) {
    const line = (lineTexts[i] as string).trim()
    if (line === "") continue
    try {
      records.push(JSON.parse(line))
    } catch (error) {
      return { input: new SyntaxError(`${file}:${i + 1} is not JSON: ${(error as Error).message}`) }
    }
    lines.push(i + 1)
    tick(i + 1)
  }
  tick(lineTexts.length)
  return { input: { [kind]: records }, lineOf: (index) => lines[index] ?? index + 1 }
}

function validateFile(file: string, kind: string | undefined): FileResult {
  const { input, lineOf } = load(file, kind)
  if (input instanceof SyntaxError) {
    const issue: ValidationIssue = {
      // Not in RULES yet: issue 10 (point 11, the CLI's part) adds it. The cast keeps the
      // build green now that ValidationIssue.code is typed as IssueCode.
      code: "dataset/not-json" as ValidationIssue["code"],
      severity: "error",
      path: [],
      message: input.message,
    }
    return { file, ok: false, errors: 1, warnings: 0, issues: [issue] }
  }
  const result = validateDataset(input, { references: kind === undefined })
  const issues = lineOf
    ? result.issues.map((issue) => {
        const index = issue.path[1]
        return typeof index === "number"
          ? {
              ...issue,
              message: `line ${lineOf(index)}: ${issue.message.replace(/^[a-z]+\[\d+\]( '[^']*')?: /, "")}`,
            }
          : issue
      })
    : result.issues
  const errors = issues.filter((issue) => issue.severity === "error").length
  return { file, ok: result.ok, errors, warnings: issues.length - errors, issues }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`
}

export function runValidate(args: string[], out: (text: string) => void): number {
  const { values, positionals } = parseCommand(
    args,
    {
      kind: { type: "string" },
      json: { type: "boolean" },
      quiet: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    "validate",
  )
  if (values.help) {
    out(VALIDATE_HELP)
    return 0
  }
  if (positionals.length === 0)
    throw new UsageError("validate: no file given (see justice-cooperation validate --help)")
  const kind = stringOption(values, "kind")
  if (kind !== undefined && !(KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`validate: --kind must be one of ${KINDS.join(", ")}, not '${kind}'`)
  }
  // Read every file first, so that a missing one stops the run before anything is printed.
  const results = positionals.map((file) => validateFile(file, kind))
  if (values.json) {
    out(JSON.stringify(results, null, 2))
  } else {
    for (const result of results) {
      const shown = values.quiet
        ? result.issues.filter((issue) => issue.severity === "error")
        : result.issues
      if (values.quiet && shown.length === 0) continue
      out(
        `${result.file}: ${result.ok ? "valid" : "invalid"} — ${plural(result.errors, "error")}, ${plural(result.warnings, "warning")}`,
      )
      const byCode = new Map<string, ValidationIssue[]>()
      for (const issue of shown) byCode.set(issue.code, [...(byCode.get(issue.code) ?? []), issue])
      for (const [code, issues] of byCode) {
        out(`  ${issues[0]?.severity} ${code} (${issues.length})`)
        for (const issue of issues)
          out(`    ${issue.message}${issue.path.length ? `  [${issue.path.join(".")}]` : ""}`)
      }
    }
  }
  return results.some((result) => !result.ok) ? 1 : 0
}
