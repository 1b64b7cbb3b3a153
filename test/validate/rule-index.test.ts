import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { renderRuleIndex } from "../../scripts/rule-index.mjs"
import * as FILE_RULES from "../../src/validate/rules/all.js"
import { placeRules, RULE_ORDER } from "../../src/validate/rules/registry.js"
import type { ValidationRule } from "../../src/validate/rules/rule.js"

const rule = (code: string, after?: string) =>
  ({ code, after, on: "programmes", check() {} }) as unknown as ValidationRule

describe("the rule registry", () => {
  it("indexes every rule file (run `npm run docs:validation`)", () => {
    const committed = readFileSync(
      new URL("../../src/validate/rules/all.ts", import.meta.url),
      "utf8",
    )
    expect(committed).toBe(renderRuleIndex())
  })

  it("runs every rule of a file once, right after the rule its `after` names", () => {
    for (const placed of Object.values(FILE_RULES)) {
      expect(RULE_ORDER.filter((r) => r === placed)).toHaveLength(1)
      const at = RULE_ORDER.indexOf(placed)
      if (placed.after !== undefined)
        expect(RULE_ORDER[at - 1]?.code, placed.code).toBe(placed.after)
      else expect(RULE_ORDER[at + 1]?.on, placed.code).not.toBe(placed.on)
    }
  })

  it("follows chains, after the last rule with the named code", () => {
    const order = placeRules(
      [rule("a/x"), rule("a/y"), rule("a/y"), rule("b/z")],
      [rule("a/q", "a/p"), rule("a/p", "a/y")],
    )
    expect(order.map((r) => r.code)).toEqual(["a/x", "a/y", "a/y", "a/p", "a/q", "b/z"])
  })

  it("puts a rule on a whole collection without `after` after its collection's other rules", () => {
    const whole = {
      code: "a/w",
      on: "programmes",
      whole: true,
      check() {},
    } as unknown as ValidationRule
    const order = placeRules(
      [rule("a/x"), { ...rule("b/z"), on: "pledges" } as unknown as ValidationRule],
      [whole, rule("a/p", "a/x")],
    )
    expect(order.map((r) => r.code)).toEqual(["a/x", "a/p", "a/w", "b/z"])
  })

  it("refuses two rules in one place, no place, or a place no rule has", () => {
    expect(() => placeRules([rule("a/x")], [rule("a/p", "a/x"), rule("a/q", "a/x")])).toThrow(
      /a\/q.*a\/x/,
    )
    expect(() => placeRules([rule("a/x")], [rule("a/p")])).toThrow(/a\/p: no `after`/)
    expect(() => placeRules([rule("a/x")], [rule("a/p", "a/nope")])).toThrow(
      /no rule has the code that a\/p run after/,
    )
  })
})
