import { parseArgs } from "node:util"

/** A mistake in how the command was called: printed on one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError"
}

type Option = { type: "string" | "boolean"; short?: string }

/** Parses a command's arguments, turning every parseArgs complaint into a one-line UsageError. */
export function parseCommand(
  args: string[],
  options: Record<string, Option>,
  command: string,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      allowPositionals: true,
      strict: true,
    })
    return { values: values as Record<string, string | boolean | undefined>, positionals }
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error)
    throw new UsageError(`${command}: ${message} (see justice-cooperation ${command} --help)`)
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
