import { readFileSync, statSync } from "node:fs"
import { UsageError } from "./args.js"

/** Reads a file as UTF-8 text, with a one-line error when it is missing or unreadable. */
export function readText(file: string): string {
  try {
    if (!statSync(file).isFile()) throw new UsageError(`${file}: not a file`)
    return readFileSync(file, "utf8").replace(/^\uFEFF/, "")
  } catch (error) {
    if (error instanceof UsageError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(
      code === "ENOENT"
        ? `${file}: no such file`
        : `${file}: cannot be read (${code ?? String(error)})`,
    )
  }
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
