// Generates three tables under src/reference/ (run with `npm run generate`):
// - sdgs-data.ts: the 17 SDGs and the targets of SDG 16, from open-sdg/sdg-translations
//   (scripts/sources/global_goals.en.yml, global_targets.en.yml; MIT; official UN wording);
// - dac-data.ts: the OECD DAC purpose codes of the 151xx (Government and civil society) and
//   152xx (Conflict, peace and security) families, and the other codes the theme vocabulary
//   names, from the IATI Sector codelist (scripts/sources/Sector.xml; CC BY 4.0, "IATI
//   Standard (http://iatistandard.org/)"; the codes are the OECD DAC CRS codes);
// - themes-data.ts: the library's own theme vocabulary (THEMES below), whose DAC codes and
//   SDG targets are checked against those two sources here.
import { readFileSync, writeFileSync } from "node:fs"

const read = (name) => readFileSync(new URL(`./sources/${name}`, import.meta.url), "utf8")

// --- The theme vocabulary: the library's own (DESIGN.md §1, extended for the seed texts). ---
// A DAC purpose code or SDG target is given only where one plainly matches (the code's own
// description names the activity, or the target's wording does).
const THEMES = [
  { id: "anti-corruption", label: "Anti-corruption", dac: [15113], sdg: ["16.5"] },
  { id: "asset-recovery", label: "Asset recovery", dac: [15113], sdg: ["16.4"] },
  { id: "border-control", label: "Border control and customs", dac: [15130] },
  { id: "civil-law", label: "Civil and commercial law", dac: [15130], sdg: ["16.3"] },
  {
    id: "corrections",
    label: "Corrections and treatment of offenders",
    dac: [15137],
    sdg: ["16.3"],
  },
  { id: "counter-terrorism", label: "Counter-terrorism", sdg: ["16.a"] },
  {
    id: "crime-prevention",
    label: "Crime prevention and criminal justice",
    dac: [15130],
    sdg: ["16.a"],
  },
  // Emerging issues of the Japan–UNODC framework (seed 004, goal 5).
  { id: "critical-minerals", label: "Illegal mining and trafficking in critical minerals" },
  { id: "cybercrime", label: "Cybercrime and technology-enabled crime" },
  { id: "democratization", label: "Democratization", dac: [15150], sdg: ["16.7"] },
  { id: "drugs", label: "Illicit drugs", dac: [16063] },
  { id: "elections", label: "Elections", dac: [15151], sdg: ["16.7"] },
  { id: "firearms", label: "Illicit firearms and small arms", dac: [15240], sdg: ["16.4"] },
  // Goal 6 of the Japan–UNODC framework (seed 004): gender equality, WPS and youth.
  { id: "gender-equality", label: "Gender equality, and Women, Peace and Security" },
  { id: "human-rights", label: "Human rights", dac: [15160], sdg: ["16.10"] },
  {
    id: "judicial-training",
    label: "Training of judges and legal professionals",
    dac: [15130],
    sdg: ["16.3"],
  },
  {
    id: "law-enforcement",
    label: "Police and law enforcement capacity",
    dac: [15132],
    sdg: ["16.a"],
  },
  { id: "legislative-drafting", label: "Legislative drafting", dac: [15130], sdg: ["16.3"] },
  {
    id: "local-governance",
    label: "Local governance and decentralisation",
    dac: [15112, 15185],
    sdg: ["16.7"],
  },
  {
    id: "maritime-law-enforcement",
    label: "Maritime law enforcement and maritime domain awareness",
  },
  { id: "maritime-safety", label: "Maritime safety and hydrography" },
  { id: "media", label: "Media and free flow of information", dac: [15153], sdg: ["16.10"] },
  { id: "mine-action", label: "Landmines and explosive remnants of war", dac: [15250] },
  {
    id: "money-laundering",
    label: "Money laundering and illicit financial flows",
    dac: [15113],
    sdg: ["16.4"],
  },
  {
    id: "mutual-legal-assistance",
    label: "Mutual legal assistance and international cooperation",
    dac: [15130],
    sdg: ["16.3"],
  },
  { id: "organized-crime", label: "Transnational organized crime", sdg: ["16.4"] },
  {
    id: "peacebuilding",
    label: "Peacebuilding and conflict prevention",
    dac: [15220],
    sdg: ["16.1"],
  },
  {
    id: "rule-of-law",
    label: "Rule of law and legal and judicial development",
    dac: [15130],
    sdg: ["16.3"],
  },
  { id: "submarine-cable-protection", label: "Protection of submarine cables" },
  { id: "trafficking-in-persons", label: "Trafficking in persons", sdg: ["16.2"] },
  { id: "violent-extremism", label: "Preventing and countering violent extremism", sdg: ["16.a"] },
  { id: "youth", label: "Empowerment of youth" },
]

// --- SDGs: a reader for the flat `key: value` YAML of sdg-translations (values may wrap). ---
function readFlatYaml(text) {
  const entries = new Map()
  let key
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "") continue
    const match = /^([0-9a-z-]+):\s(.*)$/.exec(line)
    if (match !== null) {
      key = match[1]
      if (/^['"|>]/.test(match[2])) throw new Error(`quoted or block YAML value at ${key}`)
      entries.set(key, match[2].trim())
    } else if (/^\s+\S/.test(line) && key !== undefined) {
      entries.set(key, `${entries.get(key)} ${line.trim()}`)
    } else throw new Error(`unexpected YAML line: ${line}`)
  }
  return entries
}
const goalsYaml = readFlatYaml(read("global_goals.en.yml"))
const targetsYaml = readFlatYaml(read("global_targets.en.yml"))
const goals = []
for (let goal = 1; goal <= 17; goal++) {
  const short = goalsYaml.get(`${goal}-short`)
  const title = goalsYaml.get(`${goal}-title`)
  if (short === undefined || title === undefined) throw new Error(`SDG ${goal} missing`)
  goals.push({ goal, short: short[0].toUpperCase() + short.slice(1), title })
}
const targetOrder = (t) => (/^\d+$/.test(t) ? Number(t) : 100 + t.charCodeAt(0))
const targets = [...targetsYaml]
  .map(([key, title]) => ({ key: /^16-([0-9a-z]+)-title$/.exec(key)?.[1], title }))
  .filter((t) => t.key !== undefined)
  .sort((a, b) => targetOrder(a.key) - targetOrder(b.key))
  .map((t) => ({ target: `16.${t.key}`, goal: 16, title: t.title }))

// --- DAC purpose codes from the IATI Sector codelist. ---
const sectorXml = read("Sector.xml")
const allCodes = new Map()
for (const item of sectorXml.matchAll(/<codelist-item([^>]*)>([\s\S]*?)<\/codelist-item>/g)) {
  const code = Number(/<code>(\d{5})<\/code>/.exec(item[2])?.[1])
  const name = /<name>\s*<narrative>([^<]*)<\/narrative>/.exec(item[2])?.[1]
  const category = Number(/<category>(\d+)<\/category>/.exec(item[2])?.[1])
  const status = /status="([a-z]+)"/.exec(item[1])?.[1] ?? "active"
  const withdrawn = /withdrawal-date="([\d-]+)"/.exec(item[1])?.[1]
  if (!Number.isInteger(code) || name === undefined) throw new Error("unreadable Sector item")
  allCodes.set(code, {
    code,
    name: name.replaceAll("&amp;", "&").replaceAll("&apos;", "'").replaceAll("&quot;", '"'),
    category,
    status,
    ...(withdrawn === undefined ? {} : { withdrawnOn: withdrawn }),
  })
}
const themeCodes = new Set(THEMES.flatMap((t) => t.dac ?? []))
const dac = [...allCodes.values()]
  .filter((c) => c.category === 151 || c.category === 152 || themeCodes.has(c.code))
  .sort((a, b) => a.code - b.code)

// --- Check the themes against the sources. ---
const targetIds = new Set(targets.map((t) => t.target))
const seenThemes = new Set()
for (const theme of THEMES) {
  if (seenThemes.has(theme.id)) throw new Error(`duplicate theme ${theme.id}`)
  seenThemes.add(theme.id)
  for (const code of theme.dac ?? []) {
    if (allCodes.get(code)?.status !== "active") throw new Error(`${theme.id}: ${code} not active`)
  }
  for (const target of theme.sdg ?? []) {
    if (!targetIds.has(target)) throw new Error(`${theme.id}: ${target} not an SDG 16 target`)
  }
}
const themes = THEMES.map(({ id, label, dac: codes, sdg }) => ({
  id,
  label,
  ...(codes === undefined ? {} : { dacPurposeCodes: codes }),
  ...(sdg === undefined ? {} : { sdgTargets: sdg }),
}))

const generated = (sources) =>
  `// Generated by scripts/generate-vocabularies.mjs — do not edit.\n${sources}`
const SDG_SOURCE = `// Source: open-sdg/sdg-translations, translations/en (commit 0cda585851a5c6f04040a9a2755fbb4496c4eead,
// 2025-08-19; MIT, © 2019 Open SDG): the official UN wording (A/RES/70/1).
`
const DAC_SOURCE = `// Source: IATI Sector codelist (IATI-Codelists-NonEmbedded, commit 7aeece773c60afa0265eb95e988d5e61e96d8482,
// 2026-06-22; CC BY 4.0, "IATI Standard (http://iatistandard.org/)"), which replicates the OECD DAC
// CRS purpose codes ("DAC 5 Digit Sector"). English names only.
`
const write = (file, text) =>
  writeFileSync(new URL(`../src/reference/${file}`, import.meta.url), text)

write(
  "sdgs-data.ts",
  `${generated(SDG_SOURCE)}import { deepFreeze } from "./deep-freeze.js"
import type { SdgGoal, SdgTarget } from "./sdgs.js"

/** The 17 Sustainable Development Goals, in order. */
export const SDG_GOALS: readonly SdgGoal[] = /* @__PURE__ */ deepFreeze(${JSON.stringify(goals)})

/** The ${targets.length} targets of SDG 16, numbered ones first, then 16.a and 16.b. */
export const SDG16_TARGETS: readonly SdgTarget[] = /* @__PURE__ */ deepFreeze(${JSON.stringify(targets)})
`,
)
write(
  "dac-data.ts",
  `${generated(DAC_SOURCE)}import { deepFreeze } from "./deep-freeze.js"
import type { DacPurposeCode } from "./dac.js"

/** The DAC purpose codes of the 151xx and 152xx families, and those the theme vocabulary names (${[...themeCodes].filter((c) => Math.floor(c / 100) !== 151 && Math.floor(c / 100) !== 152).join(", ")}), by code. */
export const DAC_PURPOSE_CODES: readonly DacPurposeCode[] = /* @__PURE__ */ deepFreeze(${JSON.stringify(dac)})
`,
)
write(
  "themes-data.ts",
  `${generated(`// Source: the library's own theme vocabulary (THEMES in the generator), its DAC purpose codes
// checked against the IATI Sector codelist and its SDG targets against open-sdg (see
// dac-data.ts and sdgs-data.ts).
`)}import { deepFreeze } from "./deep-freeze.js"
import type { Theme } from "./themes.js"

/**
 * The reference theme vocabulary, sorted by id: the themes of DESIGN.md with labels and, where
 * one plainly matches, OECD DAC purpose codes and SDG targets. Frozen.
 *
 * @example
 * THEMES.find((t) => t.id === "anti-corruption")?.dacPurposeCodes //=> [15113]
 *
 * @category Reference
 */
export const THEMES: readonly Theme[] = /* @__PURE__ */ deepFreeze(${JSON.stringify(themes)})
`,
)
console.log(
  `vocabularies: ${goals.length} SDGs, ${targets.length} SDG 16 targets, ${dac.length} DAC codes, ${themes.length} themes`,
)
