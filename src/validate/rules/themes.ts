import { isKnownTheme, THEMES } from "../../reference/themes.js"
import { nearest } from "../../text/nearest.js"
import { quote } from "../../text/quote.js"
import type { IssueCode } from "../catalogue.js"
import { describeField, type Location } from "../issue.js"
import type { Context } from "./context.js"

const THEME_IDS = THEMES.map((t) => t.id)

/** `<kind>/unknown-theme` (warning): a theme outside the reference vocabulary. */
export function checkThemes(
  ctx: Context,
  themes: unknown,
  location: Location,
  path: readonly (string | number)[],
  code: IssueCode,
): void {
  if (!Array.isArray(themes)) return
  themes.forEach((theme, i) => {
    if (typeof theme !== "string" || theme === "" || isKnownTheme(theme)) return
    const guess = nearest(theme, THEME_IDS)
    const hint = guess === undefined ? "" : ` (did you mean '${guess}'?)`
    ctx.reporter.add(
      code,
      location,
      [...path, i],
      `${describeField([...path, i])} ${quote(theme)} is not a reference theme${hint}`,
    )
  })
}
