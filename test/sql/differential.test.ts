/**
 * Differential tests: generated datasets with every edge case of the counting rules (reported-only
 * programmes, cancelled and postponed ones, unknown participants and programmes, partial dates,
 * year-only starts in fiscal years, dated group memberships, several themes), each aggregation's
 * JavaScript result against DuckDB's (duckdbStats over NDJSON files) and, for
 * participationsByCountry, alumniTotals and countByPeriod, against Postgres (PGlite) running
 * sqlFor's Postgres SQL over toTables. Seeded, so that a failure replays.
 */
import fc from "fast-check"
import { afterAll, describe, expect, test } from "vitest"
import {
  alumniTotals,
  countByPeriod,
  disaggregate,
  goalCoverage,
  participationsByCountry,
  rollUp,
} from "../../src/aggregate/index.js"
import { duckdbStats } from "../../src/duckdb/index.js"
import type { Dimension } from "../../src/index.js"
import { exampleDataset } from "../../src/reference/index.js"
import { alumniFromRows, periodsFromRows, seatsFromRows } from "../../src/sql/results.js"
import { sqlFor } from "../../src/sql/sql-for.js"
import {
  countingOptions,
  dataset as datasetArbitrary,
  framework as frameworkArbitrary,
  mekong,
} from "../aggregate/arbitraries.js"
import { Postgres, writeNdjson } from "./engines.js"

/** Each run opens a database: a modest number keeps CI time reasonable. */
const RUNS = { numRuns: 25 }
const TIMEOUT = 240_000

const periodOptions = fc.record({
  of: fc.constantFrom("programmes", "participations"),
  // Mostly fiscal years not starting in January: where year-only starts are undetermined.
  period: fc.constantFrom("year", "fiscal-year", "fiscal-year", "fiscal-year"),
  fiscalYearStartMonth: fc.constantFrom(undefined, 4, 10, 1),
  fill: fc.constantFrom(undefined, true),
}) as fc.Arbitrary<{
  of: "programmes" | "participations"
  period: "year" | "fiscal-year"
  fiscalYearStartMonth?: number
  fill?: boolean
}>

const dimensions = fc
  .subarray(["country", "gender", "profession", "year", "fiscalYear", "theme", "group"] as const, {
    maxLength: 3,
  })
  .chain((by) => fc.shuffledSubarray(by, { minLength: by.length, maxLength: by.length }))

describe("DuckDB agrees with the JavaScript functions", () => {
  test(
    "participationsByCountry, alumniTotals, countByPeriod, goalCoverage, disaggregate, rollUp",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          datasetArbitrary,
          countingOptions,
          periodOptions,
          frameworkArbitrary,
          dimensions,
          fc.constantFrom("participations", "alumni"),
          fc.constantFrom(0, 2),
          fc.option(fc.constantFrom("2020-06", "2025-10-26", "2024"), { nil: undefined }),
          async (dataset, options, period, framework, by, of, minCount, on) => {
            const written = writeNdjson(dataset)
            const stats = await duckdbStats(written.files)
            try {
              expect(await stats.participationsByCountry(options)).toEqual(
                participationsByCountry(dataset, options),
              )
              expect(await stats.alumniTotals(options)).toEqual(alumniTotals(dataset, options))
              const periods = { ...options, ...period }
              expect(await stats.countByPeriod(periods)).toEqual(countByPeriod(dataset, periods))
              expect(await stats.goalCoverage(framework, options)).toEqual(
                goalCoverage(framework, dataset, options),
              )
              // The group dimension needs groupings: the dataset's own, or named ones.
              const groups = (dataset.groups ?? []).length > 0 ? undefined : ["ASEAN", "G7", mekong]
              const cross = {
                ...options,
                by: by as Dimension[],
                of,
                minCount,
                ...(groups === undefined ? {} : { groups }),
              }
              expect(await stats.disaggregate(cross)).toEqual(disaggregate(dataset, cross))
              const seats = participationsByCountry(dataset, options).rows
              const rollUpOptions = { ...(on === undefined ? {} : { on }), dataset }
              const wanted = [
                "ASEAN",
                "G7",
                ...((dataset.groups ?? []).length > 0 ? ["mekong"] : []),
              ]
              expect(await stats.rollUp(seats, wanted, rollUpOptions)).toEqual(
                rollUp(seats, wanted, rollUpOptions),
              )
            } finally {
              await stats.close()
              written.remove()
            }
          },
        ),
        { seed: 1616, ...RUNS },
      )
    },
    TIMEOUT,
  )
})

describe("Postgres (PGlite) agrees with the JavaScript functions", () => {
  const postgres = new Postgres()
  afterAll(() => postgres.close())

  test("on the example dataset (year-only starts, reported-only programmes), as of several dates", async () => {
    await postgres.load(exampleDataset)
    const dialect = "postgres" as const
    for (const asOf of [undefined, "2018", "2024-10", "2025-12-31"]) {
      const options = asOf === undefined ? {} : { asOf }
      expect(
        seatsFromRows(
          await postgres.query(sqlFor("participationsByCountry", { ...options, dialect })),
        ),
      ).toEqual(participationsByCountry(exampleDataset, options))
      expect(
        alumniFromRows(await postgres.query(sqlFor("alumniTotals", { ...options, dialect }))),
      ).toEqual(alumniTotals(exampleDataset, options))
      for (const of of ["programmes", "participations"] as const) {
        const periods = { ...options, of, period: "fiscal-year" as const }
        const result = countByPeriod(exampleDataset, periods)
        expect(
          periodsFromRows(await postgres.query(sqlFor("countByPeriod", { ...periods, dialect }))),
        ).toEqual(result)
      }
    }
    // The example has programmes starting on a year only: undetermined in April fiscal years.
    expect(
      countByPeriod(exampleDataset, { of: "programmes", period: "fiscal-year" }).undetermined,
    ).toBeGreaterThan(0)
  }, 60_000)

  test(
    "participationsByCountry, alumniTotals and countByPeriod",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          datasetArbitrary,
          countingOptions,
          periodOptions,
          async (dataset, options, period) => {
            await postgres.load(dataset)
            const dialect = "postgres" as const
            expect(
              seatsFromRows(
                await postgres.query(sqlFor("participationsByCountry", { ...options, dialect })),
              ),
            ).toEqual(participationsByCountry(dataset, options))
            expect(
              alumniFromRows(await postgres.query(sqlFor("alumniTotals", { ...options, dialect }))),
            ).toEqual(alumniTotals(dataset, options))
            const periods = { ...options, ...period }
            expect(
              periodsFromRows(
                await postgres.query(sqlFor("countByPeriod", { ...periods, dialect })),
              ),
            ).toEqual(countByPeriod(dataset, periods))
          },
        ),
        { seed: 1617, ...RUNS },
      )
    },
    TIMEOUT,
  )
})
