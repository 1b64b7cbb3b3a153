// Every chart's specification, byte for byte, against a golden file written before the chart
// modules shared their helpers: a refactor that changes one character of any spec fails here.
// Regenerate (only for an intended change of output): UPDATE_GOLDEN=1 npx vitest run test/charts/specs.test.ts
import { createHash } from "node:crypto"
import { readFileSync, writeFileSync } from "node:fs"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  alumniTotals,
  countByPeriod,
  disaggregate,
  goalCoverage,
  participationsByCountry,
  pledgeProgress,
  rollUp,
} from "../../src/aggregate/index.js"
import {
  alumniChart,
  coverageChart,
  crossTabChart,
  groupChart,
  periodChart,
  pledgeChart,
  seatsChart,
} from "../../src/charts/index.js"
import { exampleDataset, japanUnodcFramework } from "../../src/reference/index.js"
import type { Dataset } from "../../src/schemas/index.js"
import { validDatasetArb } from "../fixtures/arbitraries.js"
import { worldAtlas } from "./render.js"

const GOLDEN = new URL("../fixtures/charts/specs.golden.json", import.meta.url)
const ASOF = "2025-03-31"

const ndjson = (name: string) =>
  readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line))

const cohort: Dataset = {
  programmes: ndjson("cohort-programmes.ndjson"),
  participants: ndjson("cohort-participants.ndjson"),
  participations: ndjson("cohort-participations.ndjson"),
  pledges: exampleDataset.pledges,
  frameworks: [japanUnodcFramework],
}

/** Every chart function on a dataset, with and without options. */
function chartsOf(label: string, dataset: Dataset): [string, unknown][] {
  const seats = participationsByCountry(dataset, { asOf: ASOF })
  const alumni = alumniTotals(dataset, { asOf: ASOF })
  const out: [string, unknown][] = [
    ["seats", seatsChart(seats)],
    ["seats options", seatsChart(seats, { title: "T", width: 300, height: 100 })],
    ["alumni", alumniChart(alumni)],
    ["alumni options", alumniChart(alumni, { title: "A", width: 500, height: 200 })],
    ["alumni map", alumniChart(alumni, { geometry: worldAtlas() as never })],
    [
      "programmes per fiscal year",
      periodChart(countByPeriod(dataset, { of: "programmes", period: "fiscal-year" })),
    ],
    [
      "programmes per year",
      periodChart(countByPeriod(dataset, { of: "programmes", period: "year" }), { width: 200 }),
    ],
    [
      "seats per year",
      periodChart(countByPeriod(dataset, { of: "participations", period: "year" }), {
        of: "participations",
        title: "S",
        height: 90,
      }),
    ],
    [
      "cross-tab year gender",
      crossTabChart(disaggregate(dataset, { by: ["year", "gender"] }), {
        x: "year",
        color: "gender",
      }),
    ],
    [
      "cross-tab country",
      crossTabChart(disaggregate(dataset, { by: ["country", "year"] }), { x: "country" }),
    ],
    [
      "cross-tab suppressed",
      crossTabChart(disaggregate(dataset, { by: ["country", "gender"], minCount: 3 }), {
        x: "country",
        color: "gender",
        title: "C",
        width: 250,
        height: 120,
      }),
    ],
    ["groups", groupChart(rollUp(seats.rows, ["ASEAN", "G7", "m49-150"]))],
    ["groups options", groupChart(rollUp(seats.rows, ["G20"]), { title: "G", height: 50 })],
  ]
  for (const framework of dataset.frameworks ?? []) {
    const coverage = goalCoverage(framework, dataset)
    out.push([`coverage ${framework.id}`, coverageChart(coverage)])
    out.push([
      `coverage ${framework.id} options`,
      coverageChart(coverage, { title: "F", width: 300 }),
    ])
  }
  for (const pledge of dataset.pledges ?? []) {
    const progress = pledgeProgress(pledge, { asOf: ASOF, dataset })
    out.push([`pledge ${pledge.id}`, pledgeChart(progress)])
    out.push([`pledge ${pledge.id} options`, pledgeChart(progress, { title: "P", width: 320 })])
  }
  return out.map(([name, spec]) => [`${label}: ${name}`, spec])
}

function allSpecs(): [string, unknown][] {
  const empty: Dataset = {}
  const specs: [string, unknown][] = [
    ...chartsOf("example", exampleDataset),
    ...chartsOf("cohort", cohort),
    ...fc
      .sample(validDatasetArb, { seed: 1515, numRuns: 4 })
      .flatMap((d, i) => chartsOf(`drawn ${i}`, { ...d, frameworks: [japanUnodcFramework] })),
    ["empty seats", seatsChart(participationsByCountry(empty))],
    ["empty alumni", alumniChart(alumniTotals(empty))],
    ["empty alumni map", alumniChart(alumniTotals(empty), { geometry: worldAtlas() as never })],
    ["empty period", periodChart(countByPeriod(empty, { of: "programmes", period: "year" }))],
    ["empty cross-tab", crossTabChart(disaggregate(empty, { by: ["country"] }), { x: "country" })],
    ["empty groups", groupChart(rollUp([], []))],
    [
      "empty coverage",
      coverageChart({
        framework: "f",
        covered: 0,
        total: 0,
        ratio: 0,
        cellCoverage: { covered: 0, total: 0, ratio: 0 },
        goals: [],
        cells: [],
        gaps: { goals: [], cells: [] },
      }),
    ],
    [
      "empty pledge",
      pledgeChart({ pledge: "p", asOf: "2025", elapsed: 0, status: "not-started", targets: [] }),
    ],
    [
      "seats approximate",
      seatsChart(
        { total: 3, unattributed: 1, rows: [{ country: "UA", count: 2 }], approximate: true },
        { title: "Seats, FY2024", width: 300, height: 100 },
      ),
    ],
    [
      "alumni not on map",
      alumniChart(
        {
          alumni: 6,
          countries: 4,
          byCountry: [
            { country: "XK", count: 3 },
            { country: "PH", count: 1 },
            { country: "TO", count: 1 },
            { country: "WS", count: 1 },
          ],
        },
        { geometry: worldAtlas() as never },
      ),
    ],
    [
      "cross-tab rows",
      crossTabChart(
        [
          { country: "VN", year: "2024", count: 5 },
          { country: "UA", year: "2023", count: 4 },
          { country: "VN", year: "2023", count: 2 },
          { country: "PH", year: "2024", count: null, suppressed: true as const },
        ],
        { x: "year", color: "country" },
      ),
    ],
  ]
  return specs
}

/** Full JSON for specs of readable size, else its SHA-256 (the map carries the atlas). */
function fingerprint(spec: unknown): string {
  const json = JSON.stringify(spec)
  return json.length <= 10_000
    ? json
    : `sha256:${createHash("sha256").update(json).digest("hex")} (${json.length} characters)`
}

describe("chart specifications are byte-identical to the golden file", () => {
  const actual = Object.fromEntries(allSpecs().map(([name, spec]) => [name, fingerprint(spec)]))

  if (process.env.UPDATE_GOLDEN === "1")
    writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2)}\n`)
  const golden = JSON.parse(readFileSync(GOLDEN, "utf8")) as Record<string, string>

  it("the same cases", () => {
    expect(Object.keys(actual)).toEqual(Object.keys(golden))
  })

  for (const name of Object.keys(golden))
    it(name, () => {
      expect(actual[name]).toBe(golden[name])
    })
})
