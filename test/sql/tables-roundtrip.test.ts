/**
 * The records the flat tables hold whole (reported figures and pledges) read back from their
 * rows as they were: what `stats DIR --engine duckdb` reads from Parquet and CSV tables.
 */
import { describe, expect, test } from "vitest"
import { exampleDataset } from "../../src/reference/index.js"
import { figuresFromTables, pledgesFromTables } from "../../src/sql/tables/from-tables.js"
import { toTables } from "../../src/sql/tables.js"

describe("figures and pledges through the flat tables", () => {
  test("come back as they went in (sources, approximate money and fulfilments included)", () => {
    const tables = toTables(exampleDataset)
    expect(exampleDataset.pledges?.length).toBeGreaterThan(0)
    expect(exampleDataset.figures?.length).toBeGreaterThan(0)
    expect(pledgesFromTables(tables)).toEqual(exampleDataset.pledges)
    expect(figuresFromTables(tables)).toEqual(exampleDataset.figures)
  })
})
