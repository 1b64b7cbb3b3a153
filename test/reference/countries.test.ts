import { createRequire } from "node:module"
import { describe, expect, it } from "vitest"
import { normaliseName } from "../../scripts/normalise-name.mjs"
import {
  findCountry,
  isCountryCode,
  listCountries,
  normaliseCountryName,
} from "../../src/reference/countries.js"

const require = createRequire(import.meta.url)
// The oracle: the well-kept package the table was generated from, read directly.
const i18n = require("i18n-iso-countries") as {
  getAlpha2Codes(): Record<string, string>
  alpha2ToAlpha3(code: string): string | undefined
  alpha2ToNumeric(code: string): string | undefined
}

describe("the country table", () => {
  it("has every ISO 3166-1 code of i18n-iso-countries, with the same alpha-3 and numeric codes", () => {
    const oracle = Object.keys(i18n.getAlpha2Codes()).sort()
    expect(listCountries().map((c) => c.alpha2)).toEqual(oracle)
    for (const country of listCountries()) {
      expect(country.alpha3, country.alpha2).toBe(i18n.alpha2ToAlpha3(country.alpha2))
      expect(country.numeric, country.alpha2).toBe(i18n.alpha2ToNumeric(country.alpha2))
    }
  })

  it("has 249 ISO codes plus XK, unique in each column", () => {
    const list = listCountries()
    expect(list).toHaveLength(250)
    for (const column of ["alpha2", "alpha3", "numeric", "name"] as const) {
      expect(new Set(list.map((c) => c[column])).size, column).toBe(250)
    }
    expect(
      list.every(
        (c) =>
          /^[A-Z]{2}$/.test(c.alpha2) && /^[A-Z]{3}$/.test(c.alpha3) && /^\d{3}$/.test(c.numeric),
      ),
    ).toBe(true)
  })

  it("is sorted by alpha-2 code", () => {
    const codes = listCountries().map((c) => c.alpha2)
    expect(codes).toEqual([...codes].sort())
  })

  it("cannot be changed by a caller", () => {
    const [first] = listCountries()
    expect(Object.isFrozen(listCountries())).toBe(true)
    expect(Object.isFrozen(first)).toBe(true)
  })
})

describe("findCountry", () => {
  it.each([
    ["VN", "VN"],
    ["vn", "VN"],
    ["VNM", "VN"],
    ["vnm", "VN"],
    ["704", "VN"],
    ["Viet Nam", "VN"],
    ["Vietnam", "VN"],
    ["VIETNAM", "VN"],
    ["Kyrgyz", "KG"],
    ["Kyrgyzstan", "KG"],
    ["Kyrgyz Republic", "KG"],
    ["Cote d'Ivoire", "CI"],
    ["Cote d’Ivoire", "CI"],
    ["Côte d’Ivoire", "CI"],
    ["Côte d'Ivoire", "CI"],
    ["Ivory Coast", "CI"],
    ["Kosovo", "XK"],
    ["XK", "XK"],
    ["Laos", "LA"],
    ["Lao People's Democratic Republic", "LA"],
    ["Timor-Leste", "TL"],
    ["East Timor", "TL"],
    ["the Philippines", "PH"],
    ["Marshall Islands", "MH"],
    ["Republic of Korea", "KR"],
    ["Türkiye", "TR"],
    ["Turkey", "TR"],
    ["  Ukraine ", "UA"],
    ["United Republic of Tanzania", "TZ"],
    ["Tanzania", "TZ"],
    ["Bangladesh", "BD"],
    ["Sri Lanka", "LK"],
    ["Uzbekistan", "UZ"],
    ["Mongolia", "MN"],
  ])("%s → %s", (input, alpha2) => {
    expect(findCountry(input)?.alpha2).toBe(alpha2)
  })

  it("returns the full record", () => {
    expect(findCountry("Viet Nam")).toEqual({
      alpha2: "VN",
      alpha3: "VNM",
      numeric: "704",
      name: "Vietnam",
    })
  })

  it.each([
    "Congo",
    "ZZ",
    "",
    "Atlantis",
    "__proto__",
    "constructor",
    "toString",
    "hasOwnProperty",
  ])("%j → undefined", (input) => {
    expect(findCountry(input)).toBeUndefined()
  })

  it("tells the two Congos apart by their full names", () => {
    expect(findCountry("Democratic Republic of the Congo")?.alpha2).toBe("CD")
    expect(findCountry("Republic of the Congo")?.alpha2).toBe("CG")
  })

  it("finds every country by each of its codes and its name", () => {
    for (const c of listCountries()) {
      for (const key of [c.alpha2, c.alpha3, c.numeric, c.name, c.alpha2.toLowerCase()]) {
        expect(findCountry(key)?.alpha2, key).toBe(c.alpha2)
      }
    }
  })
})

describe("isCountryCode", () => {
  it("accepts exactly the alpha-2 codes of the table", () => {
    for (const c of listCountries()) expect(isCountryCode(c.alpha2)).toBe(true)
    for (const v of ["vn", "VNM", "704", "ZZ", "__proto__", "", 1, null])
      expect(isCountryCode(v)).toBe(false)
  })
})

describe("name folding", () => {
  it("is the same in the generator and the library", () => {
    for (const name of [
      "Côte d’Ivoire",
      "the Philippines",
      "  Bosnia & Herzegovina ",
      "Korea, Republic of",
      "São Tomé",
    ]) {
      expect(normaliseCountryName(name)).toBe(normaliseName(name))
    }
  })
})
