/**
 * Group ids that resolve nowhere: the JavaScript functions refuse them with an
 * `aggregate/unknown-group` naming where the id is; duckdbStats must refuse them the same way
 * (the same code and message), not count nothing for them. Generated datasets with an unknown
 * id put in a programme's groups, a framework's priority region, disaggregate's and rollUp's
 * groups; seeded, so that a failure replays.
 */
import fc from "fast-check"
import { describe, expect, test } from "vitest"
import {
  disaggregate,
  goalCoverage,
  participationsByCountry,
  rollUp,
} from "../../src/aggregate/index.js"
import { duckdbStats } from "../../src/duckdb/index.js"
import type { Dataset, StrategicFramework } from "../../src/index.js"
import {
  countingOptions,
  dataset as datasetArbitrary,
  framework as frameworkArbitrary,
} from "../aggregate/arbitraries.js"
import { writeNdjson } from "./engines.js"

/** What a call gives: its value, or its error's code and message. */
async function outcome(call: () => unknown): Promise<unknown> {
  try {
    return { value: await call() }
  } catch (error) {
    const { code, message } = error as { code?: string; message: string }
    return { error: { code, message } }
  }
}

/** The dataset with `id` put in the groups of the programme at `which`, at `at`. */
function withUnknownGroup(dataset: Dataset, which: number, at: number, id: string): Dataset {
  const programmes = [...(dataset.programmes ?? [])]
  const k = programmes.length === 0 ? -1 : which % programmes.length
  const programme = programmes[k]
  if (programme !== undefined) {
    const groups = [...(programme.groups ?? [])]
    groups.splice(at % (groups.length + 1), 0, id)
    programmes[k] = { ...programme, groups }
  }
  return { ...dataset, programmes }
}

describe("an unknown group id is refused as the JavaScript functions refuse it", () => {
  test("goalCoverage, disaggregate by group and rollUp", async () => {
    await fc.assert(
      fc.asyncProperty(
        datasetArbitrary,
        countingOptions,
        frameworkArbitrary,
        fc.nat(),
        fc.nat(),
        fc.constantFrom("atlantis", "O'Brien isles"),
        fc.boolean(),
        fc.nat(3),
        async (base, options, fw, which, at, unknown, inRegion, position) => {
          const dataset = withUnknownGroup(base, which, at, unknown)
          // Sometimes a priority region names it too (after the programmes: reported second).
          const framework: StrategicFramework = inRegion
            ? {
                ...fw,
                priorityRegions: (fw.priorityRegions ?? []).map((r, k) =>
                  k === 0 ? { ...r, groups: [...(r.groups ?? []), "nowhere"] } : r,
                ),
              }
            : fw
          const groups = ["ASEAN", "G7"]
          groups.splice(position % 3, 0, unknown)
          const written = writeNdjson(dataset)
          const stats = await duckdbStats(written.files)
          try {
            const js = await outcome(() => goalCoverage(framework, dataset, options))
            expect(await outcome(() => stats.goalCoverage(framework, options))).toEqual(js)
            const cross = { ...options, by: ["group" as const, "gender" as const], groups }
            expect(await outcome(() => stats.disaggregate(cross))).toEqual(
              await outcome(() => disaggregate(dataset, cross)),
            )
            const seats = participationsByCountry(base, options).rows
            expect(await outcome(() => stats.rollUp(seats, groups, { dataset }))).toEqual(
              await outcome(() => rollUp(seats, groups, { dataset })),
            )
          } finally {
            await stats.close()
            written.remove()
          }
        },
      ),
      { seed: 1619, numRuns: 15 },
    )
  }, 240_000)

  test("the errors name the id and where it is", async () => {
    const dataset: Dataset = {
      programmes: [
        {
          id: "p1",
          title: "P1",
          kind: "training-course",
          status: "completed",
          period: { start: "2024-05-01", end: "2024-05-10" },
          groups: ["ASEAN", "atlantis"],
        },
      ],
    }
    const framework: StrategicFramework = {
      id: "fw",
      title: "FW",
      parties: [],
      adoptedOn: "2024",
      period: { start: "2024", end: "2026" },
      goals: [{ id: "g1", title: "G1" }],
    }
    const written = writeNdjson(dataset)
    const stats = await duckdbStats(written.files)
    try {
      const error = {
        code: "aggregate/unknown-group",
        message:
          "unknown group 'atlantis' in the groups of programme 'p1': define it in the dataset's groups, or use a reference grouping id such as 'ASEAN', 'G7' or 'EU'",
      }
      expect(await outcome(() => goalCoverage(framework, dataset))).toEqual({ error })
      expect(await outcome(() => stats.goalCoverage(framework))).toEqual({ error })
      const cross = { by: ["group" as const], groups: ["G7", "atlantis"] }
      expect(await outcome(() => stats.disaggregate(cross))).toEqual(
        await outcome(() => disaggregate(dataset, cross)),
      )
      expect(await outcome(() => stats.rollUp([], ["atlantis"]))).toEqual(
        await outcome(() => rollUp([], ["atlantis"])),
      )
    } finally {
      await stats.close()
      written.remove()
    }
  }, 60_000)
})
