import { isKnownTheme, THEMES } from "../../reference/themes.js"
import { nearest } from "../../text/nearest.js"
import type { IssueCode } from "../catalogue.js"
import { ruleMessages } from "../messages.js"
import { type PathPattern, valuesAt } from "../record-fields.js"
import { type RecordRule, recordRule } from "./rule.js"

const THEME_IDS = THEMES.map((t) => t.id)

/**
 * `<kind>/unknown-theme` (warning): a theme of the list at `pattern` is not in the reference
 * vocabulary; the message suggests the nearest reference theme.
 */
export function unknownTheme(
  code: IssueCode,
  on: RecordRule["on"],
  pattern: PathPattern,
  each?: string,
): RecordRule {
  return recordRule(code, on, each, (record, _ctx, report) => {
    valuesAt(record, pattern, (themes, path) => {
      if (!Array.isArray(themes)) return
      themes.forEach((theme, i) => {
        if (typeof theme !== "string" || theme === "" || isKnownTheme(theme)) return
        const at = [...path, i]
        report(at, ruleMessages.unknownTheme(at, theme, nearest(theme, THEME_IDS)))
      })
    })
  })
}
