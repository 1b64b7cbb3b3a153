/** Where a command writes: standard output (one call per block of text). */
export type Out = (text: string) => void

/**
 * One CLI command. To add a command: write `src/cli/<name>-command.ts` exporting a `Command`,
 * and add it to `COMMANDS` in `src/cli/commands.ts`; the top-level help lists it from there.
 */
export type Command = {
  /** The word after `justice-cooperation`. */
  readonly name: string
  /** The command's arguments as the top-level help shows them, e.g. `FILE...`. */
  readonly synopsis: string
  /** One line for the top-level help. */
  readonly summary: string
  /** The command's own `--help` text; its first line is its usage line. */
  readonly help: string
  /** Runs the command; returns the exit code. Throws UsageError for a mistake in the call (exit 2). */
  readonly run: (args: string[], out: Out) => Promise<number>
}
