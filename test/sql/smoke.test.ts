import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { expect, test } from "vitest"
import {
  alumniTotals,
  countByPeriod,
  disaggregate,
  goalCoverage,
  participationsByCountry,
} from "../../src/aggregate/index.js"
import { duckdbStats } from "../../src/duckdb/index.js"
import { exampleDataset, japanUnodcFramework } from "../../src/reference/index.js"

test("smoke", async () => {
  const dir = mkdtempSync(join(tmpdir(), "jc-sql-"))
  const nd = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).join("\n")
  writeFileSync(join(dir, "programmes.ndjson"), nd(exampleDataset.programmes ?? []))
  writeFileSync(join(dir, "participants.ndjson"), nd(exampleDataset.participants ?? []))
  writeFileSync(join(dir, "participations.ndjson"), nd(exampleDataset.participations ?? []))
  const s = await duckdbStats({
    programmes: join(dir, "programmes.ndjson"),
    participants: join(dir, "participants.ndjson"),
    participations: join(dir, "participations.ndjson"),
  })
  expect(await s.participationsByCountry()).toEqual(participationsByCountry(exampleDataset))
  expect(await s.alumniTotals()).toEqual(alumniTotals(exampleDataset))
  expect(await s.countByPeriod({ of: "participations", period: "fiscal-year" })).toEqual(
    countByPeriod(exampleDataset, { of: "participations", period: "fiscal-year" }),
  )
  expect(await s.goalCoverage(japanUnodcFramework)).toEqual(
    goalCoverage(japanUnodcFramework, exampleDataset),
  )
  expect(await s.disaggregate({ by: ["country", "theme"] })).toEqual(
    disaggregate(exampleDataset, { by: ["country", "theme"] }),
  )
  await s.close()
})
