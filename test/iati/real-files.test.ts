// Every real IATI file of test/fixtures/iati read by readIati, and by a reading of this test's
// own: regular expressions over the text (and xmllint's count of iati-activity elements), which
// share no code with src/iati. They must agree on every activity: its id, title, status, period,
// countries, DAC purpose codes, organisation links and budget, as docs/iati.md maps them. The file
// is also read in small chunks (an async iterable of bytes) and must read the same.
import { spawnSync } from "node:child_process"
import { readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { readIati } from "../../src/iati/index.js"
import type { Programme } from "../../src/schemas/index.js"
import { validateDataset } from "../../src/validate/index.js"

const DIR = new URL("../fixtures/iati/", import.meta.url)
const fixture = (name: string) => readFileSync(new URL(name, DIR))
const REAL = readdirSync(DIR)
  .filter((f) => f.endsWith(".xml") && !f.startsWith("broken"))
  .sort()
const HAS_XMLLINT = spawnSync("xmllint", ["--version"]).status === 0

// ---- the independent reading ---------------------------------------------------------------

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === "#")
      return String.fromCodePoint(
        name[1]?.toLowerCase() === "x" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)),
      )
    return ENTITIES[name] ?? whole
  })
/** An attribute of a start tag (the text between `<name` and `>`). */
const attrOf = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag)
  const value = m === null ? undefined : decode(m[1] ?? m[2] ?? "").trim()
  return value === "" ? undefined : value
}
/** Every element `name` directly in `xml`: its start tag's attributes and its content. */
const elements = (xml: string, name: string) =>
  [...xml.matchAll(new RegExp(`<${name}(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</${name}>)`, "g"))].map(
    (m) => ({ tag: m[1] ?? "", body: m[2] ?? "" }),
  )
/** The activity without the blocks whose children share names with the activity's own. */
const topLevel = (activity: string) =>
  activity
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(
      /<(transaction|document-link|result|location|planned-disbursement|budget|crs-add|fss|country-budget-items|conditions|contact-info|other-identifier|related-activity|description|policy-marker)[\s>/][\s\S]*?<\/\1>/g,
      "",
    )
const STATUS: Record<string, Programme["status"]> = {
  "1": "planned",
  "2": "ongoing",
  "3": "completed",
  "4": "completed",
  "5": "cancelled",
  "6": "postponed",
  implementation: "ongoing",
  completion: "completed",
  "post-completion": "completed",
  pipeline: "planned",
}
const DATE_TYPE: Record<string, number> = {
  "1": 1,
  "start-planned": 1,
  "2": 2,
  "start-actual": 2,
  "3": 3,
  "end-planned": 3,
  "4": 4,
  "end-actual": 4,
}
const ROLE: Record<string, string> = {
  "1": "funding",
  funding: "funding",
  "2": "accountable",
  accountable: "accountable",
  "3": "extending",
  extending: "extending",
  "4": "implementing",
  implementing: "implementing",
}
const isEnglish = (lang: string | undefined) => lang !== undefined && /^en\b/i.test(lang)

type Reading = {
  id?: string
  title?: string
  status?: Programme["status"]
  period?: { start: string; end?: string }
  countries: string[]
  dac: number[]
  links: { organisation: string; role: string }[]
  budget?: { amount: string; currency: string }
  /** `code:percentage` of the activity's recipient-country and sector (vocabulary 1) shares. */
  shares: { countries: string[]; sectors: string[] }
}

/** Exact decimal sum of decimal strings (as text, so no float is involved). */
function addDecimals(values: string[]): string {
  const scale = Math.max(0, ...values.map((v) => v.split(".")[1]?.length ?? 0))
  const total = values.reduce((sum, v) => {
    const [whole = "0", fraction = ""] = v.replace(/^\+/, "").split(".")
    return sum + BigInt(whole + fraction.padEnd(scale, "0"))
  }, 0n)
  const sign = total < 0n ? "-" : ""
  const digits = (total < 0n ? -total : total).toString().padStart(scale + 1, "0")
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`
  return sign + text.replace(/\.?0+$/, (m) => (m.includes(".") ? "" : m))
}

function independentReading(xml: string): Reading[] {
  const fileLang = attrOf(/<iati-activities(\s[^>]*)?>/.exec(xml)?.[1] ?? "", "xml:lang")
  return [...xml.matchAll(/<iati-activity(\s[^>]*)?>([\s\S]*?)<\/iati-activity>/g)].map((m) => {
    const activityLang = attrOf(m[1] ?? "", "xml:lang") ?? fileLang
    const body = topLevel(m[2] ?? "")
    const reading: Reading = {
      countries: [],
      dac: [],
      links: [],
      shares: { countries: [], sectors: [] },
    }
    const id = decode(/<iati-identifier>([^<]*)<\/iati-identifier>/.exec(body)?.[1] ?? "").trim()
    if (id !== "") reading.id = id
    // Title: every narrative of every title element, with the language it has or inherits.
    const texts: { text: string; lang: string | undefined }[] = []
    for (const title of elements(body, "title")) {
      const titleLang = attrOf(title.tag, "xml:lang") ?? activityLang
      const narratives = elements(title.body, "narrative")
      if (narratives.length === 0) texts.push({ text: title.body, lang: titleLang })
      for (const n of narratives)
        texts.push({ text: n.body, lang: attrOf(n.tag, "xml:lang") ?? titleLang })
    }
    const nonEmpty = texts
      .map((t) => ({ ...t, text: decode(t.text).trim() }))
      .filter((t) => t.text !== "")
    const title = (nonEmpty.find((t) => isEnglish(t.lang)) ?? nonEmpty[0])?.text
    if (title !== undefined) reading.title = title
    const status = elements(body, "activity-status")[0]
    if (status !== undefined) {
      const s = STATUS[attrOf(status.tag, "code") ?? status.body.trim().toLowerCase()]
      if (s !== undefined) reading.status = s
    }
    const dates = new Map<number, string>()
    for (const d of elements(body, "activity-date")) {
      const type = DATE_TYPE[(attrOf(d.tag, "type") ?? "").toLowerCase()]
      const date = (attrOf(d.tag, "iso-date") ?? d.body.trim()).slice(0, 10)
      if (type !== undefined && /^\d{4}(-\d\d){0,2}$/.test(date) && !dates.has(type))
        dates.set(type, date)
    }
    const start = dates.get(2) ?? dates.get(1)
    const end = dates.get(4) ?? dates.get(3)
    if (start !== undefined) reading.period = end === undefined ? { start } : { start, end }
    // Sectors and places on the transactions count when the activity has none (IATI 2.01+).
    const transactions = elements(m[2] ?? "", "transaction")
      .map((t) => t.body)
      .join("")
    const sectorsFrom = /<sector[\s/>]/.test(body) ? body : transactions
    const placesFrom = /<recipient-(country|region)[\s/>]/.test(body) ? body : transactions
    for (const c of elements(body, "recipient-country")) {
      const [code, share] = [attrOf(c.tag, "code"), attrOf(c.tag, "percentage")]
      if (code !== undefined && share !== undefined)
        reading.shares.countries.push(`${code}:${share}`)
    }
    for (const s of elements(body, "sector")) {
      const [code, share] = [attrOf(s.tag, "code"), attrOf(s.tag, "percentage")]
      const vocabulary = attrOf(s.tag, "vocabulary") ?? "1"
      if ((vocabulary === "1" || vocabulary === "DAC") && code !== undefined && share !== undefined)
        reading.shares.sectors.push(`${code}:${share}`)
    }
    for (const c of elements(placesFrom, "recipient-country")) {
      const code = attrOf(c.tag, "code")?.toUpperCase()
      if (code !== undefined && /^[A-Z]{2}$/.test(code) && !reading.countries.includes(code))
        reading.countries.push(code)
    }
    for (const s of elements(sectorsFrom, "sector")) {
      const vocabulary = attrOf(s.tag, "vocabulary") ?? "1"
      const code = attrOf(s.tag, "code") ?? ""
      if ((vocabulary === "1" || vocabulary === "DAC") && /^[1-9]\d{4}$/.test(code))
        if (!reading.dac.includes(Number(code))) reading.dac.push(Number(code))
    }
    for (const p of elements(body, "participating-org")) {
      const ref = attrOf(p.tag, "ref")
      const role = ROLE[(attrOf(p.tag, "role") ?? "").toLowerCase()]
      if (ref === undefined || role === undefined) continue
      if (!reading.links.some((l) => l.organisation === ref && l.role === role))
        reading.links.push({ organisation: ref, role })
    }
    // Budgets (from the untouched activity): all original, one currency → their exact sum.
    const defaultCurrency = attrOf(m[1] ?? "", "default-currency")
    const budgets = elements(m[2] ?? "", "budget").map((b) => {
      const value = elements(b.body, "value")[0]
      return {
        type: (attrOf(b.tag, "type") ?? "1").toLowerCase(),
        currency: (value && attrOf(value.tag, "currency")) ?? defaultCurrency,
        amount: value?.body.trim() ?? "",
      }
    })
    const currencies = new Set(budgets.map((b) => b.currency))
    if (
      budgets.length > 0 &&
      budgets.every(
        (b) => (b.type === "1" || b.type === "original") && /^-?\d+(\.\d+)?$/.test(b.amount),
      ) &&
      currencies.size === 1 &&
      [...currencies][0] !== undefined
    ) {
      const amount = addDecimals(budgets.map((b) => b.amount))
      if (!amount.startsWith("-"))
        reading.budget = { amount, currency: [...currencies][0] as string }
    }
    return reading
  })
}

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size)
}

// ---- the comparison ------------------------------------------------------------------------

describe.each(REAL)("%s", (name) => {
  const bytes = fixture(name)
  const xml = bytes.toString("utf8")
  const expected = independentReading(xml)

  it("has as many activities as xmllint counts, each a programme or an issue naming it", async () => {
    if (HAS_XMLLINT) {
      const count = spawnSync(
        "xmllint",
        ["--nonet", "--xpath", "count(//iati-activity)", fileURLToPath(new URL(name, DIR))],
        { encoding: "utf8" },
      )
      expect(Number(count.stdout.trim())).toBe(expected.length)
    }
    const { dataset, issues } = await readIati(bytes)
    const incomplete = issues.filter((i) => i.code === "iati/activity-incomplete")
    expect(dataset.programmes.length + incomplete.length).toBe(expected.length)
    // Every activity without a programme is named by an issue at its position.
    const made = new Set(dataset.programmes.map((p) => p.id))
    expected.forEach((reading, index) => {
      if (reading.id !== undefined && made.has(reading.id)) return
      expect(incomplete.map((i) => i.path[1])).toContain(index)
    })
    expect(
      issues.filter((i) => i.severity === "error" && i.code !== "iati/activity-incomplete"),
    ).toEqual([])
  })

  it("reads each activity as this test reads it", async () => {
    const { dataset } = await readIati(bytes)
    const byId = new Map(dataset.programmes.map((p) => [p.id, p]))
    for (const reading of expected) {
      if (
        reading.id === undefined ||
        reading.title === undefined ||
        reading.status === undefined ||
        reading.period === undefined
      )
        continue
      const p = byId.get(reading.id)
      expect(p, reading.id).toBeDefined()
      expect(p?.title, reading.id).toBe(reading.title)
      expect(p?.status, reading.id).toBe(reading.status)
      expect(p?.period, reading.id).toEqual(reading.period)
      expect(p?.countries ?? [], reading.id).toEqual(reading.countries)
      expect(p?.dacPurposeCodes ?? [], reading.id).toEqual(reading.dac)
      expect(p?.organisations ?? [], reading.id).toEqual(reading.links)
      // The shares (percentages) are kept with their elements under extra.iati.
      const keptShares = (name: string, vocabularyOne: boolean) =>
        ((p?.extra?.iati as Record<string, Record<string, string>[]> | undefined)?.[name] ?? [])
          .filter(
            (e) =>
              e["@percentage"] !== undefined &&
              (!vocabularyOne || ["1", "DAC", undefined].includes(e["@vocabulary"])),
          )
          .map((e) => `${e["@code"]}:${e["@percentage"]}`)
      expect(keptShares("recipient-country", false), reading.id).toEqual(reading.shares.countries)
      expect(keptShares("sector", true), reading.id).toEqual(reading.shares.sectors)
      expect(
        p?.budget === undefined
          ? undefined
          : { amount: String(p.budget.amount), currency: p.budget.currency },
        reading.id,
      ).toEqual(reading.budget)
    }
  })

  it("reads the same in chunks of 1, 7 and 4096 bytes, and the dataset validates", async () => {
    const whole = await readIati(bytes)
    for (const size of [1, 7, 4096]) expect(await readIati(chunksOf(bytes, size))).toEqual(whole)
    const validation = validateDataset(whole.dataset)
    expect(validation.issues.filter((i) => i.severity === "error")).toEqual([])
  })
})

// ---- by hand: what a person reading each added file finds in it ----------------------------

const kept = (p: Programme | undefined) => (p?.extra?.iati ?? {}) as Record<string, any[]>
const programmeOf = async (name: string, id: string) => {
  const { dataset, issues } = await readIati(fixture(name))
  return { p: dataset.programmes.find((x) => x.id === id), dataset, issues }
}

describe("read by hand", () => {
  const DFID = "iati-2.01-dfid-albania-iaticloud-8-activities.xml"
  const CONCERN = "iati-1.0x-concern-universal-repeated-participation-49-activities.xml"

  it("DFID 2.01 (GB-GOV-1): a hierarchy of parents and children, budgets of type 1 added, revised ones not", async () => {
    const { p, dataset } = await programmeOf(DFID, "GB-1-109616-101")
    expect(dataset.programmes.map((x) => x.id)).toEqual([
      "GB-1-109616",
      "GB-1-109616-101",
      "GB-1-109635",
      "GB-1-109635-101",
      "GB-1-109635-102",
      "GB-1-109636",
      "GB-1-109636-101",
      "GB-1-109636-102",
    ])
    expect(p).toMatchObject({
      title: "MULTILATORGANISATION and P0303 for Support to the Intergrated Planning System",
      status: "completed", // activity-status 4 (closed)
      period: { start: "2007-01-01", end: "2009-03-06" }, // types 2 and 4, not 1 and 3
      countries: ["AL"],
      dacPurposeCodes: [15110],
      kind: "technical-cooperation-project", // default-aid-type C01
      organisations: [
        { organisation: "GB", role: "funding" },
        { organisation: "GB-GOV-1", role: "extending" },
        { organisation: "44001", role: "implementing" },
      ],
      budget: { amount: 1500000, currency: "GBP" }, // three budgets of 500000.00
    })
    expect(kept(p)["@hierarchy"]).toBe("2")
    expect(kept(p)["reporting-org"]?.[0]?.["@secondary-reporter"]).toBe("false")
    // The parent: actual start 2007-03-15 over planned 2007-01-01.
    expect(dataset.programmes[0]?.period).toEqual({ start: "2007-03-15", end: "2011-03-31" })
    expect(kept(dataset.programmes[0])["@hierarchy"]).toBe("1")
    // <recipient-country percentage="100.00" code="AL"/>: the share kept as written.
    expect(kept(dataset.programmes[0])["recipient-country"]).toEqual([
      { "@percentage": "100.00", "@code": "AL" },
    ])
    // -101 of 109635 mixes revised budgets (type 2, one of -7826.00) with original ones: none.
    const mixed = dataset.programmes.find((x) => x.id === "GB-1-109635-101")
    expect(mixed?.budget).toBeUndefined()
    expect(kept(mixed).budget?.map((b) => b["@type"])).toEqual(["2", "2", "1", "1", "1"])
    // Sector percentages are kept as written.
    const women = dataset.programmes.find((x) => x.id === "GB-1-109636")
    expect(women?.dacPurposeCodes).toEqual([15160, 15150])
    expect(kept(women).sector?.map((s) => s["@percentage"])).toEqual(["80.00", "20.00"])
    expect(dataset.organisations).toEqual([
      { id: "GB-GOV-1", name: "Department for International Development", type: "government" },
      { id: "GB", name: "UNITED KINGDOM", type: "government" },
      { id: "44001", name: "International Bank for Reconstruction and Development", type: "other" },
      { id: "22000", name: "Donor country-based NGO", type: "other" },
    ])
  })

  it("Concern Universal 1.0 (GB-CHC-272465): the same organisation and role repeated is one link", async () => {
    const { p, dataset, issues } = await programmeOf(CONCERN, "GB-CHC-272465-932")
    expect(dataset.programmes).toHaveLength(49)
    // Six funders without @ref, each followed by Concern Universal as implementing.
    expect(p?.organisations).toEqual([{ organisation: "GB-CHC-272465", role: "implementing" }])
    expect(kept(p)["participating-org"]).toHaveLength(11) // 6 without @ref + 5 repeats
    expect(
      issues.filter(
        (i) => i.code === "iati/organisation-without-ref" && i.entity?.id === "GB-CHC-272465-932",
      ),
    ).toHaveLength(6)
    expect(p).toMatchObject({
      title: "Ghana - Micro-loans for the Women of the Upper West",
      status: "ongoing",
      period: { start: "2010-01-01", end: "2014-12-31" }, // planned dates, listed out of order
      countries: ["GH"],
      dacPurposeCodes: [31120], // <sector code="31120" vocab="DAC">: no @vocabulary, so 1
    })
    // The identifier comes after the transaction and description: elements in any order.
    expect(dataset.programmes[0]?.id).toBe("GB-CHC-272465-680")
    // Character references are read as written: &#xE7;&#x151; is "çő" (the publisher meant
    // "çõ"), &#x92; is U+0092 (a Windows-1252 apostrophe): nothing is guessed.
    const niassa = dataset.programmes.find((x) => x.id === "GB-CHC-272465-867")
    expect(niassa?.title).toBe(
      "Mozambique - Fortalecimento das Organiza\u00e7\u0151es de Sociedade Civil na Prov\u00edncia de Niassa",
    )
    const widows = dataset.programmes.find((x) => x.id === "GB-CHC-272465-921")
    expect(widows?.title).toContain("Women\u0092s Ill-treatment")
    expect(dataset.programmes.find((x) => x.id === "GB-CHC-272465-1194")?.status).toBe("completed")
  })

  it("Global Fund 1.0x: a comment before the root, budgets with only an end, an organisation type as a word", async () => {
    const name = "iati-1.0x-globalfund-armenia-comment-before-root-1-activity.xml"
    const { p, dataset, issues } = await programmeOf(name, "47045-ARM-202-G05-H-00")
    expect(p).toMatchObject({
      status: "ongoing",
      period: { start: "2009-10-01" },
      countries: ["AM"],
      organisations: [{ organisation: "47045", role: "funding" }],
      // 253482 + 1257879 + 221019 + 969178 + 300295 + 1840852
      budget: { amount: 4842705, currency: "USD" },
    })
    expect(dataset.organisations).toEqual([
      {
        id: "47045",
        name: "The Global Fund to Fight AIDS, Tuberculosis and Malaria",
        type: "intergovernmental", // type 40, not a UN body's code
      },
    ])
    // <participating-org role="Implementing" type="Government"> has no @ref: kept, reported.
    expect(issues.filter((i) => i.code === "iati/organisation-without-ref")).toHaveLength(1)
    expect(kept(p)["participating-org"]?.[0]?.["@type"]).toBe("Government")
  })

  it("World Vision UK 1.0x without @version, and AET 1.0x with a region only", async () => {
    const wv = await readIati(
      fixture("iati-1.0x-worldvision-uk-malawi-no-version-2-activities.xml"),
    )
    expect(wv.dataset.programmes.map((x) => [x.id, x.title, x.budget?.amount])).toEqual([
      // Titles end with a space in the file; budgets 100468 + 65431 + 62937, and 40127.
      [
        "GB-CHC-285908-197126",
        "Citizen Voice and Action for Improved Access to Health and Education Services in Zomba",
        228836,
      ],
      ["GB-CHC-285908-197415", "Child Protection and Advocacy (CPA) Project", 40127],
    ])
    const aet = await readIati(fixture("iati-1.0x-aet-south-sudan-region-only-1-activity.xml"))
    const p = aet.dataset.programmes[0]
    expect(p).toMatchObject({
      id: "GB-CHC-313139-SVE",
      period: { start: "2011-08-01" },
      dacPurposeCodes: [11220], // <sector code="11220"> without a vocabulary
      budget: { amount: 480637, currency: "GBP" },
    })
    expect(p?.countries).toBeUndefined()
    expect(p?.organisations).toBeUndefined() // its one participating-org has no @ref
    expect(kept(p)["recipient-region"]).toEqual([
      { "@xml:lang": "en", "@percentage": "100", "@code": "289" },
    ])
  })

  it("IATI's 1.05 example: word codes, a 3-digit sector under vocabulary DAC reported, aid type A01 a grant", async () => {
    const name = "iati-1.05-official-example-annotated-1-activity.xml"
    const { p, dataset, issues } = await programmeOf(name, "AA-AAA-123456789-ABC123")
    expect(p).toMatchObject({
      title: "Activity title",
      kind: "grant",
      status: "ongoing",
      period: { start: "2012-04-28", end: "2015-12-31" },
      countries: ["AF"],
      budget: { amount: 3000, currency: "EUR" },
      organisations: [
        { organisation: "BB-BBB-123456789", role: "funding" },
        { organisation: "CC-CCC-123456789", role: "extending" },
        { organisation: "AA-AAA-123456789", role: "implementing" },
      ],
    })
    expect(p?.dacPurposeCodes).toBeUndefined()
    expect(issues.filter((i) => i.code === "iati/invalid-value").map((i) => i.path[2])).toEqual([
      "sector",
    ])
    expect(dataset.organisations.map((o) => [o.id, o.type])).toEqual([
      ["AA-AAA-123456789", "ngo"],
      ["BB-BBB-123456789", "intergovernmental"],
      ["CC-CCC-123456789", "government"],
    ])
  })

  it("UNDP 1.0x without a status or a date: no programme, one issue naming what is missing", async () => {
    const name = "iati-1.0x-undp-samoa-no-status-no-date-1-activity.xml"
    const { dataset, issues } = await readIati(fixture(name))
    expect(dataset.programmes).toEqual([])
    const incomplete = issues.filter((i) => i.code === "iati/activity-incomplete")
    expect(incomplete).toMatchObject([
      { severity: "error", path: ["iati-activity", 0], entity: { id: "41114-00073223" } },
    ])
    expect(incomplete[0]?.message).toContain("an activity-status")
    expect(incomplete[0]?.message).toContain("a start date")
  })

  it("Bond 1.0x: one organisation accountable and implementing is two links; a bare iati-activity root after the declaration", async () => {
    const name = "iati-1.0x-bond-same-org-two-roles-bare-root-1-activity.xml"
    const { p, dataset } = await programmeOf(name, "GB-CHC-1068839-dfid_ag_11-13")
    expect(p).toMatchObject({
      title: "Improving UK NGO Effectiveness, Transparency and Shaping EU Aid Performance",
      status: "ongoing",
      period: { start: "2011-06-01", end: "2013-03-31" }, // end-actual, though still ongoing
      countries: ["GB"],
      dacPurposeCodes: [15150],
      budget: { amount: 917582, currency: "GBP" },
      organisations: [
        { organisation: "GB-CHC-1068839", role: "accountable" },
        { organisation: "GB-OSCR-SCO35314", role: "implementing" },
        { organisation: "GB-1", role: "funding" },
        { organisation: "GB-CHC-1068839", role: "implementing" },
      ],
    })
    expect(dataset.organisations.map((o) => [o.id, o.name, o.type])).toEqual([
      ["GB-CHC-1068839", "Bond", "ngo"], // type 22
      ["GB-OSCR-SCO35314", "NIDOS", "ngo"],
      ["GB-1", "DFID", "government"],
    ])
    // The &#13; of the mailing address are kept as carriage returns, inside contact-info.
    expect(JSON.stringify(kept(p)["contact-info"])).toContain("Regent's Wharf\\r\\n8 All Saints")
  })

  it("ActionAid 1.01 (version given as @iati-version) without any activity-date: an issue, no programme", async () => {
    const name = "iati-1.01-actionaid-ppa-no-date-1-activity.xml"
    const { dataset, issues } = await readIati(fixture(name))
    expect(dataset.programmes).toEqual([])
    expect(issues.filter((i) => i.code === "iati/activity-incomplete")).toMatchObject([
      { entity: { id: "NL-KVK-27264198-XUK0Z11000" }, path: ["iati-activity", 0] },
    ])
    expect(issues.find((i) => i.code === "iati/activity-incomplete")?.message).toMatch(
      /lacks a start date/,
    )
    expect(dataset.organisations.map((o) => o.id)).toEqual(["NL-KVK-27264198", "GB-1"])
  })

  it("an empty 2.01 file: no programme and no issue", async () => {
    const { dataset, issues } = await readIati(
      fixture("empty-iati-2.01-iaticloud-0-activities.xml"),
    )
    expect(dataset).toEqual({ programmes: [], organisations: [] })
    expect(issues).toEqual([])
  })
})
