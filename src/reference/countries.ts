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
  addNames(byName, byCode, COUNTRY_ALIASES)
  index = { byCode, byName, list: Object.freeze(list) }
  return index
}

/** Adds [alpha-2, "name|name|…"] rows to a name map; alpha-2 "" marks ambiguous names. */
export function addNames(
  byName: Map<string, Country | null>,
  byCode: ReadonlyMap<string, Country>,
  rows: readonly (readonly [string, string])[],
): void {
  for (const [alpha2, names] of rows) {
    const country = alpha2 === "" ? null : (byCode.get(alpha2) ?? null)
    for (const name of names.split("|")) byName.set(name, country)
  }
}

const ABBREVIATIONS: Readonly<Record<string, string>> = {
  st: "saint",
  rep: "republic",
  dem: "democratic",
  fed: "federated",
  sts: "states",
  pdr: "people's democratic republic",
  sar: "special administrative region",
}

/**
 * Folds a country name for look-up, so that the ways people write one name meet ("Korea
 * (Republic of)", "Korea, Republic of" and "Korea, Rep." fold to "korea, republic"): the rules
 * are in docs/reference.md, "Country names". `scripts/normalise-name.mjs` holds the same
 * function for the generator.
 */
export function normaliseCountryName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .toLowerCase()
    .replace(/\./g, "")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}',()]+/gu, " ")
    .replace(/ *, */g, ", ")
    .replace(/ *\( */g, " (")
    .replace(/ *\) */g, ") ")
    .trim()
    .replace(/^([^()]+?) \(([^()]+)\)$/, "$1, $2")
    .replace(/(^|[ (,])the(?=[ ,)]|$)/g, "$1")
    .replace(
      /(^|[ (,])(st|rep|dem|fed|sts|pdr|sar)(?=[ ,)]|$)/g,
      (_, before: string, word: string) => before + ABBREVIATIONS[word],
    )
    .replace(/ +/g, " ")
    .replace(/ ,/g, ",")
    .replace(/,,+/g, ",")
    .replace(/^[ ,]+|[ ,]+$/g, "")
    .replace(/(, [^,]*?) of$/, "$1")
    .replace(/ (?=[^\0-\x7f])|(?<=[^\0-\x7f]) /g, "")
}

/** No country name is longer than this; longer input is not looked up (it costs nothing). */
export const MAX_NAME_LENGTH = 200

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
 * Finds a country by any ISO 3166-1 code (alpha-2, alpha-3 or numeric, in any case) or by an
 * English name as people write it (ISO, UN, CLDR, World Bank and IMF forms); Japanese names:
 * {@link findCountryJa}.
 *
 * A name that stands for more than one country ("Congo", "Korea") returns `undefined` rather
 * than a guess. See [reference data](../../docs/reference.md#country-names).
 *
 * @example
 * findCountry("Viet Nam")?.alpha2    //=> "VN"
 * findCountry("kgz")?.name           //=> "Kyrgyzstan"
 * findCountry("Korea, Rep.")?.alpha2 //=> "KR"
 * findCountry("Lao P.D.R.")?.alpha2  //=> "LA"
 * findCountry("Congo")               //=> undefined
 *
 * @category Reference
 */
export function findCountry(nameOrCode: string): Country | undefined {
  if (typeof nameOrCode !== "string" || nameOrCode.length > MAX_NAME_LENGTH * 4) return undefined
  const trimmed = nameOrCode.trim()
  if (trimmed.length > MAX_NAME_LENGTH) return undefined
  const { byCode, byName } = getIndex()
  if (/^(?:[A-Za-z]{2,3}|\d{3})$/.test(trimmed)) {
    const code = byCode.get(trimmed.toUpperCase())
    if (code !== undefined) return code
  }
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
