// Bundles the command line from source (as tsup does) into .tmp/, and runs it as a child
// process, so that the CLI tests need no prior build. Each test file bundles to its own file:
// vitest runs files in parallel.
import { spawnSync } from "node:child_process"
import { mkdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { build } from "esbuild"

export const root = fileURLToPath(new URL("../../", import.meta.url))
export const { version } = JSON.parse(readFileSync(`${root}package.json`, "utf8"))

/** Bundles src/cli/index.ts into `.tmp/cli-test/<name>.mjs` and returns its path. */
export async function buildCli(name: string): Promise<string> {
  mkdirSync(`${root}.tmp/cli-test`, { recursive: true })
  const outfile = `${root}.tmp/cli-test/${name}.mjs`
  await build({
    entryPoints: [`${root}src/cli/index.ts`],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    external: [
      "zod",
      "date-fns",
      "vega",
      "vega-lite",
      "saxes",
      "csv-parse",
      "read-excel-file",
      "fflate",
    ],
    define: { __VERSION__: JSON.stringify(version) },
    logLevel: "error",
  })
  return outfile
}

export type CliResult = { code: number | null; out: string; err: string }

/**
 * Runs the bundled CLI with `args`; `input` is written to its standard input. With `timeout`
 * (ms) the child is killed after that long and `code` is null.
 */
export function runCli(
  cli: string,
  args: string[],
  options: {
    input?: string | Uint8Array | undefined
    cwd?: string
    timeout?: number | undefined
    env?: NodeJS.ProcessEnv
  } = {},
): CliResult {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: "utf8",
    cwd: options.cwd ?? root,
    input: options.input ?? "",
    maxBuffer: 256 * 1024 * 1024,
    timeout: options.timeout,
    env: options.env,
  })
  return { code: result.status, out: result.stdout, err: result.stderr }
}
