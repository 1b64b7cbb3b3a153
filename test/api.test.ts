import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { apiReport, REPORT_FILE } from "../scripts/api-report.mjs"

describe("the public API", () => {
  const { text, undocumented } = apiReport()

  it("matches the checked-in report (after a deliberate change: npm run api:update, and a changeset)", () => {
    expect(text).toBe(readFileSync(REPORT_FILE, "utf8"))
  })

  it("is documented: every export has a summary, and every value an @example", () => {
    expect(undocumented).toEqual([])
  })
})
