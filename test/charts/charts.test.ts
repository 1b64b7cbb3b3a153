import { readFileSync } from "node:fs"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  alumniTotals,
  countByPeriod,
  disaggregate,
  goalCoverage,
  type Pledge,
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
  VEGA_LITE_SCHEMA,
  type VegaLiteSpec,
} from "../../src/charts/index.js"
import { exampleDataset, japanUnodcFramework } from "../../src/reference/index.js"
import type { Dataset } from "../../src/schemas/index.js"
import { validDatasetArb } from "../fixtures/arbitraries.js"
import { dataMarks, render, worldAtlas } from "./render.js"

const ndjson = (name: string) =>
  readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line))

/** The generated sample of the examples (40 programmes, 800 people, 2,400 participations). */
const cohort: Dataset = {
  programmes: ndjson("cohort-programmes.ndjson"),
  participants: ndjson("cohort-participants.ndjson"),
  participations: ndjson("cohort-participations.ndjson"),
  pledges: exampleDataset.pledges,
  frameworks: [japanUnodcFramework],
}
const ASOF = "2025-03-31"

/** Every chart of a dataset, as the report draws them. */
function chartsOf(dataset: Dataset): { name: string; spec: VegaLiteSpec }[] {
  const seats = participationsByCountry(dataset, { asOf: ASOF })
  const charts = [
    { name: "seats", spec: seatsChart(seats) },
    { name: "alumni", spec: alumniChart(alumniTotals(dataset, { asOf: ASOF })) },
    {
      name: "alumni map",
      spec: alumniChart(alumniTotals(dataset, { asOf: ASOF }), { geometry: worldAtlas() as never }),
    },
    {
      name: "period",
      spec: periodChart(countByPeriod(dataset, { of: "programmes", period: "fiscal-year" })),
    },
    {
      name: "cross-tab",
      spec: crossTabChart(disaggregate(dataset, { by: ["year", "gender"] }), {
        x: "year",
        color: "gender",
      }),
    },
    { name: "groups", spec: groupChart(rollUp(seats.rows, ["ASEAN", "G7", "m49-150"])) },
  ]
  for (const framework of dataset.frameworks ?? [])
    charts.push({
      name: `coverage ${framework.id}`,
      spec: coverageChart(goalCoverage(framework, dataset)),
    })
  for (const pledge of dataset.pledges ?? [])
    charts.push({
      name: `pledge ${pledge.id}`,
      spec: pledgeChart(pledgeProgress(pledge, { asOf: ASOF, dataset })),
    })
  return charts
}

/** Checks every spec is plain JSON with the v5 schema and a description, and renders. */
async function renderAll(dataset: Dataset) {
  const out = []
  for (const { name, spec } of chartsOf(dataset)) {
    expect(spec.$schema, name).toBe(VEGA_LITE_SCHEMA)
    expect(JSON.parse(JSON.stringify(spec)), name).toEqual(spec)
    expect(spec.description.length, name).toBeGreaterThan(20)
    const rendered = await render(spec)
    expect(rendered.warnings, name).toEqual([])
    // The SVG carries the description for screen readers.
    expect(rendered.svg, name).toContain("aria-label")
    out.push({ name, spec, rendered })
  }
  return out
}

describe("every chart renders (vega 5, vega-lite 5, headless)", () => {
  it("for the example dataset", async () => {
    const all = await renderAll(exampleDataset)
    const names = all.map((c) => c.name)
    expect(names.slice(0, 7)).toEqual([
      "seats",
      "alumni",
      "alumni map",
      "period",
      "cross-tab",
      "groups",
      "coverage japan-unodc-2024-2026",
    ])
    expect(names.slice(7)).toEqual(exampleDataset.pledges?.map((p) => `pledge ${p.id}`))
  })

  it("for a generated dataset (the examples' cohort sample)", async () => {
    const all = await renderAll(cohort)
    const seats = all.find((c) => c.name === "seats")?.rendered
    expect(seats && dataMarks(seats, "rect")).toBe(
      participationsByCountry(cohort, { asOf: ASOF }).rows.length,
    )
  })

  it("for datasets drawn by fast-check (seeded)", async () => {
    for (const dataset of fc.sample(validDatasetArb, { seed: 1515, numRuns: 4 }))
      await renderAll({ ...dataset, frameworks: [japanUnodcFramework] })
  })

  it("for empty results: a sentence in place of the marks, never an empty frame", async () => {
    const empty: Dataset = {}
    const specs = [
      seatsChart(participationsByCountry(empty)),
      alumniChart(alumniTotals(empty)),
      periodChart(countByPeriod(empty, { of: "programmes", period: "year" })),
      crossTabChart(disaggregate(empty, { by: ["country"] }), { x: "country" }),
      groupChart(rollUp([], [])),
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
      pledgeChart({ pledge: "p", asOf: "2025", elapsed: 0, status: "not-started", targets: [] }),
    ]
    for (const spec of specs) {
      expect(spec.usermeta).toEqual({ empty: true })
      const rendered = await render(spec)
      expect(rendered.warnings).toEqual([])
      expect(dataMarks(rendered, "rect")).toBe(0)
      expect(dataMarks(rendered, "text")).toBe(1)
      expect(rendered.texts.some((t) => /^(No |Nothing|The (pledge|framework))/.test(t))).toBe(true)
    }
    // The empty map is still a map: every country grey.
    const map = await render(alumniChart(alumniTotals(empty), { geometry: worldAtlas() as never }))
    expect(new Set(map.fills.shape)).toEqual(new Set(["#e3e3e3"]))
  })
})

describe("seatsChart", () => {
  it("one bar per country, by name, in the result's order; unattributed named, not drawn", async () => {
    const seats = participationsByCountry(cohort)
    const spec = seatsChart(seats)
    const rendered = await render(spec)
    expect(dataMarks(rendered, "rect")).toBe(seats.rows.length)
    // Axis labels are names, in the result's order (count descending).
    const names = seats.rows.map((r) =>
      r.country === "VN" ? "Vietnam" : r.country === "ID" ? "Indonesia" : undefined,
    )
    expect(names.slice(0, 2)).toEqual(["Vietnam", "Indonesia"])
    const labels = rendered.texts.filter((t) => t === "Vietnam" || t === "Indonesia")
    expect(labels).toEqual(["Vietnam", "Indonesia"])
    expect(rendered.texts).toContain("Seats per country")
    expect(rendered.texts).toContain("Seats (participants who attended or completed)")
    expect(rendered.texts).toContain("Country")
    // The count beside each bar.
    expect(rendered.texts).toContain(String(seats.rows[0]?.count))
  })

  it("the example: 270 unattributed seats are named under the title", async () => {
    const rendered = await render(seatsChart(participationsByCountry(exampleDataset)))
    expect(rendered.texts).toContain("Ukraine")
    expect(rendered.texts.some((t) => t.startsWith("270 not attributed to a country"))).toBe(true)
    expect(rendered.texts).toContain("274 seats in all; 4 in 1 country")
  })

  it("title, width and height options; approximate figures named", () => {
    const spec = seatsChart(
      { total: 3, unattributed: 0, rows: [{ country: "UA", count: 3 }], approximate: true },
      { title: "Seats, FY2024", width: 300, height: 100 },
    )
    expect(spec.title).toMatchObject({ text: "Seats, FY2024" })
    expect(spec.width).toBe(300)
    expect(spec.height).toBe(100)
    expect(JSON.stringify(spec.title)).toContain("approximate")
  })

  it("rejects what is not a result, with a sentence", () => {
    expect(() => seatsChart([] as never)).toThrow(
      /seatsChart: pass the result of participationsByCountry/,
    )
    expect(() =>
      seatsChart({ total: 0, unattributed: 0, rows: [], approximate: false }, { width: -1 }),
    ).toThrow(/options.width must be a positive number/)
  })

  it("the same result gives the same specification", () => {
    const seats = participationsByCountry(cohort)
    expect(JSON.stringify(seatsChart(seats))).toBe(JSON.stringify(seatsChart(seats)))
  })
})

describe("alumniChart", () => {
  const atlas = worldAtlas()
  const features = atlas.objects.countries?.geometries.length ?? 0

  it("a world map: shapes joined by ISO numeric code, grey where there are no alumni", async () => {
    const alumni = {
      alumni: 9,
      countries: 3,
      byCountry: [
        { country: "VN", count: 5 },
        { country: "UA", count: 3 },
        { country: "BR", count: 1 },
      ],
    }
    const spec = alumniChart(alumni, { geometry: atlas as never })
    const rendered = await render(spec)
    expect(dataMarks(rendered, "shape")).toBe(features)
    const fills = rendered.fills.shape ?? []
    expect(fills.filter((f) => f === "#e3e3e3").length).toBe(features - 3)
    // Three distinct shades: more alumni, darker.
    expect(new Set(fills.filter((f) => f !== "#e3e3e3")).size).toBe(3)
    expect(rendered.texts).toContain("Alumni by home country")
    expect(rendered.texts).toContain("Alumni") // legend title
    expect(spec.usermeta).toEqual({ notOnMap: [], total: 9 })
  })

  it("countries the geometry lacks (Kosovo, Tonga, Samoa at 110m) are listed, never silently missing", async () => {
    const alumni = {
      alumni: 6,
      countries: 4,
      byCountry: [
        { country: "XK", count: 3 },
        { country: "PH", count: 1 },
        { country: "TO", count: 1 },
        { country: "WS", count: 1 },
      ],
    }
    const spec = alumniChart(alumni, { geometry: atlas as never })
    expect((spec.usermeta as { notOnMap: unknown }).notOnMap).toEqual([
      { country: "XK", name: "Kosovo", count: 3 },
      { country: "TO", name: "Tonga", count: 1 },
      { country: "WS", name: "Samoa", count: 1 },
    ])
    const rendered = await render(spec)
    expect(rendered.texts).toContain(
      "Not on the map (no shape in the geometry): Kosovo 3, Tonga 1, Samoa 1",
    )
    expect(spec.description).toContain("Kosovo 3")
    expect((rendered.fills.shape ?? []).filter((f) => f !== "#e3e3e3").length).toBe(1)
  })

  it("takes GeoJSON with the code in a property", async () => {
    const square = (id: string, x: number) => ({
      type: "Feature",
      properties: { iso: id },
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [x, 0],
            [x + 10, 0],
            [x + 10, 10],
            [x, 10],
            [x, 0],
          ],
        ],
      },
    })
    const geometry = {
      type: "FeatureCollection" as const,
      features: [square("804", 0), square("704", 20)],
    }
    const spec = alumniChart(
      { alumni: 2, countries: 1, byCountry: [{ country: "UA", count: 2 }] },
      { geometry, idField: "properties.iso" },
    )
    const rendered = await render(spec)
    expect(dataMarks(rendered, "shape")).toBe(2)
    expect((rendered.fills.shape ?? []).filter((f) => f === "#e3e3e3").length).toBe(1)
  })

  it("bars without geometry; a clear error for geometry it cannot read", async () => {
    const rendered = await render(alumniChart(alumniTotals(cohort)))
    expect(dataMarks(rendered, "rect")).toBe(alumniTotals(cohort).byCountry.length)
    expect(() =>
      alumniChart(alumniTotals(cohort), { geometry: { type: "Nope" } as never }),
    ).toThrow(/TopoJSON topology .* or a GeoJSON FeatureCollection/)
    expect(() =>
      alumniChart(alumniTotals(cohort), { geometry: atlas as never, feature: "rivers" }),
    ).toThrow(/no TopoJSON object 'rivers'.*objects: countries, land/)
  })
})

describe("periodChart", () => {
  it("bars in time order, labels as the result's; undetermined named", async () => {
    const result = countByPeriod(exampleDataset, { of: "programmes", period: "fiscal-year" })
    const rendered = await render(periodChart(result))
    expect(dataMarks(rendered, "rect")).toBe(result.rows.length)
    const labels = rendered.texts.filter((t) => /^FY\d{4}$/.test(t))
    expect(labels).toEqual(result.rows.map((r) => r.period))
    expect(rendered.texts).toContain("Programmes per fiscal year")
    expect(rendered.texts).toContain("Fiscal year (by start)")
    expect(rendered.texts).toContain(
      `${result.undetermined} programmes dated by year only: fiscal year undetermined, not drawn`,
    )
  })

  it("seats per year, with the words for seats", async () => {
    const result = countByPeriod(cohort, { of: "participations", period: "year" })
    const rendered = await render(periodChart(result, { of: "participations" }))
    expect(rendered.texts).toContain("Seats per year")
    expect(rendered.texts.filter((t) => /^\d{4}$/.test(t))[0]).toBe(result.rows[0]?.period)
  })
})

describe("pledgeChart", () => {
  it("a bar per target coloured by status, the goal and the elapsed share as lines", async () => {
    const pledge = exampleDataset.pledges?.find(
      (p) => p.id === "unodc-japanese-staff-2024",
    ) as Pledge
    const progress = pledgeProgress(pledge, { asOf: ASOF, dataset: exampleDataset })
    const rendered = await render(pledgeChart(progress))
    expect(dataMarks(rendered, "rect")).toBe(progress.targets.length)
    expect(dataMarks(rendered, "rule")).toBe(2)
    expect(rendered.texts).toContain("Progress of pledge unodc-japanese-staff-2024")
    expect(rendered.texts).toContain("Share of the target achieved")
    const target = progress.targets[0] as (typeof progress.targets)[number]
    expect(
      rendered.texts.some((t) => t === `${Math.round(target.ratio * 100)}% (${target.status})`),
    ).toBe(true)
    expect(rendered.texts.some((t) => t.startsWith(`As of ${ASOF}: ${progress.status}`))).toBe(true)
  })
})

describe("coverageChart", () => {
  it("goals as bars in the framework's order, region × theme cells as a grid", async () => {
    const coverage = goalCoverage(japanUnodcFramework, cohort)
    const rendered = await render(coverageChart(coverage))
    expect(dataMarks(rendered, "rect")).toBe(coverage.goals.length + coverage.cells.length)
    const goalTitles = coverage.goals.map((g) => g.title)
    expect(rendered.texts.filter((t) => goalTitles.includes(t))).toEqual(goalTitles)
    expect(rendered.texts).toContain("Priority regions × themes: programmes in each cell")
    const gaps = coverage.goals.filter((g) => !g.covered).length
    expect(rendered.texts.filter((t) => t === "no programme: a gap").length).toBe(gaps)
    // Gaps red, covered green, in both panels.
    const fills = rendered.fills.rect ?? []
    expect(fills.filter((f) => f === "#e45756").length).toBe(gaps + coverage.gaps.cells.length)
  })
})

describe("crossTabChart", () => {
  const rows = [
    { country: "VN", year: "2024", count: 5 },
    { country: "UA", year: "2023", count: 4 },
    { country: "VN", year: "2023", count: 2 },
    { country: "PH", year: "2024", count: null, suppressed: true as const },
  ]

  it("years in time order, split by country (names), suppressed cells left out and named", async () => {
    const spec = crossTabChart(rows, { x: "year", color: "country" })
    const rendered = await render(spec)
    expect(dataMarks(rendered, "rect")).toBe(3)
    expect(rendered.texts.filter((t) => /^\d{4}$/.test(t))).toEqual(["2023", "2024"])
    expect(rendered.texts).toContain("Vietnam")
    expect(rendered.texts).toContain("Ukraine")
    expect(rendered.texts).not.toContain("Philippines")
    expect(rendered.texts).toContain(
      "1 cell suppressed for privacy (too few to show): not drawn, not in the total",
    )
    expect(rendered.texts).toContain("11 in all")
  })

  it("other dimensions are summed: x by total, descending", async () => {
    const rendered = await render(crossTabChart(rows, { x: "country" }))
    expect(rendered.texts.filter((t) => ["Vietnam", "Ukraine"].includes(t))).toEqual([
      "Vietnam",
      "Ukraine",
    ])
    expect(rendered.texts).toContain("Summed over year")
  })

  it("a dimension the rows lack is a clear error", () => {
    expect(() => crossTabChart(rows, { x: "gender" })).toThrow(
      /rows\[0\] has no 'gender': pass rows of disaggregate with 'gender' in its `by`/,
    )
    expect(() => crossTabChart(rows, { x: "year", color: "year" })).toThrow(/other than options.x/)
  })
})

describe("groupChart", () => {
  it("a bar per requested group, zeros included, reference names as labels", async () => {
    const seats = participationsByCountry(cohort)
    const result = rollUp(seats.rows, ["ASEAN", "G7", "m49-150"])
    const rendered = await render(groupChart(result))
    expect(dataMarks(rendered, "rect")).toBe(3)
    expect(rendered.texts).toContain("Association of Southeast Asian Nations")
    expect(
      rendered.texts.some((t) =>
        t.endsWith(`${result.unassigned.toLocaleString("en")} in none of them`),
      ),
    ).toBe(true)
  })
})

describe("the charts entry point loads no charting engine", () => {
  it("its modules import nothing outside the package", async () => {
    const { build } = await import("esbuild")
    const result = await build({
      entryPoints: [new URL("../../src/charts/index.ts", import.meta.url).pathname],
      bundle: true,
      write: false,
      metafile: true,
      format: "esm",
      platform: "neutral",
      logLevel: "silent",
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.filter((path) => path.includes("node_modules"))).toEqual([])
    expect(inputs.every((path) => path.startsWith("src/"))).toBe(true)
  })
})
