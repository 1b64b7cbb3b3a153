// The types the aggregation functions take, so that /aggregate alone can name them (type-only:
// nothing of the schemas or of money is bundled for them).
export type { ExchangeRate, ExchangeRateTable } from "../money/rates.js"
export type { Grouping } from "../schemas/grouping.js"
export type { Participant } from "../schemas/participant.js"
export type { Participation } from "../schemas/participation.js"
export type { Pledge } from "../schemas/pledge.js"
export type { Programme, ProgrammeKind } from "../schemas/programme.js"
export type { StrategicFramework } from "../schemas/strategic-framework.js"
export type { Accumulator, AccumulatorState } from "./accumulator.js"
export {
  type AlumniAccumulator,
  type AlumniOptions,
  type AlumniTotals,
  type AlumniTotalsAccumulator,
  type AlumniTotalsOptions,
  alumniTotals,
  createAlumniAccumulator,
  createAlumniTotalsAccumulator,
} from "./alumni-totals.js"
export {
  type CountByPeriod,
  type CountByPeriodAccumulator,
  type CountByPeriodOptions,
  countByPeriod,
  createCountByPeriodAccumulator,
  type PeriodCount,
} from "./count-by-period.js"
export {
  createDisaggregateAccumulator,
  DIMENSIONS,
  type DisaggregateAccumulator,
  type DisaggregateOptions,
  type DisaggregateRow,
  disaggregate,
  UNDETERMINED,
  UNKNOWN,
} from "./disaggregate.js"
export { AggregationError, type AggregationErrorCode } from "./errors.js"
export {
  type CellCoverage,
  type CoverageCell,
  createGoalCoverageAccumulator,
  type GoalCoverage,
  type GoalCoverageAccumulator,
  type GoalCoverageOptions,
  type GoalCoverageRow,
  type GoalMatch,
  goalCoverage,
} from "./goal-coverage.js"
export {
  createParticipationsByCountryAccumulator,
  type ParticipationsByCountry,
  type ParticipationsByCountryAccumulator,
  type ParticipationsByCountryOptions,
  participationsByCountry,
} from "./participations-by-country.js"
export {
  createPledgeProgressAccumulator,
  PEOPLE_TRAINED,
  type PledgeProgress,
  type PledgeProgressAccumulator,
  type PledgeProgressOptions,
  type PledgeTargetProgress,
  pledgeProgress,
} from "./pledge-progress.js"
export {
  type ReportedFigureRow,
  type ReportedFiguresFilter,
  type ReportedFiguresInput,
  reportedFigures,
} from "./reported-figures.js"
export {
  createRollUpAccumulator,
  type GroupCount,
  type RollUp,
  type RollUpAccumulator,
  type RollUpOptions,
  rollUp,
} from "./roll-up.js"
export type {
  AggregationContext,
  AggregationInput,
  CountingOptions,
  CountryCount,
  Dimension,
  PledgeStatus,
  ProgrammeFilter,
  SeatCountry,
} from "./types.js"
