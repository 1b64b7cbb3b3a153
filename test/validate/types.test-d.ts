import { describe, expectTypeOf, it } from "vitest"
import type { IssueCode, RULES, ValidationIssue } from "../../src/validate/index.js"

describe("issue types", () => {
  it("an issue's code is one of the catalogue's codes, not any string", () => {
    expectTypeOf<ValidationIssue["code"]>().toEqualTypeOf<IssueCode>()
    expectTypeOf<IssueCode>().toEqualTypeOf<keyof typeof RULES>()
    expectTypeOf<"programme/end-before-start">().toExtend<ValidationIssue["code"]>()
    expectTypeOf<"no/such-code">().not.toExtend<ValidationIssue["code"]>()
  })
})
