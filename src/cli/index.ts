#!/usr/bin/env node
import { quote } from "../text/quote.js"
import { UsageError } from "./args.js"
import { COMMANDS } from "./commands.js"

declare const __VERSION__: string

/** `  name SYNOPSIS   summary`, the summary's later lines indented under its first. */
function commandLines(): string {
  const heads = COMMANDS.map((c) => `${c.name} ${c.synopsis}`)
  const width = Math.max(...heads.map((head) => head.length)) + 3
  const indent = `\n${" ".repeat(width + 2)}`
  return COMMANDS.map(
    (c, i) => `  ${(heads[i] as string).padEnd(width)}${c.summary.split("\n").join(indent)}`,
  ).join("\n")
}

const HELP = `Usage: justice-cooperation <command> [options]

Commands:
${commandLines()}

Options:
  -h, --help         show help (also: justice-cooperation <command> --help)
  -v, --version      show the version

Examples:
  justice-cooperation stats
  justice-cooperation validate dataset.json
  justice-cooperation validate --kind participations records.ndjson

${COMMANDS.map((c) => c.help.split("\n")[0]).join("\n")}`

/** `a, b or c`. */
const orList = (words: string[]) =>
  words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`

/** Runs the command line; returns the exit code. The only place in the package with I/O. */
async function main(
  argv: string[],
  out = (text: string) => console.log(text),
  err = (text: string) => console.error(text),
): Promise<number> {
  const [command, ...rest] = argv
  try {
    const found = COMMANDS.find((c) => c.name === command)
    if (found !== undefined) return await found.run(rest, out)
    switch (command) {
      case "-v":
      case "--version":
        out(__VERSION__)
        return 0
      case undefined:
      case "-h":
      case "--help":
      case "help":
        out(HELP)
        return 0
      default:
        throw new UsageError(
          `unknown command ${quote(command)}: use ${orList(COMMANDS.map((c) => c.name))} (see justice-cooperation --help)`,
        )
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err(`justice-cooperation: ${error.message}`)
      return 2
    }
    throw error
  }
}

// No top-level await: the CLI is also built as CommonJS.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
