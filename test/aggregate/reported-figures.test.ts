import { describe, expect, it } from "vitest"
import { AggregationError, alumniTotals, reportedFigures } from "../../src/aggregate/index.js"
import { exampleDataset } from "../../src/reference/example-dataset.js"
import type { ReportedFigure } from "../../src/schemas/figure.js"

const figure = (over: Partial<ReportedFigure> & { id: string }): ReportedFigure => ({
  metric: "alumni",
  value: 10,
  scope: { organisation: "unafei" },
  asOf: "2020",
  ...over,
})

describe("reportedFigures", () => {
  it("lists the example dataset's alumni figures, with bound, countries, scope and sources", () => {
    const rows = reportedFigures(exampleDataset, { metric: "alumni" })
    expect(rows.map((r) => [r.figure, r.value, r.bound, r.countries, r.asOf])).toEqual([
      ["unafei-alumni-2024", 6600, "at-least", 144, "2024"],
      ["gebco-graduates-2018", 84, "exact", 37, "2018"],
      ["iho-nautical-chart-graduates-2018", 65, "exact", 39, "2018"],
    ])
    expect(rows[0]?.scope).toEqual({ organisation: "unafei" })
    expect(rows[0]?.sources[0]?.quote).toBe(
      "Since its establishment, it has produced over 6,600 alumni from 144 countries and regions.",
    )
  })

  it("never adds reported alumni to alumni counted from person records", () => {
    // The example dataset has no person records: reported alumni stay apart.
    expect(alumniTotals(exampleDataset).alumni).toBe(0)
    expect(reportedFigures(exampleDataset, { organisation: "unafei" })[0]?.value).toBe(6600)
  })

  it("keeps the latest figure per metric and scope; asOf reads both dates as their last day", () => {
    const figures = [
      figure({ id: "a-2018", value: 5000, asOf: "2018" }),
      figure({ id: "a-2024", value: 6600, asOf: "2024" }),
      figure({ id: "a-2020-06", value: 6000, asOf: "2020-06" }),
      figure({ id: "other-scope", value: 7, scope: { series: "s" }, asOf: "2019" }),
    ]
    expect(reportedFigures({ figures }).map((r) => r.figure)).toEqual(["a-2024", "other-scope"])
    expect(reportedFigures({ figures }, { asOf: "2020" }).map((r) => r.figure)).toEqual([
      "a-2020-06",
      "other-scope",
    ])
    // "2020-06" ends on 30 June: as of 2020-05 the 2018 figure is the latest.
    expect(reportedFigures({ figures }, { asOf: "2020-05" }).map((r) => r.figure)).toEqual([
      "a-2018",
      "other-scope",
    ])
    expect(reportedFigures({ figures }, { asOf: "2017" })).toEqual([])
  })

  it("tells scopes apart by organisation, series and the set of programmes (in any order)", () => {
    const figures = [
      figure({ id: "p1", scope: { programmes: ["x", "y"] }, asOf: "2019" }),
      figure({ id: "p2", scope: { programmes: ["y", "x"] }, asOf: "2020" }),
      figure({ id: "org", scope: { organisation: "o", programmes: ["x", "y"] }, asOf: "2018" }),
    ]
    expect(reportedFigures({ figures }).map((r) => r.figure)).toEqual(["org", "p2"])
  })

  it("breaks a tie of dates by precision, then id", () => {
    const figures = [
      figure({ id: "b", asOf: "2020-12" }),
      figure({ id: "c", asOf: "2020-12-31" }),
      figure({ id: "a", asOf: "2020-12-31" }),
    ]
    expect(reportedFigures({ figures }).map((r) => r.figure)).toEqual(["a"])
  })

  it("orders by metric, then value descending, then id; filters by organisation and series", () => {
    const figures = [
      figure({ id: "z", metric: "participants", value: 3, scope: { series: "s" } }),
      figure({ id: "y", metric: "alumni", value: 3, scope: { series: "s" } }),
      figure({ id: "x", metric: "alumni", value: 3, scope: { series: "t" } }),
      figure({ id: "w", metric: "alumni", value: 9, scope: { organisation: "o" } }),
    ]
    expect(reportedFigures({ figures }).map((r) => r.figure)).toEqual(["w", "x", "y", "z"])
    expect(reportedFigures({ figures }, { series: "s" }).map((r) => r.figure)).toEqual(["y", "z"])
    expect(reportedFigures({ figures }, { organisation: "o" }).map((r) => r.figure)).toEqual(["w"])
  })

  it("returns copies: changing a row changes nothing in the dataset", () => {
    const figures = [figure({ id: "a", scope: { programmes: ["x"] }, sources: [{ title: "T" }] })]
    const [row] = reportedFigures({ figures })
    row?.scope.programmes?.push("y")
    if (row?.sources[0]) row.sources[0].title = "changed"
    expect(figures[0]?.scope.programmes).toEqual(["x"])
    expect(figures[0]?.sources?.[0]?.title).toBe("T")
    expect(row).not.toHaveProperty("countries")
    expect(row?.bound).toBe("exact")
  })

  it("gives [] without figures, and a clear error for what it cannot read", () => {
    expect(reportedFigures({})).toEqual([])
    const error = (run: () => unknown) => {
      try {
        run()
      } catch (e) {
        return [(e as AggregationError).code, (e as Error).message]
      }
      return undefined
    }
    expect(error(() => reportedFigures({ figures: [{ id: "a" } as never] }))).toEqual([
      "aggregate/invalid-record",
      "reportedFigures: figures[0]: metric is missing: use text",
    ])
    expect(
      error(() => reportedFigures({ figures: [figure({ id: "a", asOf: "2020-13" })] })),
    ).toEqual([
      "aggregate/invalid-record",
      "reportedFigures: figures[0]: asOf is '2020-13': use a date YYYY, YYYY-MM or YYYY-MM-DD",
    ])
    expect(error(() => reportedFigures({}, { metrc: "alumni" } as never))?.[0]).toBe(
      "aggregate/unknown-option",
    )
    expect(error(() => reportedFigures({}, { asOf: "soon" }))?.[0]).toBe("aggregate/invalid-option")
    expect(error(() => reportedFigures(null as never))?.[0]).toBe("aggregate/invalid-record")
    expect(reportedFigures({}, undefined)).toEqual([])
    expect(AggregationError).toBeDefined()
  })
})
