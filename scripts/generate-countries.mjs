// Generates src/reference/countries-data.ts: ISO 3166-1 (plus XK) codes, English names and
// the names findCountry() accepts. Run with `npm run generate`.
//
// Sources (generation time only; the licence of each allows shipping what is taken):
// - i18n-iso-countries (MIT): codes.json (alpha-2, alpha-3, numeric), langs/en.json (English
//   names with their variants: ISO short names, "South Korea", "Ivory Coast") and langs/ja.json
//   (Japanese names).
// - UNSD M49 overview (scripts/sources/m49_overview.csv): the UN English names ("Viet Nam",
//   "Republic of Korea", "Bolivia (Plurinational State of)").
// - CLDR (Unicode License v3), as the Intl.DisplayNames of the Node that runs this script
//   (its CLDR version is written into the table): English long and short names ("Brunei",
//   "Moldova", "Laos", "St. Kitts & Nevis", "Hong Kong") and Japanese ones ("韓国", "アメリカ").
// - Forms derived from those names by two rules, so that the inverted forms of the World Bank
//   and the IMF read: "X of Y" also as "Y, X" ("Republic of Korea" → "Korea, Republic", which
//   "Korea, Rep." folds to), and "Y, X of" also as "X of Y" and as "Y" alone ("Moldova,
//   Republic of" → "Moldova"). A derived form never overrides a source name of another country.
// - OWN_ALIASES below: the forms no source above has, each documented in docs/reference.md.
//
// A name that two countries share after folding ("Congo") maps to no country: findCountry
// refuses it rather than guess, and so for the names in AMBIGUOUS, which the sources give one
// country but people use for two. Japanese names go to a table of their own
// (countries-ja-data.ts, for findCountryJa), so that findCountry's bundle does not carry them.
import { readFileSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { AMBIGUOUS, OWN_ALIASES, OWN_ALIASES_JA } from "./country-aliases.mjs"
import { readCsv } from "./csv.mjs"
import { normaliseName } from "./normalise-name.mjs"

const require = createRequire(import.meta.url)
const i18nVersion = require("i18n-iso-countries/package.json").version
const codes = require("i18n-iso-countries/codes.json")
const en = require("i18n-iso-countries/langs/en.json").countries
const ja = require("i18n-iso-countries/langs/ja.json").countries
const m49 = readCsv(readFileSync(new URL("./sources/m49_overview.csv", import.meta.url), "utf8"))
const cldrVersion = process.versions.cldr

const rows = codes
  .map(([alpha2, alpha3, numeric]) => {
    const names = [en[alpha2]].flat()
    return { alpha2, alpha3, numeric, name: names[0] }
  })
  .sort((a, b) => (a.alpha2 < b.alpha2 ? -1 : a.alpha2 > b.alpha2 ? 1 : 0))
const known = new Set(rows.map((row) => row.alpha2))

/** Every source name: { alpha2, name, source, locale }. */
const sourceNames = []
const add = (alpha2, name, source, locale) => {
  if (typeof name === "string" && name.trim() !== "" && known.has(alpha2))
    sourceNames.push({ alpha2, name, source, locale })
}
for (const row of rows) {
  for (const name of [en[row.alpha2]].flat()) add(row.alpha2, name, "i18n-iso-countries en", "en")
  for (const name of [ja[row.alpha2]].flat()) add(row.alpha2, name, "i18n-iso-countries ja", "ja")
}
for (const row of m49) add(row["ISO-alpha2 Code"], row["Country or Area"], "UNSD M49", "en")
for (const [locale, style] of [
  ["en", "long"],
  ["en", "short"],
  ["ja", "long"],
  ["ja", "short"],
]) {
  const names = new Intl.DisplayNames([locale], { type: "region", style, fallback: "none" })
  for (const row of rows)
    add(row.alpha2, names.of(row.alpha2), `CLDR ${cldrVersion} ${locale}`, locale)
}

/**
 * The folded names of one language → alpha-2 code, or null when ambiguous: source names first,
 * then derived forms (English only) where no source name has the key.
 */
function table(locale) {
  const fromSources = new Map()
  const derived = new Map()
  const note = (map, key, alpha2) => {
    if (key === "") return
    if (!map.has(key)) map.set(key, new Set())
    map.get(key).add(alpha2)
  }
  const names = sourceNames.filter((entry) => entry.locale === locale)
  for (const { alpha2, name } of names) note(fromSources, normaliseName(name), alpha2)
  if (locale === "ja") {
    for (const [alpha2, list] of Object.entries(OWN_ALIASES_JA)) {
      for (const name of list) note(fromSources, normaliseName(name), alpha2)
    }
  }
  if (locale === "en") {
    for (const [alpha2, list] of Object.entries(OWN_ALIASES)) {
      for (const name of list) note(fromSources, normaliseName(name), alpha2)
    }
    for (const [name, list] of Object.entries(AMBIGUOUS)) {
      for (const alpha2 of list) note(fromSources, normaliseName(name), alpha2)
    }
    for (const { alpha2, name } of names) {
      const key = normaliseName(name)
      const ofForm = /^([^,]+?) of ([^,]+)$/.exec(key)
      if (ofForm) note(derived, `${ofForm[2]}, ${ofForm[1]}`, alpha2)
      const inverted = /^([^,]+), ([^,]+)$/.exec(key)
      if (inverted) {
        note(derived, `${inverted[2]} of ${inverted[1]}`, alpha2)
        // "Moldova, Republic of", "Bolivia (Plurinational State of)": the name before the comma.
        if (/\bof( the)?\)?\s*$/i.test(name)) note(derived, inverted[1], alpha2)
      }
    }
  }
  const result = new Map()
  const ambiguous = []
  const dropped = []
  for (const [key, codesOfKey] of fromSources) {
    const list = [...codesOfKey].sort()
    if (list.length > 1) ambiguous.push(`${key} (${list.join(", ")})`)
    result.set(key, list.length === 1 ? list[0] : null)
  }
  for (const [key, codesOfKey] of derived) {
    const list = [...codesOfKey].sort()
    if (result.has(key)) {
      if (result.get(key) !== null && list.some((code) => code !== result.get(key)))
        dropped.push(`${key} (${list.join(", ")}; a source says ${result.get(key)})`)
      continue
    }
    if (list.length > 1) ambiguous.push(`${key} (${list.join(", ")}, derived)`)
    result.set(key, list.length === 1 ? list[0] : null)
  }
  console.log(
    `${locale}: ${result.size} names; ambiguous: ${ambiguous.join("; ") || "none"}; derived forms dropped for a source name: ${dropped.join("; ") || "none"}`,
  )
  return result
}

/** The table as [alpha-2, names joined by "|"] rows ("" for the ambiguous names). */
function grouped(names, skipOwnName) {
  const byCountry = new Map()
  for (const [key, alpha2] of [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (skipOwnName && alpha2 !== null) {
      // Skip what the table already answers (a country's own name).
      const row = rows.find((r) => r.alpha2 === alpha2)
      if (normaliseName(row.name) === key) continue
    }
    if (key.includes("|")) throw new Error(`a name holds '|': ${key}`)
    const group = alpha2 ?? ""
    if (!byCountry.has(group)) byCountry.set(group, [])
    byCountry.get(group).push(key)
  }
  return [...byCountry]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([alpha2, keys]) => `  ${JSON.stringify([alpha2, keys.join("|")])},`)
    .join("\n")
}

const english = table("en")
const japanese = table("ja")

const sources = `// Sources: i18n-iso-countries ${i18nVersion} (MIT, © 2016 widdix GmbH); UNSD M49 overview
// (https://unstats.un.org/unsd/methodology/m49/overview); CLDR ${cldrVersion} (Unicode License v3,
// © Unicode, Inc.), as Node's Intl.DisplayNames; the library's own aliases in the generator.`
writeFileSync(
  new URL("../src/reference/countries-data.ts", import.meta.url),
  `// Generated by scripts/generate-countries.mjs — do not edit.
${sources}
// XK (Kosovo) is a user-assigned code, not ISO 3166-1: its alpha-3 "XKK" and numeric "983" are
// those of i18n-iso-countries.

/** The CLDR version the names were taken from. */
export const COUNTRY_NAMES_CLDR = ${JSON.stringify(cldrVersion)}

/** [alpha-2, alpha-3, numeric, English short name], sorted by alpha-2. */
export const COUNTRY_ROWS: readonly (readonly [string, string, string, string])[] = [
${rows.map((r) => `  ${JSON.stringify([r.alpha2, r.alpha3, r.numeric, r.name])},`).join("\n")}
]

/**
 * Other English names, folded (see normaliseCountryName), by country: [alpha-2, names joined by
 * "|"]. The names of the row "" are ambiguous and find nothing.
 */
export const COUNTRY_ALIASES: readonly (readonly [string, string])[] = [
${grouped(english, true)}
]
`,
)
writeFileSync(
  new URL("../src/reference/countries-ja-data.ts", import.meta.url),
  `// Generated by scripts/generate-countries.mjs — do not edit.
${sources}

/**
 * Japanese names, folded (see normaliseCountryName), by country: [alpha-2, names joined by "|"].
 * The names of the row "" are ambiguous and find nothing.
 */
export const COUNTRY_NAMES_JA: readonly (readonly [string, string])[] = [
${grouped(japanese, false)}
]
`,
)
