// Every validation rule, in the order it runs: the order of the issues it reports. Rules on
// one collection run record by record, each record through its rules in this order (see
// run-rules.ts). A new rule goes here, where its issues should come (docs/contributing.md).
import { EACH } from "../record-fields.js"
import { duplicateId } from "./duplicate-id.js"
import { endBeforeStart } from "./end-before-start.js"
import { figureByCountryExceedsValue } from "./figure/by-country-exceeds-value.js"
import { figureEmptyScope } from "./figure/empty-scope.js"
import { figureTooManyCountries } from "./figure/too-many-countries.js"
import { groupingOverlappingSpans } from "./grouping/overlapping-spans.js"
import { groupingUntilBeforeFrom } from "./grouping/until-before-from.js"
import { participationCompletedOnWithoutCompletion } from "./participation/completed-on-without-completion.js"
import { participationCompletedOutsideProgramme } from "./participation/completed-outside-programme.js"
import { participationDuplicate } from "./participation/duplicate.js"
import { participationInCancelledProgramme } from "./participation/in-cancelled-programme.js"
import { participationUnknownParticipant } from "./participation/unknown-participant.js"
import { participationUnknownProgramme } from "./participation/unknown-programme.js"
import { pledgeCumulativeSameDate } from "./pledge/cumulative-same-date.js"
import { pledgeFulfilmentBeforeAnnouncement } from "./pledge/fulfilment-before-announcement.js"
import { pledgeFulfilmentWrongCurrency } from "./pledge/fulfilment-wrong-currency.js"
import { pledgeFulfilmentWrongKind } from "./pledge/fulfilment-wrong-kind.js"
import { pledgeUnknownTarget } from "./pledge/unknown-target.js"
import { programmeCompletedWithoutEnd } from "./programme/completed-without-end.js"
import { programmeDuplicateCountry } from "./programme/duplicate-country.js"
import { programmeReportedCountriesExceedTotal } from "./programme/reported-countries-exceed-total.js"
import { programmeReportedExceedsTotal } from "./programme/reported-exceeds-total.js"
import { programmeReportedTooManyCountries } from "./programme/reported-too-many-countries.js"
import { programmeUnknownGoal } from "./programme/unknown-goal.js"
import { repeatedId } from "./repeated-id.js"
import type { ValidationRule } from "./rule.js"
import { unknownReference } from "./unknown-reference.js"
import { unknownTheme } from "./unknown-theme.js"

export const RULE_ORDER: readonly ValidationRule[] = [
  // Ids repeated across records, collection by collection.
  duplicateId("organisation/duplicate-id", "organisations"),
  duplicateId("grouping/duplicate-id", "groups"),
  duplicateId("participant/duplicate-id", "participants"),
  duplicateId("pledge/duplicate-id", "pledges"),
  duplicateId("framework/duplicate-id", "frameworks"),
  duplicateId("programme/duplicate-id", "programmes"),
  duplicateId("figure/duplicate-id", "figures"),

  // Groupings: membership spans, member by member.
  groupingUntilBeforeFrom,
  groupingOverlappingSpans,

  // Programmes.
  endBeforeStart("programme/end-before-start", "programmes"),
  programmeCompletedWithoutEnd,
  programmeReportedExceedsTotal,
  programmeReportedTooManyCountries,
  programmeReportedCountriesExceedTotal,
  unknownReference(
    "programme/unknown-organisation",
    "programmes",
    ["organisations", EACH, "organisation"],
    "organisations",
  ),
  unknownReference("programme/unknown-group", "programmes", ["groups", EACH], "groups"),
  programmeUnknownGoal,
  unknownReference("programme/unknown-pledge", "programmes", ["pledges", EACH], "pledges"),
  programmeDuplicateCountry,
  unknownTheme("programme/unknown-theme", "programmes", ["themes"]),

  // Participants.
  unknownReference(
    "participant/unknown-organisation",
    "participants",
    ["organisation"],
    "organisations",
  ),

  // Participations: the hot loop, then the pairs repeated across records.
  participationUnknownParticipant,
  participationUnknownProgramme,
  participationCompletedOnWithoutCompletion,
  participationInCancelledProgramme,
  participationCompletedOutsideProgramme,
  participationDuplicate,

  // Pledges, then their fulfilment records, record by record.
  endBeforeStart("pledge/end-before-start", "pledges"),
  unknownTheme("pledge/unknown-theme", "pledges", ["themes"]),
  unknownReference("pledge/unknown-pledger", "pledges", ["pledger"], "organisations"),
  unknownReference(
    "pledge/unknown-organisation",
    "pledges",
    ["recipient", "organisation"],
    "organisations",
  ),
  unknownReference("pledge/unknown-group", "pledges", ["recipient", "groups", EACH], "groups"),
  repeatedId("pledge/duplicate-target-id", "pledges", "targets"),
  pledgeFulfilmentBeforeAnnouncement,
  pledgeUnknownTarget,
  pledgeFulfilmentWrongKind,
  pledgeFulfilmentWrongCurrency,
  pledgeCumulativeSameDate,

  // Strategic frameworks, then their priority regions, region by region.
  endBeforeStart("framework/end-before-start", "frameworks"),
  unknownReference("framework/unknown-party", "frameworks", ["parties", EACH], "organisations"),
  repeatedId("framework/duplicate-goal-id", "frameworks", "goals"),
  repeatedId("framework/duplicate-region-id", "frameworks", "priorityRegions", "priorityRegions"),
  unknownReference(
    "framework/unknown-group",
    "frameworks",
    ["priorityRegions", EACH, "groups", EACH],
    "groups",
    "priorityRegions",
  ),
  unknownTheme(
    "framework/unknown-theme",
    "frameworks",
    ["priorityRegions", EACH, "themes"],
    "priorityRegions",
  ),
  unknownTheme("framework/unknown-theme", "frameworks", ["goals", EACH, "themes"], "goals"),

  // Reported figures.
  figureEmptyScope,
  unknownReference(
    "figure/unknown-organisation",
    "figures",
    ["scope", "organisation"],
    "organisations",
  ),
  unknownReference("figure/unknown-series", "figures", ["scope", "series"], "series"),
  unknownReference(
    "figure/unknown-programme",
    "figures",
    ["scope", "programmes", EACH],
    "programmes",
  ),
  figureByCountryExceedsValue,
  figureTooManyCountries,
]
