/**
 * Of two participants with the same id, the first counts — in JavaScript, and in the SQL, which
 * takes the fields of the record with the smallest ordinal. Generated datasets with a changed
 * copy of a participant (who completes a programme) put anywhere in the list; seeded.
 */
import fc from "fast-check"
import { describe, expect, test } from "vitest"
import { alumniTotals, disaggregate, participationsByCountry } from "../../src/aggregate/index.js"
import { duckdbStats } from "../../src/duckdb/index.js"
import type { Dataset } from "../../src/index.js"
import { countingOptions, dataset as datasetArbitrary } from "../aggregate/arbitraries.js"
import { writeNdjson } from "./engines.js"

function insert<T>(list: readonly T[], at: number, item: T): T[] {
  const out = [...list]
  out.splice(at % (out.length + 1), 0, item)
  return out
}

describe("duplicate ids: the first record counts on DuckDB as in JavaScript", () => {
  test("participationsByCountry, alumniTotals, disaggregate by gender and profession", async () => {
    await fc.assert(
      fc.asyncProperty(
        datasetArbitrary,
        countingOptions,
        fc.nat(),
        fc.nat(),
        async (base, options, which, at) => {
          const participants = base.participants ?? []
          const programmes = base.programmes ?? []
          const copy = participants[which % Math.max(1, participants.length)]
          // The copied participant completes the first programme, so that its fields count.
          const completes =
            copy === undefined || programmes[0] === undefined
              ? []
              : [
                  {
                    participant: copy.id,
                    programme: programmes[0].id,
                    status: "completed" as const,
                  },
                ]
          const dataset: Dataset = {
            ...base,
            participants:
              copy === undefined
                ? participants
                : insert(participants, at, {
                    ...copy,
                    country: copy.country === "JP" ? "MN" : "JP",
                    gender: copy.gender === "undisclosed" ? "other" : "undisclosed",
                    profession: copy.profession === "lawyer" ? "judge" : "lawyer",
                  }),
            participations: [...(base.participations ?? []), ...completes],
          }
          const written = writeNdjson(dataset)
          const stats = await duckdbStats(written.files)
          try {
            expect(await stats.participationsByCountry(options)).toEqual(
              participationsByCountry(dataset, options),
            )
            expect(await stats.alumniTotals(options)).toEqual(alumniTotals(dataset, options))
            const cross = {
              ...options,
              by: ["gender", "profession", "country"] as ("gender" | "profession" | "country")[],
            }
            expect(await stats.disaggregate(cross)).toEqual(disaggregate(dataset, cross))
          } finally {
            await stats.close()
            written.remove()
          }
        },
      ),
      { seed: 1620, numRuns: 20 },
    )
  }, 240_000)
})
