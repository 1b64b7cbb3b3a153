import { THEMES } from "./themes-data.js"

export { THEMES }

/**
 * A theme of the reference vocabulary, with the OECD DAC purpose codes and SDG targets that
 * plainly match it (none where nothing does: counter-terrorism has no DAC code of its own).
 *
 * @example
 * const theme: Theme | undefined = findTheme("corrections") // theme?.dacPurposeCodes => [15137]
 *
 * @category Reference
 */
export type Theme = {
  /** Kebab-case id used in `programme.themes`: `"anti-corruption"`. */
  id: string
  /** English label: `"Anti-corruption"`. */
  label: string
  /** Matching DAC purpose codes: `[15113]`. */
  dacPurposeCodes?: readonly number[]
  /** Matching SDG targets: `["16.5"]`. */
  sdgTargets?: readonly string[]
}

let byId: Map<string, Theme> | undefined

function index(): Map<string, Theme> {
  byId ??= new Map(THEMES.map((theme) => [theme.id, theme]))
  return byId
}

/**
 * Tells whether a theme id is in the reference vocabulary (an open one: validation only warns
 * about others).
 *
 * @example
 * isKnownTheme("anti-corruption") //=> true
 * isKnownTheme("Anti-corruption") //=> false (ids are lower case)
 *
 * @category Reference
 */
export function isKnownTheme(id: string): boolean {
  return index().has(id)
}

/**
 * A theme of the reference vocabulary by id, or `undefined`.
 *
 * @example
 * findTheme("anti-corruption")?.dacPurposeCodes //=> [15113]
 * findTheme("anti-corruption")?.sdgTargets      //=> ["16.5"]
 *
 * @category Reference
 */
export function findTheme(id: string): Theme | undefined {
  return index().get(id)
}
