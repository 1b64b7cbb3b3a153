import { createReadStream, writeFileSync } from "node:fs"
import { readIati } from "../iati/read.js"
import type { Dataset } from "../schemas/dataset.js"
import { quote } from "../text/quote.js"
import type { ValidationIssue } from "../validate/issue.js"
import { validateDataset } from "../validate/validate-dataset.js"
import { parseCommand, stringOption, UsageError } from "./args.js"
import type { Command, Out } from "./command.js"
import { IMPORT_ROWS_HELP, IMPORT_ROWS_OPTIONS, importRows, isRowsFile } from "./import-rows.js"
import { checkFile, displayName, STDIN } from "./read.js"
import { format } from "./table.js"
import { groupByCode } from "./validate-command.js"

/** What an importer gives: the records read and every problem met. */
export type ImportResult = { dataset: Dataset; issues: ValidationIssue[] }

type OptionSpec = { type: "string" | "boolean"; short?: string; example?: string }

/**
 * One source format of `import --from`. To add one (CSV, Excel): write an Importer and add it
 * to IMPORTERS; its options join the command's, and the help lists it.
 */
export type Importer = {
  /** The value of `--from`. */
  readonly from: string
  /** One line for the help. */
  readonly summary: string
  /** File name endings that suggest it, for the message when `--from` is missing. */
  readonly extensions: readonly string[]
  /** Options only this importer reads, with their help lines. */
  readonly options?: Readonly<Record<string, OptionSpec & { help: string }>>
  /** Reads FILE (`-`: standard input). Throws UsageError for a file that cannot be opened. */
  readonly read: (
    file: string,
    values: Record<string, string | boolean | undefined>,
  ) => Promise<ImportResult>
}

/** Opens FILE as a stream of bytes (standard input for `-`), with a usage error when missing. */
function openStream(file: string): AsyncIterable<Uint8Array> {
  if (file === STDIN) return process.stdin
  checkFile(file)
  return createReadStream(file, { highWaterMark: 1 << 20 })
}

const iatiImporter: Importer = {
  from: "iati",
  summary: "an IATI activity file (XML, versions 1.0x and 2.0x), read as it streams",
  extensions: [".xml"],
  read: (file) => readIati(openStream(file)),
}

/** The formats `--from` takes, in the order the help lists them. */
export const IMPORTERS: readonly Importer[] = [iatiImporter]

const importerOptionsHelp = IMPORTERS.flatMap((importer) =>
  Object.entries(importer.options ?? {}).map(
    ([name, option]) => `  --${name.padEnd(22)}(--from ${importer.from}) ${option.help}`,
  ),
)

export const IMPORT_HELP = `Usage: justice-cooperation import FILE --from FORMAT [options]
       justice-cooperation import FILE.csv|FILE.xlsx --kind KIND [options]

Reads FILE in another format into a dataset, validates it, and writes it as JSON. FILE -
reads standard input. Every problem is printed, grouped by code (elements of the source
without a place in the model are warnings and are kept under each record's extra). Exits 1
when there are errors, 0 otherwise.

Formats (--from):
${IMPORTERS.map((importer) => `  ${importer.from.padEnd(8)}${importer.summary}`).join("\n")}

Options:
  --from FORMAT           the format of FILE (required)
  --out FILE              write the dataset there (JSON); without it, the dataset goes to
                          standard output and the problems to standard error
  --all                   print every problem (default: the first 10 of each code; for
                          CSV and .xlsx files, --issues FIX.csv writes them all)
  -h, --help              show this help
${importerOptionsHelp.join("\n")}

${IMPORT_ROWS_HELP}

Example:
  justice-cooperation import activities.xml --from iati --out dataset.json
  justice-cooperation stats dataset.json
  justice-cooperation import participants.csv --kind participants --out participants.ndjson
  justice-cooperation import register.xlsx --sheet Courses --kind programmes \\
    --profile courses.profile.json --issues fix-list.csv
  justice-cooperation import participants.csv --encoding windows-1252 --kind participants`

const SHOWN_PER_CODE = 10

function plural(n: number, word: string): string {
  return `${format(n)} ${word}${n === 1 ? "" : "s"}`
}

function report(
  file: string,
  dataset: Dataset,
  issues: readonly ValidationIssue[],
  all: boolean,
): string {
  const errors = issues.filter((issue) => issue.severity === "error").length
  const counts = [
    plural(dataset.programmes?.length ?? 0, "programme"),
    plural(dataset.organisations?.length ?? 0, "organisation"),
  ]
  const lines = [
    `${displayName(file)}: read ${counts.join(", ")} — ${plural(errors, "error")}, ${plural(issues.length - errors, "warning")}`,
  ]
  for (const [code, group] of groupByCode(issues)) {
    lines.push(`  ${group[0]?.severity} ${code} (${group.length})`)
    const shown = all ? group : group.slice(0, SHOWN_PER_CODE)
    for (const issue of shown)
      lines.push(`    ${issue.message}${issue.path.length ? `  [${issue.path.join(".")}]` : ""}`)
    if (shown.length < group.length)
      lines.push(`    … and ${format(group.length - shown.length)} more (--all shows them)`)
  }
  return lines.join("\n")
}

/** The options of `import`: its own, those of CSV and .xlsx files, and each importer's. */
function importOptions(): Record<string, OptionSpec> {
  const options: Record<string, OptionSpec> = {
    ...IMPORT_ROWS_OPTIONS,
    from: { type: "string", example: "iati" },
    out: { type: "string", example: "dataset.json" },
    all: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  }
  for (const importer of IMPORTERS)
    for (const [name, { help: _, ...option }] of Object.entries(importer.options ?? {}))
      options[name] = option
  return options
}

async function runImport(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parseCommand(args, importOptions(), "import")
  if (values.help) {
    out(IMPORT_HELP)
    return 0
  }
  if (positionals.length !== 1)
    throw new UsageError(
      `import: give one FILE${positionals.length > 1 ? ` (got ${positionals.length})` : ""} (see justice-cooperation import --help)`,
    )
  const file = positionals[0] as string
  const from = stringOption(values, "from")
  // A spreadsheet (.csv, .xlsx) is read by fromRows, with --kind; --from csv or xlsx may say so.
  if ((from === undefined || from === "csv" || from === "xlsx") && isRowsFile(file)) {
    if (values.all !== undefined) {
      throw new UsageError(
        "import: --all is for --from formats: a CSV or .xlsx import prints the first 30 problems, and --issues FIX.csv writes them all",
      )
    }
    return importRows(file, values, out)
  }
  const formats = IMPORTERS.map((importer) => importer.from).join(", ")
  if (from === undefined) {
    const guess = IMPORTERS.find((importer) =>
      importer.extensions.some((ending) => file.toLowerCase().endsWith(ending)),
    )
    throw new UsageError(
      `import: say the format of ${quote(file)} with --from (${formats})${guess ? `, such as --from ${guess.from}` : ""}`,
    )
  }
  const importer = IMPORTERS.find((candidate) => candidate.from === from)
  if (importer === undefined)
    throw new UsageError(`import: --from must be one of ${formats}, not ${quote(from)}`)
  // The options of CSV and .xlsx files (but --out, which every import takes) are not read here.
  for (const option of Object.keys(IMPORT_ROWS_OPTIONS)) {
    if (option !== "out" && values[option] !== undefined && !(option in (importer.options ?? {})))
      throw new UsageError(
        `import: --${option} is for CSV and .xlsx files, not --from ${importer.from}: leave it out`,
      )
  }
  const target = stringOption(values, "out")
  const read = await importer.read(file, values)
  const validation = validateDataset(read.dataset)
  const issues = [...read.issues, ...validation.issues]
  const text = `${JSON.stringify(read.dataset, null, 2)}\n`
  const summary = report(file, read.dataset, issues, values.all === true)
  if (target === undefined) {
    process.stdout.write(text)
    process.stderr.write(`${summary}\n`)
  } else {
    try {
      writeFileSync(target, text)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new UsageError(`${target}: cannot be written (${code ?? String(error)})`)
    }
    out(`${summary}\nwritten to ${target}`)
  }
  return issues.some((issue) => issue.severity === "error") ? 1 : 0
}

export const importCommand: Command = {
  name: "import",
  synopsis: "FILE",
  summary: `read a CSV or .xlsx register (--kind), or another format (--from ${IMPORTERS.map((importer) => importer.from).join(", ")}),\ninto records, with every problem and what was changed`,
  help: IMPORT_HELP,
  run: runImport,
}
