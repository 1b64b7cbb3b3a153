import { existsSync, readFileSync } from "node:fs"
import { parse } from "csv-parse/sync"
import { describe, expect, it } from "vitest"
import { isCountryCode, listCountries } from "../../src/reference/countries.js"
import {
  findGrouping,
  groupingMembers,
  groupsOf,
  isMember,
  listGroupings,
  membersOf,
  resolveGrouping,
} from "../../src/reference/groupings.js"
import type { Grouping } from "../../src/schemas/grouping.js"
import { groupingSchema } from "../../src/schemas/grouping.js"

const ASEAN_10 = ["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN"]
const REFERENCE_IDS = [
  "ASEAN",
  "G7",
  "G20",
  "EU",
  "AU",
  "PIF",
  "SAARC",
  "CENTRAL-ASIA",
  "G5-SAHEL",
  "ECOWAS",
  "GULF-OF-GUINEA",
  "IOC",
]

// The oracle for M49: the shipped UNSD file read by another CSV parser (csv-parse), with the
// membership worked out here rather than by the generator.
type M49Row = Record<string, string>
const m49Rows: M49Row[] = parse(
  readFileSync(new URL("../../scripts/sources/m49_overview.csv", import.meta.url)),
  { columns: true, bom: true },
)
function oracleMembers(code: string): string[] {
  const n = String(Number(code))
  return m49Rows
    .filter(
      (row) =>
        row["Region Code"] === n ||
        row["Sub-region Code"] === n ||
        row["Intermediate Region Code"] === n,
    )
    .map((row) => row["ISO-alpha2 Code"] ?? "")
    .sort()
}

describe("the grouping table", () => {
  const groupings = listGroupings()

  it("has the 12 reference groupings, then the 29 UN M49 areas by code", () => {
    expect(groupings.slice(0, 12).map((g) => g.id)).toEqual(REFERENCE_IDS)
    const m49 = groupings.slice(12)
    expect(m49).toHaveLength(29)
    expect(m49.every((g) => /^m49-\d{3}$/.test(g.id))).toBe(true)
    const codes = m49.map((g) => g.id)
    expect(codes).toEqual([...codes].sort())
    const levels = m49.map((g) => (g.extra as { level: string }).level)
    expect(levels.filter((l) => l === "region")).toHaveLength(5)
    expect(levels.filter((l) => l === "sub-region")).toHaveLength(17)
    expect(levels.filter((l) => l === "intermediate-region")).toHaveLength(7)
  })

  it("has unique ids, and every grouping is a valid Grouping", () => {
    expect(new Set(groupings.map((g) => g.id)).size).toBe(groupings.length)
    for (const grouping of groupings) {
      expect(groupingSchema.safeParse(grouping).success, grouping.id).toBe(true)
    }
  })

  it("names only valid country codes, with spans in order", () => {
    for (const grouping of groupings) {
      expect(grouping.members.length, grouping.id).toBeGreaterThan(0)
      for (const member of grouping.members) {
        expect(isCountryCode(member.country), `${grouping.id} ${member.country}`).toBe(true)
        if (member.from !== undefined && member.until !== undefined) {
          expect(member.from <= member.until, `${grouping.id} ${member.country}`).toBe(true)
        }
      }
    }
  })

  it("is frozen", () => {
    const asean = findGrouping("ASEAN") as Grouping
    expect(Object.isFrozen(listGroupings())).toBe(true)
    expect(Object.isFrozen(asean.members[0])).toBe(true)
    expect(() => {
      ;(asean.members as { country: string }[]).push({ country: "JP" })
    }).toThrow(TypeError)
  })
})

describe("membersOf", () => {
  it("ASEAN has 10 members without Timor-Leste on 2024-12-01, 11 with it on 2025-11-01", () => {
    expect(membersOf("ASEAN", "2024-12-01")).toEqual(ASEAN_10)
    expect(membersOf("ASEAN", "2025-11-01")).toEqual([...ASEAN_10, "TL"].sort())
  })

  it("reads Timor-Leste's first day of membership, 2025-10-26, as inclusive", () => {
    expect(membersOf("ASEAN", "2025-10-25")).not.toContain("TL")
    expect(membersOf("ASEAN", "2025-10-26")).toContain("TL")
    // A month or a year: a member on any day of it.
    expect(membersOf("ASEAN", "2025-10")).toContain("TL")
    expect(membersOf("ASEAN", "2025")).toContain("TL")
    expect(membersOf("ASEAN", "2025-09")).not.toContain("TL")
  })

  it("with no date gives the current members (spans without an end)", () => {
    expect(membersOf("ASEAN")).toHaveLength(11)
    expect(membersOf("EU")).toHaveLength(27)
    expect(membersOf("EU")).not.toContain("GB")
    expect(membersOf("G5-SAHEL")).toEqual(["MR", "TD"])
    expect(membersOf("ECOWAS")).toEqual(
      ["BJ", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "NG", "SN", "SL", "TG"].sort(),
    )
  })

  it("keeps the United Kingdom in the EU until 2020-01-31 inclusive", () => {
    expect(membersOf("EU", "2020-01-31")).toContain("GB")
    expect(membersOf("EU", "2020-02-01")).not.toContain("GB")
    expect(membersOf("EU", "2020-02-01")).toHaveLength(27)
    expect(membersOf("EU", "2020-01-31")).toHaveLength(28)
    expect(membersOf("EU", "2020")).toContain("GB")
    expect(membersOf("EU", "1972-12-31")).toHaveLength(6)
    expect(membersOf("EU", "1973-01-01")).toHaveLength(9)
  })

  it("records Kiribati's absence from the Pacific Islands Forum between its two spans", () => {
    expect(membersOf("PIF", "2022-07-09")).toContain("KI")
    expect(membersOf("PIF", "2022-07-10")).not.toContain("KI")
    expect(membersOf("PIF", "2022-12")).not.toContain("KI")
    expect(membersOf("PIF", "2023-02-23")).not.toContain("KI")
    expect(membersOf("PIF", "2023-02-24")).toContain("KI")
    // A year that touches either span counts; the country is listed once.
    expect(membersOf("PIF", "2022").filter((c) => c === "KI")).toEqual(["KI"])
    expect(membersOf("PIF")).toHaveLength(18)
  })

  it("reads a year or month `until` as its last day and a year `from` as its first", () => {
    expect(membersOf("ECOWAS", "2000-12-31")).toContain("MR")
    expect(membersOf("ECOWAS", "2001-01-01")).not.toContain("MR")
    expect(membersOf("ECOWAS", "1976-12-31")).not.toContain("CV")
    expect(membersOf("ECOWAS", "1977-01-01")).toContain("CV")
    expect(membersOf("ECOWAS", "2025-01-29")).toContain("ML")
    expect(membersOf("ECOWAS", "2025-01-30")).not.toContain("ML")
  })

  it("gives M49 South-eastern Asia (035) and Asia (142)", () => {
    expect(membersOf("m49-035")).toEqual([...ASEAN_10, "TL"].sort())
    const asia = membersOf("m49-142")
    expect(asia).toEqual(
      // biome-ignore format: a list read from the UNSD file by hand
      ["AE", "AF", "AM", "AZ", "BD", "BH", "BN", "BT", "CN", "CY", "GE", "HK", "ID", "IL", "IN",
        "IQ", "IR", "JO", "JP", "KG", "KH", "KP", "KR", "KW", "KZ", "LA", "LB", "LK", "MM", "MN",
        "MO", "MV", "MY", "NP", "OM", "PH", "PK", "PS", "QA", "SA", "SG", "SY", "TH", "TJ", "TL",
        "TM", "TR", "UZ", "VN", "YE"],
    )
    expect(asia).not.toContain("TW")
    expect(membersOf("m49-143")).toEqual(membersOf("CENTRAL-ASIA"))
    // M49 membership has no dates: any date gives the same members.
    expect(membersOf("m49-035", "1990")).toEqual(membersOf("m49-035"))
  })

  it("gives every M49 area the countries the UNSD file puts under it at any depth", () => {
    for (const grouping of listGroupings().filter((g) => g.id.startsWith("m49-"))) {
      expect(membersOf(grouping.id), grouping.id).toEqual(oracleMembers(grouping.id.slice(4)))
    }
  })

  it("treats AU as the African Union, not Australia", () => {
    expect(membersOf("AU")).toHaveLength(55)
    expect(membersOf("AU")).not.toContain("AU")
    expect(membersOf("AU", "2017-01-30")).not.toContain("MA")
    expect(membersOf("AU", "2017-01-31")).toContain("MA")
    expect(groupsOf("AU")).toEqual(["G20", "PIF", "m49-009", "m49-053"])
  })

  it("throws a RangeError that names an unknown id", () => {
    expect(() => membersOf("NATO")).toThrow(RangeError)
    expect(() => membersOf("NATO")).toThrow(/unknown grouping "NATO"/)
    expect(() => membersOf("asean")).toThrow(RangeError)
    expect(() => membersOf("m49-001")).toThrow(RangeError)
    expect(() => membersOf("")).toThrow(RangeError)
  })

  it.each(["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"])(
    "treats %s as an unknown group, leaving Object.prototype alone",
    (id) => {
      const before = Object.getOwnPropertyNames(Object.prototype).sort()
      expect(findGrouping(id)).toBeUndefined()
      expect(() => membersOf(id)).toThrow(RangeError)
      expect(() => isMember(id, "VN")).toThrow(RangeError)
      expect(groupsOf(id)).toEqual([])
      expect(resolveGrouping(id)).toBeUndefined()
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before)
    },
  )

  it("refuses an `on` that is not a partial date", () => {
    expect(() => membersOf("ASEAN", "2024-13")).toThrow(RangeError)
    expect(() => membersOf("ASEAN", "2023-02-29")).toThrow(/not a date/)
    expect(() => groupsOf("VN", "yesterday")).toThrow(RangeError)
  })
})

describe("groupsOf and isMember", () => {
  it("are the reverse of membersOf for every country, grouping and date", () => {
    const countries = listCountries().map((c) => c.alpha2)
    const dates = [undefined, "1990", "2016-09-10", "2020-01-31", "2022-08", "2024-12-01", "2025"]
    for (const on of dates) {
      const expected = new Map<string, string[]>()
      for (const grouping of listGroupings()) {
        for (const country of membersOf(grouping.id, on)) {
          expected.set(country, [...(expected.get(country) ?? []), grouping.id])
        }
      }
      for (const country of countries) {
        const groups = groupsOf(country, on)
        expect(groups, `${country} ${on}`).toEqual((expected.get(country) ?? []).sort())
        for (const grouping of listGroupings()) {
          expect(isMember(grouping.id, country, on)).toBe(groups.includes(grouping.id))
        }
      }
    }
  })

  it("gives Timor-Leste's groups before and after it joined ASEAN", () => {
    expect(groupsOf("TL", "2024-12-01")).toEqual(["m49-035", "m49-142"])
    expect(groupsOf("TL", "2025-11-01")).toEqual(["ASEAN", "m49-035", "m49-142"])
    expect(isMember("ASEAN", "TL", "2025-10-25")).toBe(false)
    expect(isMember("ASEAN", "TL", "2025-10-26")).toBe(true)
  })

  it("lists Kiribati in the PIF once, and not during its absence", () => {
    expect(groupsOf("KI", "2022").filter((g) => g === "PIF")).toEqual(["PIF"])
    expect(groupsOf("KI", "2022-08")).not.toContain("PIF")
  })

  it("gives Kosovo and Taiwan no M49 area, and unknown codes no group", () => {
    expect(groupsOf("XK")).toEqual([])
    expect(groupsOf("TW")).toEqual([])
    expect(groupsOf("AQ")).toEqual([])
    expect(groupsOf("ZZ")).toEqual([])
    expect(groupsOf("vn")).toEqual([])
  })

  it("gives Japan its groupings", () => {
    expect(groupsOf("JP", "2024")).toEqual(["G20", "G7", "m49-030", "m49-142"])
  })
})

describe("groupingMembers and resolveGrouping", () => {
  const own: Grouping = {
    id: "mekong",
    name: "Mekong countries",
    members: [
      { country: "KH" },
      { country: "LA" },
      { country: "VN", from: "1995" },
      { country: "TH", until: "2000-06" },
      { country: "TH", from: "2001" },
    ],
  }

  it("reads a caller's grouping without changing it", () => {
    const copy = structuredClone(own)
    expect(groupingMembers(own, "1994")).toEqual(["KH", "LA", "TH"])
    expect(groupingMembers(own, "2000-07")).toEqual(["KH", "LA", "VN"])
    expect(groupingMembers(own, "2000")).toEqual(["KH", "LA", "TH", "VN"])
    expect(groupingMembers(own)).toEqual(["KH", "LA", "TH", "VN"])
    expect(own).toEqual(copy)
  })

  it("prefers a dataset's own grouping to the reference one of the same id", () => {
    const mine: Grouping = {
      id: "ASEAN",
      name: "ASEAN as I count it",
      members: [{ country: "VN" }],
    }
    expect(resolveGrouping("ASEAN", [mine])).toBe(mine)
    expect(resolveGrouping("ASEAN", [own])).toBe(findGrouping("ASEAN"))
    expect(resolveGrouping("mekong", [own])).toBe(own)
    expect(resolveGrouping("mekong")).toBeUndefined()
    // A caller's grouping with a reference id is read from its own members.
    expect(groupingMembers(mine)).toEqual(["VN"])
  })
})

// A cross-check against the UNSD-derived file in ../shared (CC BY-SA names, so not copied
// into the repository). It is there on the developers' machines and in CI, not on a clone
// made elsewhere.
const derivedFile = new URL("../../../shared/reference/m49/m49.derived.json", import.meta.url)
describe.skipIf(!existsSync(derivedFile))("M49 cross-check with ../shared m49.derived.json", () => {
  it("has every area but the World, with the same members", () => {
    const derived = JSON.parse(readFileSync(derivedFile, "utf8")) as {
      areas: { code: string; level: string; members: string[] }[]
    }
    const areas = derived.areas.filter((a) => a.level !== "global")
    expect(listGroupings().filter((g) => g.id.startsWith("m49-"))).toHaveLength(areas.length)
    for (const area of areas) {
      expect(membersOf(`m49-${area.code}`), area.code).toEqual([...area.members].sort())
    }
  })
})
