import { formatISO } from "date-fns"
import { isPartialDate } from "../dates/partial-date.js"
import { exampleDataset } from "../reference/example-dataset.js"
import type { Dataset } from "../schemas/dataset.js"
import { quote } from "../text/quote.js"
import type { ValidationIssue } from "../validate/issue.js"
import { validateDataset } from "../validate/validate-dataset.js"
import { type CommandOptions, readArgs, stringOption, tooManyFiles, UsageError } from "./args.js"
import type { Out } from "./command.js"
import { displayName, readBytes } from "./read.js"
import { readJsonBytes } from "./read-data.js"

/** `--as-of` and `--fiscal-year-start`, as `stats` and `report` take them. */
export const COUNTING_OPTIONS = {
  "as-of": { type: "string", example: "2024-12-31" },
  "fiscal-year-start": { type: "string", example: "4" },
} as const

/** Reads `--as-of` (default: today, the user's calendar date) and `--fiscal-year-start`. */
export function readCountingOptions(
  values: Record<string, string | boolean | undefined>,
  command: string,
): { asOf: string; fiscalYearStartMonth: number } {
  // The user's own calendar date: the one place where local time is the right answer.
  const asOf = stringOption(values, "as-of") ?? formatISO(new Date(), { representation: "date" })
  if (!isPartialDate(asOf))
    throw new UsageError(
      `${command}: --as-of must be a date such as 2024-12-31, 2024-12 or 2024, not ${quote(asOf)}`,
    )
  const startText = stringOption(values, "fiscal-year-start") ?? "4"
  const fiscalYearStartMonth = Number(startText)
  if (!/^\d{1,2}$/.test(startText) || fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
    throw new UsageError(
      `${command}: --fiscal-year-start must be a month from 1 to 12, not ${quote(startText)}`,
    )
  }
  return { asOf, fiscalYearStartMonth }
}

/**
 * Reads the arguments of a command that counts one dataset (`stats`, `report`): its options
 * with the counting options, at most one FILE; `undefined` when the help was printed.
 */
export function readCountingArgs(
  command: string,
  args: string[],
  options: CommandOptions,
  help: string,
  out: Out,
):
  | {
      values: Record<string, string | boolean | undefined>
      file: string | undefined
      asOf: string
      fiscalYearStartMonth: number
    }
  | undefined {
  const parsed = readArgs(command, args, { ...COUNTING_OPTIONS, ...options }, help, out)
  if (parsed === undefined) return undefined
  const { values, positionals } = parsed
  if (positionals.length > 1) throw tooManyFiles(command)
  return { values, file: positionals[0], ...readCountingOptions(values, command) }
}

/**
 * Reads and validates the dataset of FILE (the example dataset without one). A dataset with
 * errors is not counted: one line says how many and the first, and the result is undefined.
 */
export async function loadValidDataset(
  file: string | undefined,
  out: Out,
): Promise<{ dataset: Dataset; source: string } | undefined> {
  let input: unknown = exampleDataset
  let readIssues: ValidationIssue[] = []
  if (file !== undefined) {
    const read = readJsonBytes(await readBytes(file))
    readIssues = read.issues
    input = read.value
  }
  const validated =
    readIssues.length > 0 && input === undefined ? undefined : validateDataset(input)
  const errors = [...readIssues, ...(validated?.issues ?? [])].filter(
    (issue) => issue.severity === "error",
  )
  if (validated === undefined || !validated.ok || errors.length > 0) {
    out(
      `${file === undefined ? "the dataset" : displayName(file)} has ${errors.length} ${errors.length === 1 ? "error" : "errors"}; run justice-cooperation validate for the list. First: ${errors[0]?.message}`,
    )
    return undefined
  }
  return {
    dataset: validated.dataset,
    source:
      file === undefined ? "the example dataset drawn from the seed texts" : displayName(file),
  }
}
