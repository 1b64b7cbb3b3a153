#!/usr/bin/env node
import { UsageError } from "./args.js"
import { runStats, STATS_HELP } from "./stats-command.js"
import { runValidate, VALIDATE_HELP } from "./validate-command.js"

declare const __VERSION__: string

const HELP = `Usage: justice-cooperation <command> [options]

Commands:
  validate FILE...   check datasets and print every problem (exit 1 on errors)
  stats [FILE]       seats per country, alumni, goal coverage and pledge progress
                     (no FILE: the example dataset drawn from the seed texts)

Options:
  -h, --help         show help (also: justice-cooperation <command> --help)
  -v, --version      show the version

Examples:
  justice-cooperation stats
  justice-cooperation validate dataset.json
  justice-cooperation validate --kind participations records.ndjson

${VALIDATE_HELP.split("\n")[0]}
${STATS_HELP.split("\n")[0]}`

/** Runs the command line; returns the exit code. The only place in the package with I/O. */
async function main(
  argv: string[],
  out = (text: string) => console.log(text),
  err = (text: string) => console.error(text),
): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case "validate":
        return await runValidate(rest, out)
      case "stats":
        return await runStats(rest, out)
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
          `unknown command '${command}': use validate or stats (see justice-cooperation --help)`,
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
