import type { ValidationIssue } from "../validate/issue.js"
import { validateDataset } from "../validate/validate-dataset.js"
import { type CommandOptions, readArgs, stringOption, UsageError } from "./args.js"
import type { Command, Out } from "./command.js"
import { assertStdinOnce, displayName, progress, readBytes } from "./read.js"
import { readJsonBytes, readNdjsonBytes } from "./read-data.js"
import { format } from "./table.js"

/** The collections an NDJSON file may hold, as `--kind` names them (the singular works too). */
const KINDS = [
  "organisations",
  "groups",
  "programmes",
  "participants",
  "participations",
  "pledges",
  "frameworks",
] as const

/** `participation` → `participations`, as fromRows reads kinds; undefined when unknown. */
export function collectionOfKind(kind: string): (typeof KINDS)[number] | undefined {
  return KINDS.find((collection) => collection === kind || collection === `${kind}s`)
}

export const VALIDATE_HELP = `Usage: justice-cooperation validate FILE... [options]

Validates JSON datasets, or NDJSON files of one kind of record, and prints every problem
grouped by code. FILE - reads standard input. Exits 1 when a file has errors (bytes that are
not UTF-8, text that is not JSON, a key twice in an object, or a rule broken), 0 otherwise.
(CSV: read it in code with fromRows, as the README's guide "Importing CSV" shows.)

Options:
  --kind KIND   the files are NDJSON, one record of KIND per line (organisations, groups,
                programmes, participants, participations, pledges, frameworks, or the
                singular); references to other kinds are not checked. Files ending in
                .ndjson or .jsonl need --kind.
  --json        print the results as JSON: [{ file, ok, errors, warnings, issues }]
  --quiet       print nothing when a file is valid, and only errors otherwise
  -h, --help    show this help

Example:
  justice-cooperation validate dataset.json
  justice-cooperation validate --kind participations participations.ndjson
  cat dataset.json | justice-cooperation validate -`

type FileResult = {
  file: string
  ok: boolean
  errors: number
  warnings: number
  issues: ValidationIssue[]
}

/** Counts the line feeds, for the progress line (only asked for on a terminal). */
function countLines(bytes: Uint8Array): number {
  let lines = 1
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) lines++
  return lines
}

async function validateFile(file: string, collection: string | undefined): Promise<FileResult> {
  const bytes = await readBytes(file)
  const name = displayName(file)
  let input: unknown
  let readIssues: ValidationIssue[]
  let lineOf: ((index: number) => number) | undefined
  if (collection === undefined) {
    const read = readJsonBytes(bytes)
    readIssues = read.issues
    if (!("value" in read)) return summarise(file, readIssues)
    input = read.value
  } else {
    const total = process.stderr.isTTY ? countLines(bytes) : 0
    const tick = progress(name, total)
    const read = readNdjsonBytes(bytes, collection, tick)
    tick(total)
    readIssues = read.issues
    input = { [collection]: read.records }
    lineOf = (index) => read.lines[index] ?? index + 1
  }
  const result = validateDataset(input, { references: collection === undefined })
  const issues =
    lineOf === undefined
      ? result.issues
      : result.issues.map((issue) => {
          const index = issue.path[1]
          return typeof index === "number"
            ? {
                ...issue,
                message: `line ${lineOf(index)}: ${issue.message.replace(/^[a-z]+\[\d+\]( '[^']*')?: /, "")}`,
              }
            : issue
        })
  return summarise(file, [...readIssues, ...issues])
}

function summarise(file: string, issues: ValidationIssue[]): FileResult {
  let errors = 0
  for (const issue of issues) if (issue.severity === "error") errors++
  return { file, ok: errors === 0, errors, warnings: issues.length - errors, issues }
}

function plural(n: number, word: string): string {
  return `${format(n)} ${word}${n === 1 ? "" : "s"}`
}

/** Issues grouped by code, in the order each code first appears: linear in the issues. */
export function groupByCode(issues: readonly ValidationIssue[]): Map<string, ValidationIssue[]> {
  const byCode = new Map<string, ValidationIssue[]>()
  for (const issue of issues) {
    const group = byCode.get(issue.code)
    if (group === undefined) byCode.set(issue.code, [issue])
    else group.push(issue)
  }
  return byCode
}

const VALIDATE_OPTIONS: CommandOptions = {
  kind: { type: "string", example: "participations" },
  json: { type: "boolean" },
  quiet: { type: "boolean" },
}

async function runValidate(args: string[], out: Out): Promise<number> {
  const parsed = readArgs("validate", args, VALIDATE_OPTIONS, VALIDATE_HELP, out)
  if (parsed === undefined) return 0
  const { values, positionals } = parsed
  if (positionals.length === 0)
    throw new UsageError("validate: no file given (see justice-cooperation validate --help)")
  assertStdinOnce(positionals, "validate")
  const kind = stringOption(values, "kind")
  const collection = kind === undefined ? undefined : collectionOfKind(kind)
  if (kind !== undefined && collection === undefined) {
    throw new UsageError(
      `validate: --kind must be one of ${KINDS.join(", ")} (or the singular), not '${kind}'`,
    )
  }
  if (collection === undefined) {
    const ndjson = positionals.find((file) => /\.(ndjson|jsonl)$/i.test(file))
    if (ndjson !== undefined)
      throw new UsageError(`${ndjson}: an NDJSON file needs --kind (such as --kind participations)`)
  }
  // Read every file first, so that a missing one stops the run before anything is printed.
  const results: FileResult[] = []
  for (const file of positionals) results.push(await validateFile(file, collection))
  if (values.json) {
    out(JSON.stringify(results, null, 2))
  } else {
    const lines: string[] = []
    for (const result of results) {
      const shown = values.quiet
        ? result.issues.filter((issue) => issue.severity === "error")
        : result.issues
      if (values.quiet && shown.length === 0) continue
      lines.push(
        `${displayName(result.file)}: ${result.ok ? "valid" : "invalid"} — ${plural(result.errors, "error")}, ${plural(result.warnings, "warning")}`,
      )
      for (const [code, issues] of groupByCode(shown)) {
        lines.push(`  ${issues[0]?.severity} ${code} (${issues.length})`)
        for (const issue of issues)
          lines.push(
            `    ${issue.message}${issue.path.length ? `  [${issue.path.join(".")}]` : ""}`,
          )
      }
    }
    if (lines.length > 0) out(lines.join("\n"))
  }
  return results.some((result) => !result.ok) ? 1 : 0
}

export const validateCommand: Command = {
  name: "validate",
  synopsis: "FILE...",
  summary: "check datasets and print every problem (exit 1 on errors)",
  help: VALIDATE_HELP,
  run: runValidate,
}
