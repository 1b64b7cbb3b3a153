export { type Dataset, datasetSchema } from "./dataset.js"
export {
  type CountryCode,
  countryCodeSchema,
  currencyCodeSchema,
  extraSchema,
  type Id,
  idSchema,
  type JsonValue,
  type Money,
  moneySchema,
  type PartialDate,
  type Period,
  partialDateSchema,
  periodSchema,
} from "./fields.js"
export {
  FIGURE_BOUNDS,
  FIGURE_METRICS,
  type FigureBound,
  type FigureScope,
  type ReportedFigure,
  reportedFigureSchema,
} from "./figure.js"
export { type Grouping, type GroupingMember, groupingSchema } from "./grouping.js"
export {
  ORGANISATION_TYPES,
  type Organisation,
  type OrganisationType,
  organisationSchema,
} from "./organisation.js"
export {
  GENDERS,
  type Gender,
  type Participant,
  PROFESSIONS,
  type Profession,
  participantSchema,
} from "./participant.js"
export {
  PARTICIPATION_ROLES,
  PARTICIPATION_STATUSES,
  type Participation,
  type ParticipationRole,
  type ParticipationStatus,
  participationSchema,
} from "./participation.js"
export {
  FULFILMENT_KINDS,
  type Pledge,
  type PledgeFulfilment,
  type PledgeTarget,
  pledgeFulfilmentSchema,
  pledgeSchema,
  pledgeTargetSchema,
} from "./pledge.js"
export {
  ORGANISATION_ROLES,
  type OrganisationRole,
  PROGRAMME_KINDS,
  PROGRAMME_MODES,
  PROGRAMME_STATUSES,
  type Programme,
  type ProgrammeKind,
  type ProgrammeStatus,
  programmeSchema,
} from "./programme.js"
export { type Source, sourceSchema } from "./source.js"
export {
  type FrameworkGoal,
  type PriorityRegion,
  type StrategicFramework,
  strategicFrameworkSchema,
} from "./strategic-framework.js"
