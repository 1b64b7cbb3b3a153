import { describe, expect, it } from "vitest"
import { type ReadIatiOptions, readIati } from "../../src/iati/index.js"
import { readIatiSync } from "../../src/iati/read.js"
import { RULES } from "../../src/validate/index.js"
import { iatiCases } from "../fixtures/iati/cases.js"

describe("every iati/* code is in RULES and has a case", () => {
  it("the catalogue's iati codes are exactly the cases", () => {
    const codes = Object.keys(RULES).filter((code) => code.startsWith("iati/"))
    expect(codes.sort()).toEqual(Object.keys(iatiCases).sort())
  })
})

describe.each(Object.entries(iatiCases))("%s", (code, { trigger, nearMiss, ...given }) => {
  const options = given.options as ReadIatiOptions | undefined
  const nearMissOptions = ("nearMissOptions" in given ? given.nearMissOptions : options) as
    | ReadIatiOptions
    | undefined
  const rule = RULES[code as keyof typeof RULES]

  it("is reported with its severity, a path and a one-line message; readIati agrees", async () => {
    const result = readIatiSync(trigger(), options)
    const found = result.issues.filter((issue) => issue.code === code)
    expect(found.length, JSON.stringify(result.issues, null, 2)).toBeGreaterThan(0)
    for (const issue of found) {
      expect(issue.severity).toBe(rule.severity)
      expect(issue.message.length).toBeGreaterThan(10)
      expect(issue.message).not.toContain("\n")
      expect(Array.isArray(issue.path)).toBe(true)
    }
    expect(await readIati(trigger() as never, options)).toEqual(result)
  })

  it("is not reported for the near miss", () => {
    const result = readIatiSync(nearMiss(), nearMissOptions)
    expect(result.issues.map((issue) => issue.code)).not.toContain(code)
  })
})
