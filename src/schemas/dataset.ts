import type * as z from "zod"
import { extraSchema, plainList, strictObject } from "./fields.js"
import type { ReportedFigure } from "./figure.js"
import { reportedFigureSchema } from "./figure.js"
import { groupingSchema } from "./grouping.js"
import { organisationSchema } from "./organisation.js"
import { participantSchema } from "./participant.js"
import { participationSchema } from "./participation.js"
import { pledgeSchema } from "./pledge.js"
import { programmeSchema } from "./programme.js"
import { strategicFrameworkSchema } from "./strategic-framework.js"

/**
 * A whole dataset, every array optional: the shape of each record only, without the rules
 * between fields and records that `validateDataset` adds. `figures` holds
 * {@link ReportedFigure}s.
 *
 * See [validation: shape of the records](../../docs/validation.md#shape-of-the-records).
 *
 * @example
 * datasetSchema.parse({ programmes: [], participants: [] })
 *
 * @category Schemas
 */
export const datasetSchema = strictObject({
  organisations: plainList(organisationSchema).optional(),
  groups: plainList(groupingSchema).optional(),
  programmes: plainList(programmeSchema).optional(),
  participants: plainList(participantSchema).optional(),
  participations: plainList(participationSchema).optional(),
  pledges: plainList(pledgeSchema).optional(),
  frameworks: plainList(strategicFrameworkSchema).optional(),
  figures: plainList(reportedFigureSchema).optional(),
  extra: extraSchema.optional(),
})

/**
 * A whole dataset: organisations, groups, programmes, participants, participations, pledges, frameworks and reported figures, every array optional.
 *
 * See [validation rules](../../docs/validation.md#validation-rules).
 *
 * @example
 * const dataset: Dataset = { programmes: [], participants: [], participations: [] }
 *
 * @category Schemas
 */
export type Dataset = z.infer<typeof datasetSchema>
