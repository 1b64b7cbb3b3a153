import { createHash } from "node:crypto"
import { readdirSync, readFileSync } from "node:fs"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { type IatiItem, readIati, streamIati } from "../../src/iati/index.js"
import type { Programme } from "../../src/schemas/index.js"
import { validateDataset } from "../../src/validate/index.js"

const DIR = new URL("../fixtures/iati/", import.meta.url)
const fixture = (name: string) => readFileSync(new URL(name, DIR))
const FILES = readdirSync(DIR).filter(
  (f) => f.endsWith(".xml") && !f.startsWith("broken") && !f.startsWith("empty"),
)
const NL = "iati-2.03-nl-mfa-iaticloud-example-13-activities.xml"
const OFFICIAL_203 = "iati-2.03-official-example-no-errors-1-activity.xml"
const OFFICIAL_202 = "iati-2.02-official-example-annotated-1-activity.xml"
const WORLD_VISION = "iati-1.0x-worldvision-uk-drc-3-activities.xml"
const TEARFUND = "iati-1.0x-tearfund-drc-1-activity.xml"
const UNOPS = "iati-1.0x-unops-japan-bare-iati-activity-root.xml"
const PUBLISHER_SDG = "iati-2.03-iatipublisher-test-sdg-1-activity.xml"
/** Real activities without a status or a start date (UNDP, ActionAid): an issue, no programme. */
const INCOMPLETE = new Set([
  "iati-1.0x-undp-samoa-no-status-no-date-1-activity.xml",
  "iati-1.01-actionaid-ppa-no-date-1-activity.xml",
])

/** What a programme keeps under extra.iati. */
const kept = (p: Programme | undefined) => (p?.extra?.iati ?? {}) as Record<string, any[]>
const codes = (issues: { code: string }[]) => issues.map((i) => i.code)

async function* chunksOf(bytes: Uint8Array, sizes: number[]): AsyncGenerator<Uint8Array> {
  let at = 0
  for (let i = 0; at < bytes.length; i++) {
    const size = Math.max(1, sizes[i % sizes.length] ?? 1)
    yield bytes.subarray(at, at + size)
    at += size
  }
}

describe("fixtures", () => {
  it("are the files SOURCE.md records (sha256)", () => {
    const source = readFileSync(new URL("SOURCE.md", DIR), "utf8")
    const sums = [...source.matchAll(/^([0-9a-f]{64}) {2}(\S+)$/gm)]
    expect(sums.length).toBe(18)
    for (const [, sum, name] of sums) {
      expect(
        createHash("sha256")
          .update(fixture(name as string))
          .digest("hex"),
        name,
      ).toBe(sum)
    }
  })
})

describe("readIati on real published files", () => {
  it.each(FILES)("%s: every activity is accounted for, and the dataset validates", async (name) => {
    const bytes = fixture(name)
    const activities = (bytes.toString("utf8").match(/<iati-activity[\s>]/g) ?? []).length
    const { dataset, issues } = await readIati(bytes)
    const incomplete = issues.filter((i) => i.code === "iati/activity-incomplete").length
    expect(activities).toBeGreaterThan(0)
    expect(dataset.programmes.length + incomplete).toBe(activities)
    expect(incomplete).toBe(INCOMPLETE.has(name) ? 1 : 0)
    expect(
      issues.filter((i) => i.severity === "error" && i.code !== "iati/activity-incomplete"),
    ).toEqual([])
    const validation = validateDataset(dataset)
    expect(validation.issues.filter((i) => i.severity === "error")).toEqual([])
  })

  it("2.03, Netherlands MFA: 13 programmes, sector 15220 in three, role-4 orgs without @ref reported", async () => {
    const { dataset, issues } = await readIati(fixture(NL))
    expect(dataset.programmes.length).toBe(13)
    const peace = dataset.programmes.filter((p) => p.dacPurposeCodes?.includes(15220))
    expect(peace.map((p) => p.id).sort()).toEqual([
      "NL-1-PPR-24706",
      "NL-1-PPR-25275",
      "NL-1-PPR-27791",
    ])
    expect(issues.filter((i) => i.code === "iati/organisation-without-ref").length).toBe(10)
    const first = dataset.programmes[0]
    expect(first).toMatchObject({
      id: "NL-1-PPR-24706",
      title: "ICTJ 2013-2014",
      status: "completed",
      organisations: [
        { organisation: "XM-DAC-7", role: "funding" },
        { organisation: "XM-DAC-7", role: "accountable" },
        { organisation: "XM-DAC-7", role: "extending" },
      ],
      dacPurposeCodes: [15220],
    })
    // The role-4 organisation without @ref is kept, not dropped.
    expect(first?.extra?.iati).toHaveProperty("participating-org")
    const ictj = kept(first)["participating-org"]
    expect(JSON.stringify(ictj)).toContain("ICTJ")
    // Organisations are created once, from @ref.
    const ids = dataset.organisations.map((o) => o.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toContain("XM-DAC-7")
    expect(dataset.organisations.find((o) => o.id === "XM-DAC-41114")?.type).toBe("un-entity")
  })

  it("reports each unmapped element once per name and activity, and keeps every one", async () => {
    const { dataset, issues } = await readIati(fixture(NL))
    const xml = fixture(NL).toString("utf8")
    const first = dataset.programmes[0]
    const unmapped = issues.filter(
      (i) => i.code === "iati/unmapped" && i.entity?.id === "NL-1-PPR-24706",
    )
    const names = unmapped.map((i) => i.path[2])
    expect(new Set(names).size).toBe(names.length)
    expect(names).toEqual(
      expect.arrayContaining(["transaction", "policy-marker", "location", "result"]),
    )
    const keptHere = kept(first)
    // Activity 1 runs to its closing tag; count its transactions in the text.
    const text = xml.slice(0, xml.indexOf("</iati-activity>"))
    expect(keptHere.transaction?.length).toBe((text.match(/<transaction>/g) ?? []).length)
    expect(keptHere["policy-marker"]?.length).toBe((text.match(/<policy-marker /g) ?? []).length)
    expect(unmapped.every((i) => i.severity === "warning")).toBe(true)
  })

  it("adds budgets exactly in their currency (default-currency when value has none)", async () => {
    const { dataset } = await readIati(fixture(WORLD_VISION))
    // 46,338 + 77,258 + 33,984 GBP, three yearly budgets of type 1.
    expect(dataset.programmes[0]?.budget).toEqual({ amount: 157580, currency: "GBP" })
    // The yearly budgets stay under extra.iati.
    expect(kept(dataset.programmes[0]).budget?.length).toBe(3)
  })

  it("1.0x, World Vision: roles and date types as words, vocabulary DAC, no @version", async () => {
    const { dataset } = await readIati(fixture(WORLD_VISION))
    expect(dataset.programmes.map((p) => p.id)).toEqual([
      "GB-CHC-285908-197464",
      "GB-CHC-285908-195305",
      "GB-CHC-285908-197101",
    ])
    expect(dataset.programmes[0]).toMatchObject({
      title: "Increased Protection of Vulnerable Children in the DRC",
      status: "ongoing",
      period: { start: "2012-01-25", end: "2014-03-31" },
      organisations: [
        { organisation: "GB-1", role: "funding" },
        { organisation: "GB-CHC-285908", role: "extending" },
      ],
      countries: ["CD"],
      dacPurposeCodes: [16010],
      kind: "contribution", // default-aid-type B01
    })
    // recipient-region 289 is an OECD DAC region (vocabulary 1): not a group, kept.
    expect(dataset.programmes[0]?.groups).toBeUndefined()
    expect(dataset.programmes[0]?.extra?.iati).toHaveProperty("recipient-region")
  })

  it("1.0x, Tearfund: sector percentages and implementing orgs without @ref are kept", async () => {
    const { dataset, issues } = await readIati(fixture(TEARFUND))
    const p = dataset.programmes[0]
    expect(p?.dacPurposeCodes).toEqual([14081, 12261, 15164])
    const sectors = kept(p).sector
    expect(sectors?.map((s) => s["@percentage"])).toEqual(["34", "33", "33"])
    expect(issues.filter((i) => i.code === "iati/organisation-without-ref").length).toBe(3)
    expect(p?.organisations).toEqual([
      { organisation: "GB-CHC-265465", role: "accountable" },
      { organisation: "GB-1", role: "funding" },
    ])
  })

  it("1.0x, UNOPS: a bare iati-activity root; a multilateral UN body is a un-entity", async () => {
    const { dataset } = await readIati(fixture(UNOPS))
    expect(dataset.programmes.map((p) => p.id)).toEqual(["41AAA-00081406"])
    expect(dataset.programmes[0]?.countries).toEqual(["JP"])
    expect(dataset.programmes[0]?.period).toEqual({ start: "2012-01-31", end: "2013-12-31" })
    expect(dataset.organisations).toEqual([
      { id: "41AAA", name: "United Nations Office for Project Services", type: "un-entity" },
    ])
  })

  it("2.03 example: the English title among three languages, percentages kept", async () => {
    const { dataset, issues } = await readIati(fixture(OFFICIAL_203))
    const p = dataset.programmes[0]
    expect(p?.title).toBe("Activity title")
    expect(p?.countries).toEqual(["AF", "AG"])
    expect(p?.dacPurposeCodes).toEqual([11110, 11230])
    const countries = kept(p)["recipient-country"]
    expect(countries?.map((c) => c["@percentage"])).toEqual(["25", "25"])
    // Regions of vocabulary 1 and 99 and sectors of vocabulary 98 have no place: reported.
    const unmapped = issues.filter((i) => i.code === "iati/unmapped").map((i) => i.path[2])
    expect(unmapped).toEqual(expect.arrayContaining(["recipient-region", "sector", "transaction"]))
  })

  it("2.02 example: DAC 3-digit sectors (vocabulary 2) are kept, not read as purpose codes", async () => {
    const { dataset } = await readIati(fixture(OFFICIAL_202))
    expect(dataset.programmes[0]?.dacPurposeCodes).toBeUndefined()
    expect(kept(dataset.programmes[0]).sector?.length).toBe(3)
  })
})

const activity = (inner: string, attrs = "") =>
  `<iati-activity${attrs}><iati-identifier>X-1</iati-identifier><title><narrative>T</narrative></title><activity-status code="2"/><activity-date type="1" iso-date="2024-10-01"/>${inner}</iati-activity>`
const file = (...activities: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">${activities.join("")}</iati-activities>`

describe("the mapping", () => {
  it("takes the actual start (type 2) over the planned one, and the actual end (4) over the planned (3)", async () => {
    const { dataset } = await readIati(
      file(
        activity(
          '<activity-date type="2" iso-date="2024-10-15"/><activity-date type="3" iso-date="2025-03-31"/><activity-date type="4" iso-date="2025-02-28"/>',
        ),
      ),
    )
    expect(dataset.programmes[0]?.period).toEqual({ start: "2024-10-15", end: "2025-02-28" })
  })

  it.each([
    ["1", "planned"],
    ["2", "ongoing"],
    ["3", "completed"],
    ["4", "completed"],
    ["5", "cancelled"],
    ["6", "postponed"],
  ])("activity-status %s → %s", async (code, status) => {
    const xml = file(activity("").replace('code="2"', `code="${code}"`))
    expect((await readIati(xml)).dataset.programmes[0]?.status).toBe(status)
  })

  it("IATI Publisher's file: SDG target 1.2 as a sector (8) and a tag (3) is one target; goals (sector 7, tag 2) kept", async () => {
    // By hand from the file: <sector vocabulary="8" code="1.2"> and <tag vocabulary="3"
    // code="1.2"> name the same target; <sector vocabulary="7" code="2"> (goal 2) and
    // <tag vocabulary="2" code="3"> (goal 3) are goals, which the model has no place for.
    const { dataset, issues } = await readIati(fixture(PUBLISHER_SDG))
    expect(dataset.programmes).toHaveLength(1)
    const programme = dataset.programmes[0]
    expect(programme?.id).toBe("CZ-ICO-25755277-SYRZ000042")
    expect(programme?.sdgTargets).toEqual(["1.2"])
    expect(programme?.dacPurposeCodes).toEqual([11120])
    const sectors = kept(programme).sector?.map((s) => `${s["@vocabulary"]}:${s["@code"]}`)
    expect(sectors).toEqual(["2:113", "7:2", "99:12345", "1:11120", "8:1.2"])
    const tags = kept(programme).tag?.map((t) => `${t["@vocabulary"]}:${t["@code"]}`)
    expect(tags).toEqual(["2:3", "99:99 vocab", "1:vocab 1"])
    expect(issues.filter((i) => i.severity === "error")).toEqual([])
  })

  it("maps UN M49 regions (vocabulary 2) to m49 groups, SDG targets from sectors (8) and tags (3)", async () => {
    const { dataset, issues } = await readIati(
      file(
        activity(
          '<recipient-region code="035" vocabulary="2"/><sector code="16.5" vocabulary="8"/><tag code="16.3" vocabulary="3"/><tag code="16" vocabulary="2"/><sector code="15130"/>',
        ),
      ),
    )
    expect(dataset.programmes[0]).toMatchObject({
      groups: ["m49-035"],
      sdgTargets: ["16.5", "16.3"],
      dacPurposeCodes: [15130],
    })
    expect(codes(issues)).toEqual(["iati/unmapped"]) // the SDG goal tag (vocabulary 2)
  })

  it("reports values it cannot read and keeps their elements", async () => {
    const { dataset, issues } = await readIati(
      file(
        activity(
          '<recipient-country code="ZZ"/><activity-date type="3" iso-date="2025-02-30"/><sector code="151"/>',
        ),
      ),
    )
    expect(codes(issues)).toEqual([
      "iati/invalid-value",
      "iati/invalid-value",
      "iati/invalid-value",
    ])
    expect(Object.keys(dataset.programmes[0]?.extra?.iati ?? {}).sort()).toEqual([
      "activity-date",
      "recipient-country",
      "sector",
    ])
    expect(dataset.programmes[0]?.period).toEqual({ start: "2024-10-01" })
  })

  it("makes no programme without a status or a start date, and says so", async () => {
    const xml = file(
      activity("").replace('<activity-status code="2"/>', ""),
      activity("").replace("X-1", "X-2"),
    )
    const { dataset, issues } = await readIati(xml)
    expect(dataset.programmes.map((p) => p.id)).toEqual(["X-2"])
    expect(issues).toMatchObject([
      { code: "iati/activity-incomplete", severity: "error", path: ["iati-activity", 0] },
    ])
    expect(issues[0]?.message).toContain("an activity-status")
  })

  it("keeps both activities with the same identifier, with an error", async () => {
    const { dataset, issues } = await readIati(file(activity(""), activity("")))
    expect(dataset.programmes.length).toBe(2)
    expect(codes(issues)).toEqual(["iati/duplicate-identifier"])
  })

  it("does not sum budgets in several currencies or mix revised with original ones", async () => {
    const budget = (type: string, currency: string, value: string) =>
      `<budget type="${type}"><period-start iso-date="2024-01-01"/><period-end iso-date="2024-12-31"/><value currency="${currency}" value-date="2024-01-01">${value}</value></budget>`
    const mixed = await readIati(file(activity(budget("1", "USD", "10") + budget("1", "EUR", "5"))))
    expect(mixed.dataset.programmes[0]?.budget).toBeUndefined()
    expect(codes(mixed.issues)).toEqual(["iati/unmapped"])
    const revised = await readIati(
      file(activity(budget("1", "USD", "10") + budget("2", "USD", "12"))),
    )
    expect(revised.dataset.programmes[0]?.budget).toBeUndefined()
    const exact = await readIati(
      file(activity(budget("1", "USD", "0.1") + budget("1", "USD", "0.2"))),
    )
    expect(exact.dataset.programmes[0]?.budget).toEqual({ amount: 0.3, currency: "USD" })
  })

  it("1.0x: a title per language (as Canada published them) gives the English one; all are kept", async () => {
    // IATI 1.0x repeated <title> once per language, e.g. (IATI's own note on Canada's files):
    // <title xml:lang="en">Legal Reform</title><title xml:lang="fr">Réforme juridique</title>.
    const xml = file(
      activity("")
        .replace("<title><narrative>T</narrative></title>", "")
        .replace(
          "<iati-identifier>X-1</iati-identifier>",
          '<iati-identifier>X-1</iati-identifier><title xml:lang="fr">Réforme juridique</title><title xml:lang="en">Legal Reform</title>',
        ),
    ).replace('version="2.03"', 'version="1.03" xml:lang="fr"')
    const { dataset, issues } = await readIati(xml)
    expect(dataset.programmes[0]?.title).toBe("Legal Reform")
    // The French title is not lost: both title elements are kept, without a warning.
    expect(kept(dataset.programmes[0]).title).toEqual([
      { "@xml:lang": "fr", "#text": "Réforme juridique" },
      { "@xml:lang": "en", "#text": "Legal Reform" },
    ])
    expect(issues).toEqual([])
  })

  it("a narrative takes the language of its title when it has none of its own (xml:lang is inherited)", async () => {
    const xml = file(
      activity("").replace(
        "<title><narrative>T</narrative></title>",
        '<title xml:lang="es"><narrative>Reforma judicial</narrative><narrative xml:lang="en">Judicial reform</narrative></title>',
      ),
    ).replace("<iati-activity>", '<iati-activity xml:lang="en">')
    const { dataset } = await readIati(xml)
    expect(dataset.programmes[0]?.title).toBe("Judicial reform")
    expect(kept(dataset.programmes[0]).title?.[0]?.narrative).toHaveLength(2)
  })

  it("a sector, country or organisation role given twice counts once; the repeat is kept", async () => {
    const { dataset, issues } = await readIati(
      file(
        activity(
          '<participating-org ref="GB-1" role="1"/><participating-org ref="GB-1" role="1"/><participating-org ref="GB-1" role="3"/>' +
            '<recipient-country code="CD"/><recipient-country code="cd"/>' +
            '<sector code="15160" percentage="20"/><sector code="15160"/>',
        ),
      ),
    )
    const p = dataset.programmes[0]
    expect(p?.organisations).toEqual([
      { organisation: "GB-1", role: "funding" },
      { organisation: "GB-1", role: "extending" },
    ])
    expect(p?.countries).toEqual(["CD"])
    expect(p?.dacPurposeCodes).toEqual([15160])
    expect(kept(p)["participating-org"]).toEqual([{ "@ref": "GB-1", "@role": "1" }])
    expect(kept(p)["recipient-country"]).toEqual([{ "@code": "cd" }])
    expect(kept(p).sector).toEqual([
      { "@code": "15160", "@percentage": "20" },
      { "@code": "15160" },
    ])
    expect(issues).toEqual([])
    expect(validateDataset(dataset).issues).toEqual([])
  })

  it("budgets that add up to less than zero make no budget (the model's budget is not negative)", async () => {
    const budget = (value: string) =>
      `<budget type="1"><period-start iso-date="2024-01-01"/><period-end iso-date="2024-12-31"/><value currency="GBP" value-date="2024-01-01">${value}</value></budget>`
    const { dataset, issues } = await readIati(file(activity(budget("100") + budget("-150.50"))))
    expect(dataset.programmes[0]?.budget).toBeUndefined()
    expect(kept(dataset.programmes[0]).budget).toHaveLength(2)
    expect(issues).toMatchObject([{ code: "iati/unmapped", severity: "warning" }])
    expect(issues[0]?.message).toContain("less than zero")
    expect(validateDataset(dataset).issues.filter((i) => i.severity === "error")).toEqual([])
    // A negative correction within a positive total is added.
    const corrected = await readIati(file(activity(budget("100") + budget("-0.50"))))
    expect(corrected.dataset.programmes[0]?.budget).toEqual({ amount: 99.5, currency: "GBP" })
  })

  it("a budget a number cannot hold exactly is not rounded into one: no budget, an issue", async () => {
    const budget = (value: string) =>
      `<budget><period-start iso-date="2024-01-01"/><period-end iso-date="2024-12-31"/><value currency="USD" value-date="2024-01-01">${value}</value></budget>`
    // 2^53 + 1 is the first whole number a double cannot hold: it would become 9007199254740992.
    for (const value of ["9007199254740993", "12345678901234567890"]) {
      const { dataset, issues } = await readIati(file(activity(budget(value))))
      expect(dataset.programmes[0]?.budget, value).toBeUndefined()
      expect(issues, value).toMatchObject([{ code: "iati/unmapped" }])
      expect(issues[0]?.message).toContain("exactly")
      expect(kept(dataset.programmes[0]).budget?.[0]?.value?.[0]?.["#text"]).toBe(value)
    }
    // Large, but exact: kept as the amount it is.
    const { dataset } = await readIati(file(activity(budget("4503599627370495.5"))))
    expect(dataset.programmes[0]?.budget).toEqual({ amount: 4503599627370495.5, currency: "USD" })
    // 0.50 + 0.50 is 1.00: held exactly (as 1), whatever the decimals written.
    const halves = await readIati(file(activity(budget("0.50") + budget("0.5"))))
    expect(halves.dataset.programmes[0]?.budget).toEqual({ amount: 1, currency: "USD" })
  })

  it("a currency code in lower case is read (gbp is GBP)", async () => {
    const xml = file(
      activity(
        '<budget><period-start iso-date="2024-01-01"/><period-end iso-date="2024-12-31"/><value value-date="2024-01-01">100</value></budget>',
        ' default-currency="gbp"',
      ),
    )
    expect((await readIati(xml)).dataset.programmes[0]?.budget).toEqual({
      amount: 100,
      currency: "GBP",
    })
  })

  it("keeps the activity's attributes (hierarchy, default-currency, …) and its reporting-org", async () => {
    const { dataset, issues } = await readIati(
      file(
        activity(
          '<reporting-org ref="GB-GOV-1" type="10" secondary-reporter="false"><narrative>DFID</narrative></reporting-org>',
          ' hierarchy="2" xml:lang="en" default-currency="GBP"',
        ),
      ),
    )
    expect(dataset.programmes[0]?.extra?.iati).toEqual({
      "@hierarchy": "2",
      "@xml:lang": "en",
      "@default-currency": "GBP",
      "reporting-org": [
        {
          "@ref": "GB-GOV-1",
          "@type": "10",
          "@secondary-reporter": "false",
          narrative: [{ "#text": "DFID" }],
        },
      ],
    })
    expect(dataset.organisations).toEqual([{ id: "GB-GOV-1", name: "DFID", type: "government" }])
    expect(issues).toEqual([])
  })

  it("keeps a participating-org whole when it holds more than its link (an activity-id, names in two languages)", async () => {
    // As the European Commission publishes them (2.02): the activity-id would otherwise be lost.
    const devco =
      '<participating-org ref="XI-IATI-EC_DEVCO" role="1" type="15" activity-id="XI-IATI-EC_DEVCO-2007/191-971"><narrative xml:lang="en">European Commission</narrative></participating-org>'
    const bilingual =
      '<participating-org ref="CA-3" role="3" type="10"><narrative xml:lang="en">Global Affairs Canada</narrative><narrative xml:lang="fr">Affaires mondiales Canada</narrative></participating-org>'
    const plain =
      '<participating-org ref="GB-1" role="2" type="10"><narrative>DFID</narrative></participating-org>'
    const { dataset, issues } = await readIati(file(activity(devco + bilingual + plain)))
    const p = dataset.programmes[0]
    expect(p?.organisations?.map((l) => l.organisation)).toEqual([
      "XI-IATI-EC_DEVCO",
      "CA-3",
      "GB-1",
    ])
    expect(kept(p)["participating-org"]?.map((o) => o["@ref"])).toEqual([
      "XI-IATI-EC_DEVCO",
      "CA-3",
    ])
    expect(kept(p)["participating-org"]?.[0]?.["@activity-id"]).toBe(
      "XI-IATI-EC_DEVCO-2007/191-971",
    )
    expect(dataset.organisations.find((o) => o.id === "CA-3")?.name).toBe("Global Affairs Canada")
    expect(issues).toEqual([])
  })

  it("2.0x: sectors and countries given on the transactions instead of the activity are read from them", async () => {
    // IATI 2.01+: sector, recipient-country and recipient-region go on the activity or on every
    // transaction, not both. A publisher reporting them per transaction still reports them.
    const transaction = (country: string, sector: string) =>
      `<transaction><transaction-type code="3"/><transaction-date iso-date="2024-11-01"/><value currency="USD" value-date="2024-11-01">10</value><sector vocabulary="1" code="${sector}"/><recipient-country code="${country}"/></transaction>`
    const { dataset, issues } = await readIati(
      file(
        activity(
          transaction("KH", "15130") +
            transaction("VN", "15130") +
            transaction("KH", "15210") +
            '<transaction><transaction-type code="3"/><value currency="USD" value-date="2024-11-01">1</value><sector vocabulary="2" code="151"/><recipient-region vocabulary="2" code="035"/></transaction>',
        ),
      ),
    )
    const p = dataset.programmes[0]
    expect(p?.dacPurposeCodes).toEqual([15130, 15210])
    expect(p?.countries).toEqual(["KH", "VN"])
    expect(p?.groups).toEqual(["m49-035"])
    expect(kept(p).transaction).toHaveLength(4)
    expect(codes(issues)).toEqual(["iati/unmapped"]) // the transactions, once
    // On the activity, they win: the transactions' are not added.
    const both = await readIati(
      file(
        activity(
          `<recipient-country code="TH"/><sector code="15110"/>${transaction("KH", "15130")}`,
        ),
      ),
    )
    expect(both.dataset.programmes[0]?.countries).toEqual(["TH"])
    expect(both.dataset.programmes[0]?.dacPurposeCodes).toEqual([15110])
  })

  it("keeps ids and names such as __proto__ as data", async () => {
    const xml = file(
      activity(
        '<participating-org ref="__proto__" role="1" type="10"><narrative>P</narrative></participating-org><__proto__ a="1"/>',
      ).replace("X-1", "__proto__"),
    )
    const { dataset, issues } = await readIati(xml)
    expect(dataset.programmes[0]?.id).toBe("__proto__")
    expect(dataset.organisations[0]?.id).toBe("__proto__")
    expect(Object.keys(dataset.programmes[0]?.extra?.iati ?? {})).toEqual(["__proto__"])
    expect(codes(issues)).toEqual(["iati/unmapped"])
  })
})

describe("safety: no DTD, no entity expansion, never throws or hangs", () => {
  const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<iati-activities version="2.03"><iati-activity><iati-identifier>X</iati-identifier><title><narrative>&lol9;</narrative></title><activity-status code="2"/><activity-date type="1" iso-date="2024-01-01"/></iati-activity></iati-activities>`

  it("billion laughs: refused with an issue, nothing expanded", async () => {
    const { dataset, issues } = await readIati(laughs)
    expect(dataset.programmes).toEqual([])
    expect(issues).toMatchObject([{ code: "iati/doctype-refused", severity: "error", path: [] }])
    expect(JSON.stringify(issues).length).toBeLessThan(1000)
  })

  it("an external entity (XXE) is never fetched or read", async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><iati-activities version="2.03"><iati-activity><iati-identifier>&x;</iati-identifier></iati-activity></iati-activities>`
    const { dataset, issues } = await readIati(xxe)
    expect(codes(issues)).toEqual(["iati/doctype-refused"])
    expect(JSON.stringify({ dataset, issues })).not.toContain("root:")
  })

  it("an entity used without a DOCTYPE is not well formed and is not expanded", async () => {
    const { dataset, issues } = await readIati(file(activity("").replace(">T<", ">&lol9;<")))
    expect(dataset.programmes).toEqual([])
    expect(codes(issues)).toEqual(["iati/not-well-formed"])
    expect(issues[0]?.message).toMatch(/undefined entity/)
  })

  it("a file cut short keeps the activities before the cut and names the one it lost", async () => {
    const xml = fixture(NL).toString("utf8")
    const cut = xml.indexOf("<iati-identifier>NL-1-PPR-27790")
    const { dataset, issues } = await readIati(xml.slice(0, cut))
    expect(dataset.programmes.length).toBe(3)
    const errors = issues.filter((i) => i.severity === "error")
    expect(errors).toMatchObject([{ code: "iati/not-well-formed" }])
    expect(errors[0]?.message).toMatch(/iati-activity 4 .*is not read/)
  })

  it("the truncated Datastore fixture: an issue, no activity", async () => {
    const { dataset, issues } = await readIati(fixture("broken-iati-1.01-truncated-datastore.xml"))
    expect(dataset.programmes).toEqual([])
    expect(codes(issues)).toEqual(["iati/not-well-formed"])
    expect(issues[0]?.message).toContain("unclosed tag: iati-activities")
  })

  it("a mismatched end tag stops reading at that activity", async () => {
    const xml = fixture(WORLD_VISION)
      .toString("utf8")
      .replace(
        "</reporting-org><iati-identifier>GB-CHC-285908-195305",
        "</not-reporting-org><iati-identifier>GB-CHC-285908-195305",
      )
    const { dataset, issues } = await readIati(xml)
    expect(dataset.programmes.map((p) => p.id)).toEqual(["GB-CHC-285908-197464"])
    expect(issues.filter((i) => i.severity === "error")).toMatchObject([
      { code: "iati/not-well-formed" },
    ])
  })

  it.each([
    ["empty text", ""],
    ["not XML", "hello"],
    ["an HTML page", "<html><body>Not found</body></html>"],
    ["an organisation file", '<iati-organisations version="2.03"></iati-organisations>'],
    ["two roots", `${file(activity(""))}<x/>`],
  ])("%s: issues, no throw", async (_, text) => {
    const { issues } = await readIati(text)
    expect(issues.length).toBeGreaterThan(0)
    expect(issues.every((i) => i.code.startsWith("iati/") && i.message.length > 10)).toBe(true)
  })

  it("activities wrapped in an API response (the IATI Datastore's <result>, as D-Portal's test files keep them) are read", async () => {
    // The shape of IATI/D-Portal ctrack/test/test_activities3.xml: a stylesheet, a <result>
    // root, a count before the activities.
    const wrapped = `<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="../art/activities.xsl"?>
<result>
    <ok>True</ok>
    <iati-activities generated-datetime='2014-02-03T05:38:04.060755' xml:lang="en">
      <query><total-count>12634</total-count><start>0</start><limit>50</limit></query>
    ${activity("").replace("X-1", "GB-1-201111-101")}${activity("<a><b/></a>".repeat(3)).replace("X-1", "GB-1-201186")}
    </iati-activities>
</result>`
    const { dataset, issues } = await readIati(wrapped)
    expect(dataset.programmes.map((p) => p.id)).toEqual(["GB-1-201111-101", "GB-1-201186"])
    expect(issues.filter((i) => i.severity === "error")).toEqual([])
    // Said once, as a warning: the wrapper is not read.
    const wrapper = issues.filter((i) => i.path.length === 0)
    expect(wrapper).toMatchObject([{ code: "iati/unmapped", severity: "warning" }])
    expect(wrapper[0]?.message).toContain("'result'")
    // In chunks too, and an activity cut short inside the wrapper is still an error.
    expect(await readIati(chunksOf(Buffer.from(wrapped), [5, 17]))).toEqual({ dataset, issues })
    const cut = await readIati(wrapped.slice(0, wrapped.indexOf("<a><b/>") + 3))
    expect(cut.dataset.programmes.map((p) => p.id)).toEqual(["GB-1-201111-101"])
    expect(codes(cut.issues)).toContain("iati/not-well-formed")
  })

  it("in a wrapper, each iati-activities' language holds for its own activities only", async () => {
    const act = (id: string, other: string, english: string) =>
      `<iati-activity><iati-identifier>${id}</iati-identifier><title><narrative>${other}</narrative><narrative xml:lang="en">${english}</narrative></title><activity-status code="2"/><activity-date type="2" iso-date="2020-01-01"/></iati-activity>`
    const xml = `<result><iati-activities version="2.03" xml:lang="en">${act("A-1", "Plain", "Other")}</iati-activities><iati-activities version="2.03" xml:lang="fr">${act("B-1", "Réforme de la justice", "Justice reform")}</iati-activities>${act("C-1", "Untagged", "Tagged")}</result>`
    const { dataset } = await readIati(xml)
    // A-1's first narrative is English by its container; B-1's by its own xml:lang; C-1 is
    // outside both containers: its untagged narrative has no language, the tagged one is read.
    expect(dataset.programmes.map((p) => [p.id, p.title])).toEqual([
      ["A-1", "Plain"],
      ["B-1", "Justice reform"],
      ["C-1", "Tagged"],
    ])
  })

  it("a root without any activity in it (an HTML page, a feed): iati/not-iati, at the end", async () => {
    for (const text of [
      "<html><body><p>Not found</p></body></html>",
      '<rss version="2.0"><channel><title>News</title></channel></rss>',
      // HTML as served, whose <meta> is never closed: not well-formed XML, and not IATI.
      '<html><head><meta charset="utf-8"><title>404</title></head><body></body></html>',
    ]) {
      const { dataset, issues } = await readIati(text)
      expect(dataset.programmes).toEqual([])
      expect(codes(issues)).toEqual(["iati/not-iati"])
    }
  })

  it("input that is not text, bytes or a stream: an issue", async () => {
    for (const bad of [null, 42, {}, [1, 2]]) {
      const { issues } = await readIati(bad as never)
      expect(codes(issues)).toEqual(["iati/not-iati"])
    }
  })

  it("a stream that fails: the activities before are kept, the failure is an issue", async () => {
    const xml = fixture(WORLD_VISION)
    async function* failing() {
      yield xml.subarray(0, xml.indexOf("GB-CHC-285908-197101"))
      throw new Error("ECONNRESET")
    }
    const { dataset, issues } = await readIati(failing())
    expect(dataset.programmes.length).toBe(2)
    expect(issues.filter((i) => i.severity === "error")).toMatchObject([
      { code: "iati/unreadable" },
    ])
    expect(issues.at(-1)?.message).toContain("ECONNRESET")
  })

  it("bytes that are not UTF-8 and say nothing else: an issue, nothing guessed", async () => {
    const latin1 = Buffer.from(file(activity("")).replace(">T<", ">Caf\u00e9<"), "latin1")
    const { dataset, issues } = await readIati(latin1)
    expect(codes(issues)).toEqual(["iati/invalid-encoding"])
    expect(issues[0]?.message).toContain("not UTF-8")
    expect(dataset.programmes).toEqual([])
  })

  it("the encoding the file says it is in: a byte order mark, else the XML declaration", async () => {
    const cafe = file(activity("")).replace(">T<", ">Caf\u00e9 \u2019<")
    const titles = async (input: Uint8Array | AsyncIterable<Uint8Array>) => {
      const { dataset, issues } = await readIati(input)
      expect(issues.filter((i) => i.severity === "error")).toEqual([])
      return dataset.programmes.map((p) => p.title)
    }
    // Declared windows-1252 (and ISO-8859-1, which TextDecoder reads as windows-1252, as
    // browsers do: 0x92 is the apostrophe a publisher typed).
    for (const label of ["windows-1252", "ISO-8859-1", "iso-8859-1"]) {
      const bytes = Buffer.concat([
        Buffer.from(cafe.replace("UTF-8", label).split("\u2019")[0] as string, "latin1"),
        Buffer.from([0x92]),
        Buffer.from(cafe.split("\u2019")[1] as string, "latin1"),
      ])
      expect(await titles(bytes)).toEqual(["Caf\u00e9 \u2019"])
      // The declaration cut across chunks of one byte reads the same.
      expect(await titles(chunksOf(bytes, [1]))).toEqual(["Caf\u00e9 \u2019"])
    }
    // UTF-16, little and big endian, with the byte order mark XML requires.
    const le = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(cafe.replace("UTF-8", "UTF-16"), "utf16le"),
    ])
    expect(await titles(le)).toEqual(["Caf\u00e9 \u2019"])
    expect(await titles(chunksOf(le, [3]))).toEqual(["Caf\u00e9 \u2019"])
    const be = Buffer.from(le)
    for (let i = 0; i < be.length; i += 2)
      [be[i], be[i + 1]] = [be[i + 1] as number, be[i] as number]
    expect(await titles(be)).toEqual(["Caf\u00e9 \u2019"])
    // A UTF-8 byte order mark is UTF-8 whatever the declaration says.
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(cafe)])
    expect(await titles(bom)).toEqual(["Caf\u00e9 \u2019"])
    expect(await titles(chunksOf(bom, [1]))).toEqual(["Caf\u00e9 \u2019"])
  })

  it("an encoding the file names but cannot be in: an issue, nothing read", async () => {
    const unknown = Buffer.from(file(activity("")).replace("UTF-8", "x-unheard-of"))
    const first = await readIati(unknown)
    expect(codes(first.issues)).toEqual(["iati/invalid-encoding"])
    expect(first.issues[0]?.message).toContain("'x-unheard-of', which is not an encoding")
    const noMark = Buffer.from(file(activity("")).replace("UTF-8", "UTF-16"))
    const second = await readIati(noMark)
    expect(codes(second.issues)).toEqual(["iati/invalid-encoding"])
    expect(second.issues[0]?.message).toContain("no UTF-16 byte order mark")
    // UTF-16 without its byte order mark (XML requires one): told by its first four bytes,
    // the same issue whole and in chunks of one byte.
    const le = Buffer.from(file(activity("")).replace("UTF-8", "UTF-16"), "utf16le")
    const be = Buffer.from(le).swap16()
    for (const input of [le, be, chunksOf(le, [1]), chunksOf(be, [1])]) {
      const { dataset, issues } = await readIati(input)
      expect(dataset.programmes).toEqual([])
      expect(codes(issues)).toEqual(["iati/invalid-encoding"])
      expect(issues[0]?.message).toContain("UTF-16 without the byte order mark")
    }
    // Bytes a declared encoding cannot hold: a UTF-16 file cut in the middle of a character.
    const odd = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(file(activity("")), "utf16le"),
      Buffer.from([0x41]),
    ])
    expect(codes((await readIati(odd)).issues)).toContain("iati/invalid-encoding")
  })

  it("bounded: an activity over maxActivityChars is skipped, the others are read", async () => {
    const big = activity(
      `<description><narrative>${"x".repeat(5000)}</narrative></description>`,
    ).replace("X-1", "BIG")
    const xml = file(activity(""), big, activity("").replace("X-1", "X-3"))
    const { dataset, issues } = await readIati(xml, { maxActivityChars: 2000 })
    expect(dataset.programmes.map((p) => p.id)).toEqual(["X-1", "X-3"])
    expect(issues).toMatchObject([{ code: "iati/too-large", path: ["iati-activity", 1] }])
  })

  it("200,000 participating organisations in one activity: each linked once, without a pass over the others for each", async () => {
    const orgs = Array.from(
      { length: 200_000 },
      (_, i) => `<participating-org ref="O-${i}" role="4"/>`,
    ).join("")
    const { dataset } = await readIati(
      file(activity(`${orgs}<participating-org ref="O-7" role="4"/>`)),
    )
    expect(dataset.programmes[0]?.organisations).toHaveLength(200_000)
    expect(kept(dataset.programmes[0])["participating-org"]).toEqual([
      { "@ref": "O-7", "@role": "4" },
    ])
  }, 30_000)

  it("bounded: one huge text node stops reading with an issue, and deep nesting is refused", async () => {
    const huge = file(activity("")).replace(
      "<iati-activity>",
      `<iati-activity>${"y".repeat(50_000)}`,
    )
    const first = await readIati(huge, { maxActivityChars: 10_000 })
    expect(codes(first.issues)).toContain("iati/too-large")
    const deep = file(activity(`${"<a>".repeat(200)}${"</a>".repeat(200)}`))
    const second = await readIati(deep)
    expect(second.dataset.programmes).toEqual([])
    expect(codes(second.issues)).toEqual(["iati/too-large"])
  })
})

describe("streaming", () => {
  it("yields activities one at a time, before the input ends", async () => {
    const xml = fixture(WORLD_VISION)
    const seen: string[] = []
    let fed = 0
    async function* slowly() {
      for (let at = 0; at < xml.length; at += 512) {
        fed = at + 512
        yield xml.subarray(at, at + 512)
      }
    }
    const fedWhenYielded: number[] = []
    for await (const item of streamIati(slowly())) {
      if (item.programme !== undefined) {
        seen.push(item.programme.id)
        fedWhenYielded.push(fed)
      }
    }
    expect(seen.length).toBe(3)
    expect(fedWhenYielded[0]).toBeLessThan(xml.length)
  })

  it("any chunking of the bytes gives the same result as the whole file (multi-byte characters split)", async () => {
    const bytes = fixture(TEARFUND) // holds an en dash (3 bytes in UTF-8)
    const whole = await readIati(bytes)
    expect(whole.dataset.programmes.length).toBe(1)
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 20 }),
        async (sizes) => {
          expect(await readIati(chunksOf(bytes, sizes))).toEqual(whole)
        },
      ),
      { seed: 20261130, numRuns: 60 },
    )
  })

  it("issues about the file come in the order of the file, whatever the chunks (DFID's registry record)", async () => {
    // DFID's 1.01 files (IATI-Datastore's CD.xml) open with an <ir:registry-record> before the
    // activities: its warning came after the activities read in the same slice, but before them
    // when the bytes came in small chunks.
    const xml = Buffer.from(
      file(
        activity("<description><narrative>D</narrative></description>").replace(
          "X-1",
          "GB-1-105838",
        ),
        activity("").replace("X-1", "GB-1-105838-101"),
      ).replace(
        "<iati-activity>",
        '<ir:registry-record xmlns:ir="http://iatiregistry.org/ns/record#" xml:lang="en" file-id="GB-1" publisher-id="GB-1"/><iati-activity>',
      ),
    )
    const whole = await readIati(xml)
    // The registry record's warning (no path), then the description's (activity 1).
    expect(whole.issues.map((i) => i.path)).toEqual([[], ["iati-activity", 0, "description"]])
    for (const size of [1, 7, 64, 4096])
      expect(await readIati(chunksOf(xml, [size])), String(size)).toEqual(whole)
    const items: IatiItem[] = []
    for await (const item of streamIati(xml)) items.push(item)
    // The file's issue first, then the two activities.
    expect(items.map((i) => i.index)).toEqual([undefined, 0, 1])
  })

  it("string chunks read the same as bytes", async () => {
    const text = fixture(NL).toString("utf8")
    async function* parts() {
      for (let at = 0; at < text.length; at += 1000) yield text.slice(at, at + 1000)
    }
    const items: IatiItem[] = []
    for await (const item of streamIati(parts())) items.push(item)
    expect(items.filter((i) => i.programme).length).toBe(13)
    expect(await readIati(parts())).toEqual(await readIati(fixture(NL)))
  })
})
