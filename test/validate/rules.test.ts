import { describe, expect, it } from "vitest"
import { RULES, validateDataset } from "../../src/validate/index.js"
import { iatiCases } from "../fixtures/iati/cases.js"
import { importCases } from "../fixtures/import-cases.js"
import { readerCases } from "../fixtures/reader-cases.js"
import { rowCases } from "../fixtures/row-cases.js"
import { baseDataset, validationCases } from "../fixtures/validation-cases.js"
import { decisionCases } from "../identity/decision-cases.js"

const CONTRACT_CODES = [
  "unknown-field",
  "programme/duplicate-id",
  "participant/duplicate-id",
  "programme/end-before-start",
  "programme/reported-exceeds-total",
  "programme/unknown-organisation",
  "programme/unknown-group",
  "programme/unknown-goal",
  "programme/unknown-pledge",
  "participation/unknown-programme",
  "participation/unknown-participant",
  "participation/duplicate",
  "participation/completed-outside-programme",
  "pledge/unknown-target",
  "pledge/fulfilment-before-announcement",
  "money/too-many-decimals",
  "date/invalid",
]

describe("the base dataset", () => {
  it("is valid, with no issue at all", () => {
    const result = validateDataset(baseDataset())
    expect(result.issues).toEqual([])
    expect(result.ok).toBe(true)
  })
})

describe("the rule catalogue", () => {
  it("holds every code of the contract (DESIGN.md §6)", () => {
    for (const code of CONTRACT_CODES) expect(Object.keys(RULES)).toContain(code)
    for (const kind of [
      "organisation",
      "grouping",
      "programme",
      "participant",
      "pledge",
      "framework",
    ]) {
      expect(Object.keys(RULES)).toContain(`${kind}/duplicate-id`)
    }
  })

  it("has a trigger and a near miss for every code, and no case without a code", () => {
    // Codes only fromRows reports have their cases in test/fixtures/row-cases.ts; the codes of
    // reading a file are tested with the CLI's reader (test/cli/read-data.test.ts).
    const cases = [
      ...Object.keys(validationCases),
      ...Object.keys(rowCases),
      ...Object.keys(readerCases),
      ...Object.keys(decisionCases),
      ...Object.keys(iatiCases),
      ...Object.keys(importCases),
    ]
    expect(cases.sort()).toEqual(Object.keys(RULES).sort())
  })

  it("uses kebab-case codes grouped by entity", () => {
    for (const code of Object.keys(RULES)) expect(code).toMatch(/^(?:[a-z]+\/)?[a-z]+(?:-[a-z]+)*$/)
  })
})

describe.each(Object.entries(validationCases))("%s", (code, { trigger, nearMiss }) => {
  const rule = RULES[code as keyof typeof RULES]

  it("is reported, with its severity, a path and a message", () => {
    const result = validateDataset(trigger(baseDataset()))
    const found = result.issues.filter((issue) => issue.code === code)
    expect(found.length, JSON.stringify(result.issues, null, 2)).toBeGreaterThan(0)
    for (const issue of found) {
      expect(issue.severity).toBe(rule.severity)
      expect(issue.message.length).toBeGreaterThan(10)
      expect(Array.isArray(issue.path)).toBe(true)
    }
    expect(result.ok).toBe(!result.issues.some((issue) => issue.severity === "error"))
    if (rule.severity === "error") expect(result.ok).toBe(false)
  })

  it("is not reported for a near miss", () => {
    const result = validateDataset(nearMiss(baseDataset()))
    expect(result.issues.map((issue) => issue.code)).not.toContain(code)
  })
})
