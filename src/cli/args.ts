import { parseArgs } from "node:util"
import { nearest } from "../text/nearest.js"
import { quote } from "../text/quote.js"

/** A mistake in how the command was called: printed on one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError"
}

type Option = { type: "string" | "boolean"; short?: string; example?: string }

/**
 * Parses a command's arguments. Every mistake is a one-line UsageError in our own words
 * (node's parseArgs messages run over two sentences with an unbalanced quote): an unknown
 * option, with the nearest known one; a string option without its value; a value given to a
 * flag. `-` is a positional argument (standard input).
 */
export function parseCommand(
  args: string[],
  options: Record<string, Option>,
  command: string,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  const see = `(see justice-cooperation ${command} --help)`
  const fail = (message: string): never => {
    throw new UsageError(`${command}: ${message} ${see}`)
  }
  const longNames = Object.keys(options)
  const unknown = (given: string, name?: string): never => {
    // A guess only for a long name of sane length: the edit distance is quadratic in it.
    const guess = name !== undefined && name.length <= 40 ? nearest(name, longNames) : undefined
    return fail(`unknown option ${quote(given)}${guess ? ` — did you mean '--${guess}'?` : ""}`)
  }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (arg === "--") break
    if (!arg.startsWith("-") || arg === "-") continue
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=")
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
      const option = Object.hasOwn(options, name) ? options[name] : undefined
      if (option === undefined) unknown(eq === -1 ? arg : arg.slice(0, eq), name)
      else if (option.type === "boolean" && eq !== -1) fail(`option '--${name}' takes no value`)
      else if (option.type === "string" && eq === -1) {
        const value = args[i + 1]
        if (value === undefined || (value.startsWith("--") && value.length > 2))
          fail(
            `option '--${name}' needs a value${option.example ? `, such as --${name} ${option.example}` : ""}`,
          )
        i++
      }
      continue
    }
    for (const letter of arg.slice(1)) {
      if (!Object.values(options).some((option) => option.short === letter))
        unknown(arg.length === 2 ? arg : `-${letter}`)
    }
  }
  try {
    const { values, positionals } = parseArgs({
      args,
      options: Object.fromEntries(
        Object.entries(options).map(([name, { type, short }]) => [
          name,
          short === undefined ? { type } : { type, short },
        ]),
      ),
      allowPositionals: true,
      strict: true,
    })
    return { values: values as Record<string, string | boolean | undefined>, positionals }
  } catch (error) {
    // Not expected after the checks above; keep parseArgs' first sentence, quoted safely.
    const message = error instanceof Error ? error.message : String(error)
    return fail(`cannot read the options: ${quote(message.split(/\.\s|\n/)[0] ?? "")}`)
  }
}

/** A string option's value, if given. */
export function stringOption(
  values: Record<string, string | boolean | undefined>,
  name: string,
): string | undefined {
  const value = values[name]
  return typeof value === "string" ? value : undefined
}

/** The options of a command as {@link parseCommand} reads them, without `-h, --help`. */
export type CommandOptions = Record<string, Option>

/**
 * Reads a command's arguments with its `-h, --help` (last, as every command's help lists it):
 * `undefined` when the help was asked for, after printing it (exit 0).
 */
export function readArgs(
  command: string,
  args: string[],
  options: CommandOptions,
  help: string,
  out: (text: string) => void,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } | undefined {
  const parsed = parseCommand(args, { ...options, help: { type: "boolean", short: "h" } }, command)
  if (!parsed.values.help) return parsed
  out(help)
  return undefined
}

/** The usage error of a command given too many files. */
export function tooManyFiles(command: string, what = "at most one FILE"): UsageError {
  return new UsageError(`${command}: give ${what} (see justice-cooperation ${command} --help)`)
}
