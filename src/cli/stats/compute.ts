import { alumniTotals } from "../../aggregate/alumni-totals.js"
import { countByPeriod } from "../../aggregate/count-by-period.js"
import { goalCoverage } from "../../aggregate/goal-coverage.js"
import { participationsByCountry } from "../../aggregate/participations-by-country.js"
import { pledgeProgress } from "../../aggregate/pledge-progress.js"
import { reportedFigures } from "../../aggregate/reported-figures.js"
import type { Dataset } from "../../schemas/dataset.js"

/** What `stats` counts on: the options that every figure shares. */
export type StatsOptions = {
  /** The date every figure is counted on (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly asOf: string
  /** The month (1–12) the fiscal year starts in. */
  readonly fiscalYearStartMonth: number
}

/** The headline statistics of a valid dataset, as plain data (what `--json` prints). */
export type Stats = ReturnType<typeof computeStats>

/**
 * Computes the headline statistics: data only, no printing. `asOf` goes to every aggregation,
 * so that "as of" in the heading holds for every figure.
 */
export function computeStats(dataset: Dataset, { asOf, fiscalYearStartMonth }: StatsOptions) {
  const pledges = (dataset.pledges ?? []).map((pledge) => {
    try {
      return pledgeProgress(pledge, { asOf, dataset })
    } catch (error) {
      return { pledge: pledge.id, error: (error as Error).message }
    }
  })
  return {
    asOf,
    seats: participationsByCountry(dataset, { asOf }),
    alumni: alumniTotals(dataset, { asOf }),
    // Figures the sources state in aggregate, shown beside the counted ones, never added.
    reportedFigures: reportedFigures(dataset, { asOf }),
    coverage: (dataset.frameworks ?? []).map((framework) =>
      goalCoverage(framework, dataset, { asOf }),
    ),
    pledges,
    // Programmes held: planned ones are left out (countByPeriod itself leaves out only
    // cancelled and postponed ones).
    programmesByFiscalYear: countByPeriod(dataset, {
      of: "programmes",
      where: (programme) => programme.status !== "planned",
      period: "fiscal-year",
      fiscalYearStartMonth,
      asOf,
    }),
    fiscalYearStartMonth,
  }
}

/**
 * A goal of a coverage as a table row: goal, title, covered (yes/no), programmes, then linked
 * when asked for, seats, countries.
 */
export function goalRow(
  goal: Stats["coverage"][number]["goals"][number],
  withLinked: boolean,
): (string | number)[] {
  const { programmes, linked, participations, countries } = goal
  const counts = withLinked ? [programmes, linked, participations] : [programmes, participations]
  return [goal.goal, goal.title, goal.covered ? "yes" : "no", ...counts, countries]
}
