// `npm test` on a machine without Chromium: the browser check is skipped with one line saying
// how to run it; with CI=true (`.ci/run`, which installs Chromium) it is required. Tested by
// pointing CHROMIUM_PATH at a path that does not exist, through the real runner.
import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { browserGate, inCi } from "./browser-gate.mjs"

const root = fileURLToPath(new URL("../../", import.meta.url))

/** Runs `node test/examples/run.mjs --browser-only` with `env` on top of a clean environment. */
function runBrowserOnly(env: Record<string, string>) {
  const base = { ...process.env }
  delete base.CI
  delete base.JUSTICE_COOPERATION_SKIP_BROWSER
  const result = spawnSync(process.execPath, ["test/examples/run.mjs", "--browser-only"], {
    cwd: root,
    encoding: "utf8",
    env: { ...base, ...env },
  })
  return { code: result.status, out: result.stdout, err: result.stderr }
}

describe("the browser check without Chromium", () => {
  it("is skipped with one line saying how to run it, when CI is not set", () => {
    const result = runBrowserOnly({ CHROMIUM_PATH: "/nonexistent/chromium" })
    expect(result.code).toBe(0)
    expect(result.err).toBe("")
    expect(result.out.split("\n").filter(Boolean)).toEqual([
      "example browser/ (Chromium): skipped — no Chromium at /nonexistent/chromium; to run it, install Chromium (Debian: apt-get install -y chromium) or set CHROMIUM_PATH, then run `npm run build && node test/examples/run.mjs --browser-only`",
    ])
  })

  it("fails when CI=true", () => {
    const result = runBrowserOnly({ CHROMIUM_PATH: "/nonexistent/chromium", CI: "true" })
    expect(result.code).toBe(1)
    expect(result.out).toContain(
      "example browser/ (Chromium): FAILED — no Chromium at /nonexistent/chromium, and CI requires the browser check",
    )
  })

  it("a directory or a file that cannot run is not Chromium", () => {
    for (const path of ["/tmp", `${root}package.json`]) {
      expect(browserGate({ CHROMIUM_PATH: path }).action).toBe("skip")
      expect(browserGate({ CHROMIUM_PATH: path, CI: "true" }).action).toBe("fail")
    }
    expect(browserGate({ CHROMIUM_PATH: process.execPath }).action).toBe("run")
    expect(
      browserGate({
        CHROMIUM_PATH: "/nonexistent",
        JUSTICE_COOPERATION_SKIP_BROWSER: "1",
        CI: "true",
      }).action,
    ).toBe("skip")
  })

  it("reads CI as CI services set it", () => {
    for (const value of ["true", "1", "TRUE", "yes"]) expect(inCi({ CI: value }), value).toBe(true)
    for (const value of [undefined, "", "0", "false", "False"])
      expect(inCi({ CI: value }), String(value)).toBe(false)
  })
})
