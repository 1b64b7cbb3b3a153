// Whether the browser check runs, is skipped or fails, from the environment: it needs Chromium
// (Debian's `chromium` at /usr/bin/chromium, or CHROMIUM_PATH). On a machine without it, `npm
// test` runs everything else and says in one line that the browser check was skipped and how to
// run it; in CI (CI set, as `.ci/run` runs, which installs Chromium) a missing Chromium fails.
import { accessSync, constants, statSync } from "node:fs"

export const BROWSER_ONLY = "node test/examples/run.mjs --browser-only"

/** True when `CI` is set to anything but "", "0" or "false" (as CI services set it). */
export function inCi(env = process.env) {
  const ci = (env.CI ?? "").trim().toLowerCase()
  return ci !== "" && ci !== "0" && ci !== "false"
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/**
 * `{ action: "run", chromium }`, `{ action: "skip", line }` or `{ action: "fail", line }`.
 *
 * @param {Record<string, string | undefined>} env
 */
export function browserGate(env = process.env) {
  if (env.JUSTICE_COOPERATION_SKIP_BROWSER === "1")
    return {
      action: "skip",
      line: "example browser/ (Chromium): skipped (JUSTICE_COOPERATION_SKIP_BROWSER=1)",
    }
  const chromium = env.CHROMIUM_PATH || "/usr/bin/chromium"
  if (isExecutable(chromium)) return { action: "run", chromium }
  const how = `install Chromium (Debian: apt-get install -y chromium) or set CHROMIUM_PATH, then run \`npm run build && ${BROWSER_ONLY}\``
  if (inCi(env))
    return {
      action: "fail",
      line: `example browser/ (Chromium): FAILED — no Chromium at ${chromium}, and CI requires the browser check: ${how}`,
    }
  return {
    action: "skip",
    line: `example browser/ (Chromium): skipped — no Chromium at ${chromium}; to run it, ${how}`,
  }
}
