import { describe, expect, it } from "vitest"
import { RULES } from "../../src/validate/catalogue.js"
import { importCases } from "../fixtures/import-cases.js"

describe("import/… codes", () => {
  it("every import/… code of RULES has a case", () => {
    const codes = Object.keys(RULES).filter((code) => code.startsWith("import/"))
    expect(Object.keys(importCases).sort()).toEqual(codes.sort())
  })
})

describe.each(Object.entries(importCases))("%s", (code, { trigger, nearMiss }) => {
  it("is reported with its severity, the file, and a one-line message", () => {
    const found = trigger().filter((issue) => issue.code === code)
    expect(found).toHaveLength(1)
    expect(found[0]?.severity).toBe(RULES[code as keyof typeof RULES].severity)
    expect(found[0]?.file).toBe("register.csv")
    expect(found[0]?.message).toMatch(/^register\.csv[ :]/)
    expect(found[0]?.message).not.toMatch(/\n/)
  })

  it("is not reported for the near miss", () => {
    expect(nearMiss()).toEqual([])
  })
})
