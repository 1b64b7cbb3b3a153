import {
  addNames,
  type Country,
  findCountry,
  MAX_NAME_LENGTH,
  normaliseCountryName,
} from "./countries.js"
import { COUNTRY_NAMES_JA } from "./countries-ja-data.js"

let byName: Map<string, Country | null> | undefined

function getNames(): Map<string, Country | null> {
  if (byName !== undefined) return byName
  const byCode = new Map<string, Country>()
  for (const code of COUNTRY_NAMES_JA) {
    const country = findCountry(code[0])
    if (country !== undefined) byCode.set(code[0], country)
  }
  byName = new Map()
  addNames(byName, byCode, COUNTRY_NAMES_JA)
  return byName
}

// The forms of state a formal Japanese name ends with ("ベトナム社会主義共和国", "タイ王国",
// "日本国"), longest first. A name found under no other entry is looked up once more without it.
const FORMAL_SUFFIX =
  /(?:民主社会主義共和国|連邦民主共和国|人民民主共和国|社会主義共和国|イスラム共和国|東方共和国|連邦共和国|連合共和国|民主共和国|人民共和国|共和国|大公国|王国|公国|合衆国|連邦|連合|独立国|国|島)$/

/**
 * Finds a country by its Japanese name — as i18n-iso-countries and CLDR give it ("ベトナム",
 * "大韓民国", "韓国", "アメリカ合衆国", "アメリカ", "英国") — or, failing that, as
 * {@link findCountry} does (codes and English names), so that one call reads a column that
 * mixes the two. Full-width and half-width forms, and spaces or "・" between the parts of a
 * name, are set aside ("ボスニア・ヘルツェゴビナ", "ボスニアヘルツェゴビナ"). A formal name that
 * the tables do not hold is read without its form of state ("タイ王国" as "タイ", "ケニア共和国"
 * as "ケニア"), never as another country: a name that is a country of its own
 * ("ドミニカ共和国", "コンゴ共和国") is found as itself first. The library adds 米国 and 豪州,
 * which the Ministry of Foreign Affairs writes.
 *
 * A function of its own, so that a program that needs only English names does not carry the
 * Japanese table (about 2 kB gzipped).
 *
 * @param name - A Japanese or English name, or a code.
 * @returns The country, or `undefined` when nothing (or more than one country) matches.
 *
 * @example
 * findCountryJa("ベトナム")?.alpha2     //=> "VN"
 * findCountryJa("大韓民国")?.alpha2     //=> "KR"
 * findCountryJa("Viet Nam")?.alpha2     //=> "VN"
 *
 * @category Reference
 */
export function findCountryJa(name: string): Country | undefined {
  if (typeof name !== "string" || name.length > MAX_NAME_LENGTH * 4) return undefined
  const trimmed = name.trim()
  if (trimmed.length > MAX_NAME_LENGTH) return undefined
  const names = getNames()
  const key = normaliseCountryName(trimmed)
  const found = names.get(key)
  if (found !== undefined) return found ?? undefined
  const english = findCountry(trimmed)
  if (english !== undefined) return english
  const bare = key.replace(FORMAL_SUFFIX, "")
  return bare !== key && bare !== "" ? (names.get(bare) ?? undefined) : undefined
}
