// Runs the date-sensitive tests under several time zones: results must be identical in all,
// because no date in the library goes through local time.
import { spawnSync } from "node:child_process"

const zones = ["UTC", "Asia/Tokyo", "Pacific/Kiritimati", "America/Adak"]
const suites = process.argv.slice(2)
const paths =
  suites.length > 0
    ? suites
    : ["test/dates", "test/aggregate", "test/money", "test/validate", "test/schemas"]
for (const zone of zones) {
  console.log(`TZ=${zone}`)
  const run = spawnSync(
    "npx",
    ["vitest", "run", "--typecheck.enabled=false", "--passWithNoTests", ...paths],
    {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, TZ: zone },
    },
  )
  if (run.status !== 0) process.exit(run.status ?? 1)
}
