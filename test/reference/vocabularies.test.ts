import { existsSync, readFileSync } from "node:fs"
import { parse } from "csv-parse/sync"
import { describe, expect, it } from "vitest"
import { findDacPurposeCode, listDacPurposeCodes } from "../../src/reference/dac.js"
import {
  findSdgGoal,
  findSdgTarget,
  listSdgGoals,
  listSdgTargets,
} from "../../src/reference/sdgs.js"
import { findTheme, isKnownTheme, THEMES } from "../../src/reference/themes.js"

describe("the SDGs", () => {
  it("are the 17 goals, numbered 1 to 17 in order", () => {
    const goals = listSdgGoals()
    expect(goals.map((g) => g.goal)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1))
    expect(new Set(goals.map((g) => g.short)).size).toBe(17)
    expect(findSdgGoal(16)?.short).toBe("Peace, justice and strong institutions")
    expect(findSdgGoal(16)?.title).toMatch(/^Promote peaceful and inclusive societies/)
    expect(findSdgGoal(1)?.short).toBe("No poverty")
    expect(findSdgGoal(0)).toBeUndefined()
    expect(findSdgGoal(18)).toBeUndefined()
  })

  it("ship every target of SDG 16, 16.1 to 16.10, then 16.a and 16.b", () => {
    const targets = listSdgTargets().map((t) => t.target)
    expect(targets).toEqual([
      "16.1",
      "16.2",
      "16.3",
      "16.4",
      "16.5",
      "16.6",
      "16.7",
      "16.8",
      "16.9",
      "16.10",
      "16.a",
      "16.b",
    ])
    expect(listSdgTargets().every((t) => t.goal === 16 && t.title.length > 20)).toBe(true)
    expect(findSdgTarget("16.5")?.title).toBe(
      "Substantially reduce corruption and bribery in all their forms",
    )
    // Wrapped YAML lines are joined with one space.
    expect(findSdgTarget("16.10")?.title).toBe(
      "Ensure public access to information and protect fundamental freedoms, in accordance with national legislation and international agreements",
    )
    expect(findSdgTarget("16.c")).toBeUndefined()
    expect(findSdgTarget("5.2")).toBeUndefined()
  })

  const csvFile = new URL("../../../shared/reference/sdg/sdg-targets.csv", import.meta.url)
  it.skipIf(!existsSync(csvFile))("agree with the SDG 16 rows of ../shared sdg-targets.csv", () => {
    const rows: { goal: string; target: string; target_title: string }[] = parse(
      readFileSync(csvFile),
      { columns: true },
    )
    const oracle = rows.filter((r) => r.goal === "16")
    expect(listSdgTargets().map((t) => [t.target, t.title])).toEqual(
      oracle.map((r) => [r.target, r.target_title]),
    )
  })
})

describe("the DAC purpose codes", () => {
  // The oracle: the shipped IATI file, read here by a pattern of its own.
  const xml = readFileSync(new URL("../../scripts/sources/Sector.xml", import.meta.url), "utf8")
  const oracle = new Map<number, string>()
  for (const match of xml.matchAll(
    /<code>(\d{5})<\/code>\s*<name>\s*<narrative>([^<]*)<\/narrative>/g,
  )) {
    oracle.set(Number(match[1]), (match[2] ?? "").replaceAll("&apos;", "'"))
  }

  it("are every code of the 151xx and 152xx families in the IATI Sector codelist", () => {
    const family = (code: number) =>
      Math.floor(code / 100) === 151 || Math.floor(code / 100) === 152
    const shipped = listDacPurposeCodes()
      .map((c) => c.code)
      .filter(family)
    expect(shipped).toEqual([...oracle.keys()].filter(family).sort((a, b) => a - b))
    expect(shipped).toHaveLength(54)
  })

  it("carry the codelist's English names, categories and withdrawals", () => {
    for (const code of listDacPurposeCodes()) {
      expect(code.name, String(code.code)).toBe(oracle.get(code.code))
      expect(code.category).toBe(Math.floor(code.code / 100))
    }
    expect(findDacPurposeCode(15113)?.name).toBe("Anti-corruption organisations and institutions")
    expect(findDacPurposeCode(15130)?.name).toBe("Legal and judicial development")
    expect(findDacPurposeCode(15137)?.name).toBe("Prisons")
    expect(findDacPurposeCode(15120)).toEqual({
      code: 15120,
      name: "Public sector financial management",
      category: 151,
      status: "withdrawn",
      withdrawnOn: "2020-02-28",
    })
    expect(findDacPurposeCode(11110)).toBeUndefined()
  })

  it("outside the two families, hold only the codes the themes name", () => {
    const themed = new Set(THEMES.flatMap((t) => t.dacPurposeCodes ?? []))
    const others = listDacPurposeCodes().filter((c) => c.category !== 151 && c.category !== 152)
    expect(others.map((c) => c.code)).toEqual([16063])
    expect(others.every((c) => themed.has(c.code))).toBe(true)
  })

  it("are unique and sorted", () => {
    const codes = listDacPurposeCodes().map((c) => c.code)
    expect(new Set(codes).size).toBe(codes.length)
    expect(codes).toEqual([...codes].sort((a, b) => a - b))
  })
})

describe("the theme vocabulary", () => {
  const DESIGN_THEMES = [
    "anti-corruption",
    "trafficking-in-persons",
    "corrections",
    "crime-prevention",
    "civil-law",
    "legislative-drafting",
    "judicial-training",
    "maritime-law-enforcement",
    "cybercrime",
    "drugs",
    "counter-terrorism",
    "money-laundering",
    "border-control",
    "democratization",
    "media",
    "local-governance",
    "mutual-legal-assistance",
    "asset-recovery",
  ]

  it("has the themes of DESIGN.md, unique kebab-case ids sorted, each with a label", () => {
    const ids = THEMES.map((t) => t.id)
    for (const id of DESIGN_THEMES) expect(ids).toContain(id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual([...ids].sort())
    expect(ids.every((id) => /^[a-z]+(?:-[a-z]+)*$/.test(id))).toBe(true)
    expect(THEMES.every((t) => t.label.length > 0)).toBe(true)
    expect(THEMES).toHaveLength(32)
  })

  it("maps anti-corruption to DAC 15113 and SDG 16.5", () => {
    expect(findTheme("anti-corruption")).toEqual({
      id: "anti-corruption",
      label: "Anti-corruption",
      dacPurposeCodes: [15113],
      sdgTargets: ["16.5"],
    })
    expect(findTheme("corrections")?.dacPurposeCodes).toEqual([15137])
    expect(findTheme("drugs")?.dacPurposeCodes).toEqual([16063])
    expect(findTheme("trafficking-in-persons")?.sdgTargets).toEqual(["16.2"])
  })

  it("names only active shipped DAC codes and shipped SDG targets", () => {
    for (const theme of THEMES) {
      for (const code of theme.dacPurposeCodes ?? []) {
        expect(findDacPurposeCode(code)?.status, `${theme.id} ${code}`).toBe("active")
      }
      for (const target of theme.sdgTargets ?? []) {
        expect(findSdgTarget(target), `${theme.id} ${target}`).toBeDefined()
      }
    }
  })

  it("knows its ids only, prototype keys included", () => {
    expect(isKnownTheme("anti-corruption")).toBe(true)
    expect(isKnownTheme("Anti-corruption")).toBe(false)
    expect(isKnownTheme("space")).toBe(false)
    for (const key of ["__proto__", "constructor", "toString"]) {
      expect(isKnownTheme(key)).toBe(false)
      expect(findTheme(key)).toBeUndefined()
    }
  })

  it("is frozen", () => {
    expect(Object.isFrozen(THEMES)).toBe(true)
    expect(Object.isFrozen(THEMES[0])).toBe(true)
    expect(Object.isFrozen(listSdgGoals())).toBe(true)
    expect(Object.isFrozen(listDacPurposeCodes()[0])).toBe(true)
  })
})
