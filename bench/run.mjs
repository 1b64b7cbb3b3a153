// `npm run bench`: runs every bench/*.bench.mjs (or those named on the command line) in its
// own Node process, one after the other, against the built package in dist/.
import { spawnSync } from "node:child_process"
import { readdirSync } from "node:fs"
import { fileURLToPath } from "node:url"

const dir = fileURLToPath(new URL(".", import.meta.url))
const wanted = process.argv.slice(2)
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.mjs"))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort()
for (const file of files) {
  console.log(`\n=== ${file} ===`)
  const run = spawnSync(
    process.execPath,
    ["--expose-gc", "--max-old-space-size=8192", `${dir}${file}`],
    {
      stdio: "inherit",
    },
  )
  if (run.status !== 0) process.exit(run.status ?? 1)
}
