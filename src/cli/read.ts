import { readFileSync, statSync } from "node:fs"
import { UsageError } from "./args.js"

/** The name of standard input on the command line, and how messages call it. */
export const STDIN = "-"
export const STDIN_NAME = "standard input"

/** How a file is named in messages: standard input for `-`. */
export function displayName(file: string): string {
  return file === STDIN ? STDIN_NAME : file
}

/**
 * Reads a file's bytes (standard input for `-`), with a one-line usage error when it is
 * missing or unreadable. Nothing is decoded here: the bytes are checked as UTF-8 later, so
 * that a byte that is not UTF-8 is reported rather than replaced.
 */
export async function readBytes(file: string): Promise<Uint8Array> {
  if (file === STDIN) {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  }
  checkFile(file)
  try {
    return readFileSync(file)
  } catch (error) {
    throw cannotRead(file, error)
  }
}

/** Throws a one-line usage error unless `file` is a file that exists. */
export function checkFile(file: string): void {
  try {
    if (!statSync(file).isFile()) throw new UsageError(`${file}: not a file`)
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw cannotRead(file, error)
  }
}

function cannotRead(file: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code
  return new UsageError(
    code === "ENOENT"
      ? `${file}: no such file`
      : `${file}: cannot be read (${code ?? String(error)})`,
  )
}

/** Refuses `-` given more than once: standard input can be read only once. */
export function assertStdinOnce(files: readonly string[], command: string): void {
  if (files.filter((file) => file === STDIN).length > 1)
    throw new UsageError(`${command}: standard input ('-') can be read only once`)
}

/** Shows progress on stderr for large inputs, only when stderr is a terminal. */
export function progress(label: string, total: number): (done: number) => void {
  if (!process.stderr.isTTY || total <= 100_000) return () => {}
  let last = 0
  return (done) => {
    if (done - last < 50_000 && done !== total) return
    last = done
    process.stderr.write(
      `\r${label}: ${done.toLocaleString("en")} / ${total.toLocaleString("en")} records`,
    )
    if (done === total) process.stderr.write("\n")
  }
}
