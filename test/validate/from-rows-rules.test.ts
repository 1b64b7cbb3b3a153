import { describe, expect, it } from "vitest"
import { fromRows, RULES } from "../../src/validate/index.js"
import { rowCases } from "../fixtures/row-cases.js"

// The codes only fromRows reports, each with a call that triggers it and a near miss that
// must not (as test/validate/rules.test.ts does for validateDataset's codes).

describe("rows/… codes", () => {
  it("every rows/… code of RULES has a case, and every case a code", () => {
    const codes = Object.keys(RULES).filter((code) => code.startsWith("rows/"))
    expect(Object.keys(rowCases).sort()).toEqual(codes.sort())
  })
})

describe.each(Object.entries(rowCases))("%s", (code, { trigger, nearMiss }) => {
  const rule = RULES[code as keyof typeof RULES]

  it("is reported, with its severity, a path and a one-line message", () => {
    const result = fromRows(...(trigger() as Parameters<typeof fromRows>))
    const found = result.issues.filter((issue) => issue.code === code)
    expect(found.length, JSON.stringify(result.issues, null, 2)).toBeGreaterThan(0)
    for (const issue of found) {
      expect(issue.severity).toBe(rule.severity)
      expect(issue.message.length).toBeGreaterThan(10)
      expect(issue.message).not.toMatch(/\n/)
      expect(Array.isArray(issue.path)).toBe(true)
    }
    if (rule.severity === "error") expect(result.ok).toBe(false)
  })

  it("is not reported for a near miss", () => {
    const result = fromRows(...(nearMiss() as Parameters<typeof fromRows>))
    expect(result.issues.map((issue) => issue.code)).not.toContain(code)
  })
})
