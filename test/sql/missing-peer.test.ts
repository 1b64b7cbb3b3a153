/** Without the optional peer dependency, justice-cooperation/duckdb says which package to install. */
import { expect, test, vi } from "vitest"

vi.mock("@duckdb/node-api", () => {
  throw new Error("Cannot find package '@duckdb/node-api'")
})

test("duckdbStats without @duckdb/node-api: a one-line error naming the package", async () => {
  const { duckdbStats } = await import("../../src/duckdb/index.js")
  const error = await duckdbStats({ programmes: "programmes.ndjson" }).catch((e: Error) => e)
  expect(error).toBeInstanceOf(Error)
  expect((error as Error).message).toBe(
    "justice-cooperation/duckdb needs the package @duckdb/node-api: install it with npm install @duckdb/node-api",
  )
})

test("the SQL subpath and the core never load it", async () => {
  const sql = await import("../../src/sql/index.js")
  expect(sql.sqlFor("alumniTotals")).toContain("alumnus AS (")
  const core = await import("../../src/index.js")
  expect(core.alumniTotals({}).alumni).toBe(0)
})
