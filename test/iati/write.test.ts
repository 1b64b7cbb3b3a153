import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import fc from "fast-check"
import { afterAll, describe, expect, it } from "vitest"
import { readIati, writeIati } from "../../src/iati/index.js"
import { exampleDataset } from "../../src/reference/example-dataset.js"
import type { Dataset, Programme } from "../../src/schemas/index.js"
import { validateDataset } from "../../src/validate/index.js"
import { validDatasetArb } from "../fixtures/arbitraries.js"

const XSD = fileURLToPath(
  new URL("../../vendor/iati-schemas/2.03/iati-activities-schema.xsd", import.meta.url),
)
const HAS_XMLLINT = spawnSync("xmllint", ["--version"]).status === 0
if (!HAS_XMLLINT)
  console.warn(
    "xmllint is missing: the IATI schema checks are skipped (apt-get install libxml2-utils; .ci/run installs it)",
  )
const dir = mkdtempSync(join(tmpdir(), "iati-write-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let n = 0

/** xmllint's verdict against the official 2.03 schema: "" when valid, else its messages. */
function schemaErrors(xml: string): string {
  const file = join(dir, `out-${n++}.xml`)
  writeFileSync(file, xml)
  const result = spawnSync("xmllint", ["--nonet", "--noout", "--schema", XSD, file], {
    encoding: "utf8",
  })
  return result.status === 0 ? "" : result.stderr
}

const JICA = { ref: "XM-DAC-701-8", type: "10", name: "Japan International Cooperation Agency" }

describe.skipIf(!HAS_XMLLINT)("the schema check itself", () => {
  it("rejects a file the schema does not accept (so a pass means something)", () => {
    const xml = writeIati(exampleDataset, { reportingOrg: JICA })
    // Title before reporting-org: out of the schema's order.
    const broken = xml.replace(
      /(<reporting-org[\s\S]*?<\/reporting-org>)(\s*)(<title>[\s\S]*?<\/title>)/,
      "$3$2$1",
    )
    expect(broken).not.toBe(xml)
    expect(schemaErrors(broken)).toMatch(/title|reporting-org/)
  })

  it("accepts the official 2.03 example fixture", () => {
    const xml = readFileSync(
      new URL(
        "../fixtures/iati/iati-2.03-official-example-no-errors-1-activity.xml",
        import.meta.url,
      ),
      "utf8",
    )
    expect(schemaErrors(xml)).toBe("")
  })
})

describe("writeIati", () => {
  it.skipIf(!HAS_XMLLINT)(
    "writes the example dataset as IATI 2.03 that the official schema accepts",
    () => {
      const xml = writeIati(exampleDataset, { reportingOrg: JICA })
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
      expect(schemaErrors(xml)).toBe("")
    },
  )

  it("reading the output back gives the same programmes (the example dataset)", async () => {
    const xml = writeIati(exampleDataset, { reportingOrg: JICA })
    const { dataset, issues } = await readIati(xml)
    expect(issues).toEqual([])
    expect(dataset.programmes).toEqual(exampleDataset.programmes)
  })

  it("writes what IATI holds as IATI: identifier, title, roles, status, dates, countries, sectors, SDG tags, budget", () => {
    const programme: Programme = {
      id: "XM-DAC-701-8-ITC-184",
      title: "The 184th International Training Course",
      kind: "training-course",
      status: "completed",
      period: { start: "2024-10-01", end: "2024-11-15" },
      organisations: [{ organisation: "unafei", role: "implementing" }],
      countries: ["VN", "KH"],
      groups: ["m49-035"],
      dacPurposeCodes: [15130],
      sdgTargets: ["16.3"],
      budget: { amount: 1234.5, currency: "USD" },
    }
    const xml = writeIati(
      {
        organisations: [{ id: "unafei", name: "UNAFEI", type: "government" }],
        programmes: [programme],
      },
      { reportingOrg: JICA },
    )
    for (const part of [
      "<iati-identifier>XM-DAC-701-8-ITC-184</iati-identifier>",
      '<reporting-org ref="XM-DAC-701-8" type="10">',
      '<participating-org ref="unafei" role="4" type="10">',
      '<activity-status code="4"/>',
      '<activity-date type="2" iso-date="2024-10-01"/>',
      '<activity-date type="4" iso-date="2024-11-15"/>',
      '<recipient-country code="VN"/>',
      '<recipient-region code="035" vocabulary="2"/>',
      '<sector code="15130" vocabulary="1"/>',
      '<tag code="16.3" vocabulary="3"/>',
      '<value currency="USD" value-date="2024-10-01">1234.5</value>',
    ])
      expect(xml).toContain(part)
    // Only the kind, and the absence of `extra` (the description the schema requires is the
    // title again), need the extension element here.
    expect(xml).toContain(
      '<jc:programme>{"kind":"training-course","absent":["extra"]}</jc:programme>',
    )
  })

  it("is pure and deterministic", () => {
    const frozen = structuredClone(exampleDataset)
    const a = writeIati(frozen, { reportingOrg: JICA })
    expect(frozen).toEqual(exampleDataset)
    expect(writeIati(frozen, { reportingOrg: JICA })).toBe(a)
  })

  it("writes odd text safely: markup characters, control characters, __proto__ ids", async () => {
    const programmes: Programme[] = [
      {
        id: "__proto__",
        title: ' <b>"Tom & Jerry"</b>\r\n\u0001 ]]> \uFFFF',
        kind: "seminar",
        status: "planned",
        period: { start: "2026" },
        themes: ["anti-corruption"],
        extra: { note: "a\u0000b", "</jc:programme>": 1 },
        budget: { amount: 45_000_000_000, currency: "JPY", approximate: true },
      },
    ]
    const xml = writeIati({ programmes }, { reportingOrg: JICA })
    if (HAS_XMLLINT) expect(schemaErrors(xml)).toBe("")
    const { dataset, issues } = await readIati(xml)
    expect(issues).toEqual([])
    expect(dataset.programmes).toEqual(programmes)
  })

  it("property: any valid dataset's programmes read back the same", async () => {
    const rich = validDatasetArb.chain((dataset) =>
      fc
        .record({
          titles: fc.array(fc.string({ unit: "grapheme", maxLength: 12 }), {
            minLength: 6,
            maxLength: 6,
          }),
          dac: fc.array(fc.integer({ min: 10000, max: 99999 }), { maxLength: 3 }),
          sdg: fc.subarray(["16.1", "16.3", "16.a", "5.2"]),
          groups: fc.subarray(["m49-035", "m49-142", "ASEAN"]),
          amount: fc.option(fc.integer({ min: 0, max: 1e12 }).map((cents) => cents / 100)),
        })
        .map(
          ({ titles, dac, sdg, groups, amount }): Dataset => ({
            ...dataset,
            programmes: (dataset.programmes ?? []).map((p, i) => ({
              ...p,
              title: (titles[i] ?? "").trim() === "" ? p.title : (titles[i] as string),
              ...(i % 2 === 0 ? { dacPurposeCodes: dac, sdgTargets: sdg, groups } : {}),
              ...(amount === null ? {} : { budget: { amount, currency: "USD" } }),
            })),
          }),
        ),
    )
    await fc.assert(
      fc.asyncProperty(rich, async (dataset) => {
        expect(validateDataset(dataset).issues.filter((i) => i.severity === "error")).toEqual([])
        const { dataset: back, issues } = await readIati(writeIati(dataset, { reportingOrg: JICA }))
        expect(issues).toEqual([])
        expect(back.programmes).toEqual(dataset.programmes)
      }),
      { seed: 20261130, numRuns: 150 },
    )
  })

  it.skipIf(!HAS_XMLLINT)("property: what it writes passes the official schema", () => {
    const samples = fc.sample(validDatasetArb, { seed: 7, numRuns: 20 })
    const files = samples.map((dataset) => writeIati(dataset, { reportingOrg: JICA }))
    // One xmllint run over all files.
    const paths = files.map((xml) => {
      const file = join(dir, `p-${n++}.xml`)
      writeFileSync(file, xml)
      return file
    })
    const out = spawnSync("xmllint", ["--nonet", "--noout", "--schema", XSD, ...paths], {
      encoding: "utf8",
    })
    expect(
      out.stderr
        .trim()
        .split("\n")
        .filter((line) => !line.endsWith(" validates")),
    ).toEqual([])
    expect(out.status).toBe(0)
  })
})
