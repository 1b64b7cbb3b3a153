import { COUNTRY_ALIASES, COUNTRY_ROWS } from "./countries-data.js"

/**
 * A country or economy of ISO 3166-1, or Kosovo (`XK`, a user-assigned code that IATI accepts).
 *
 * @category Reference
 */
export type Country = {
  /** ISO 3166-1 alpha-2 code, upper case: `"VN"`. */
  alpha2: string
  /** ISO 3166-1 alpha-3 code: `"VNM"` (`"XKK"` for Kosovo, as i18n-iso-countries has it). */
  alpha3: string
  /** ISO 3166-1 numeric code, three digits: `"704"` (`"983"` for Kosovo, not an ISO code). */
  numeric: string
  /** English short name as i18n-iso-countries gives it: `"Vietnam"`. */
  name: string
}

type Index = {
  byCode: Map<string, Country>
  byName: Map<string, Country | null>
  list: readonly Country[]
}

let index: Index | undefined

// Built on first use (not at import) so that importing the module stays free of work and
// bundlers can drop the table when nothing uses it.
function getIndex(): Index {
  if (index !== undefined) return index
  const byCode = new Map<string, Country>()
  const byName = new Map<string, Country | null>()
  const list: Country[] = []
  for (const [alpha2, alpha3, numeric, name] of COUNTRY_ROWS) {
    const country: Country = Object.freeze({ alpha2, alpha3, numeric, name })
    list.push(country)
    byCode.set(alpha2, country)
    byCode.set(alpha3, country)
    byCode.set(numeric, country)
    byName.set(normaliseCountryName(name), country)
  }
  for (const [alias, alpha2] of COUNTRY_ALIASES) {
    byName.set(alias, alpha2 === null ? null : (byCode.get(alpha2) ?? null))
  }
  index = { byCode, byName, list: Object.freeze(list) }
  return index
}

/**
 * Folds a country name for look-up: accents and case removed, curly apostrophes made straight,
 * punctuation other than `'(),&*-` turned into spaces, a leading "the" dropped.
 * `scripts/normalise-name.mjs` holds the same function for the generator.
 */
export function normaliseCountryName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .toLowerCase()
    .replace(/[^a-z0-9',()&*-]+/g, " ")
    .trim()
    .replace(/^the /, "")
}

/**
 * Tells whether a string is a valid country code of this library: an ISO 3166-1 alpha-2 code
 * in upper case, or `"XK"` (Kosovo).
 *
 * @example
 * isCountryCode("VN") //=> true
 * isCountryCode("vn") //=> false
 * isCountryCode("ZZ") //=> false
 *
 * @category Reference
 */
export function isCountryCode(value: unknown): value is string {
  return typeof value === "string" && value.length === 2 && getIndex().byCode.has(value)
}

/**
 * Finds a country by any ISO 3166-1 code (alpha-2, alpha-3 or numeric, in any case) or by
 * its English name or a common variant.
 *
 * Names are matched without regard to case, accents, curly or straight apostrophes and a
 * leading "the": "Viet Nam", "Vietnam", "Kyrgyz", "Cote d'Ivoire", "Côte d’Ivoire", "Laos",
 * "the Philippines", "Kosovo" all resolve. A name two countries share ("Congo") returns
 * `undefined` rather than a guess.
 *
 * @param nameOrCode - A code or a name.
 * @returns The country, or `undefined` when nothing (or more than one country) matches.
 *
 * @example
 * findCountry("Viet Nam")?.alpha2 //=> "VN"
 * findCountry("kgz")?.name        //=> "Kyrgyzstan"
 * findCountry("Congo")            //=> undefined
 *
 * @category Reference
 */
export function findCountry(nameOrCode: string): Country | undefined {
  if (typeof nameOrCode !== "string") return undefined
  const trimmed = nameOrCode.trim()
  const { byCode, byName } = getIndex()
  const code = byCode.get(trimmed.toUpperCase())
  if (code !== undefined && /^(?:[A-Za-z]{2,3}|\d{3})$/.test(trimmed)) return code
  return byName.get(normaliseCountryName(trimmed)) ?? undefined
}

/**
 * Every country of the table (ISO 3166-1 plus Kosovo), sorted by alpha-2 code.
 *
 * @example
 * listCountries().length //=> 250
 *
 * @category Reference
 */
export function listCountries(): readonly Country[] {
  return getIndex().list
}
