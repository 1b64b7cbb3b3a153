// Every message a person reads from validation, in one table: the rules' messages here, the
// schema's in src/messages.ts. A message says what is wrong and what would be right, on one
// line; values from the data are shown with `quote` (src/text/quote.ts), which escapes and
// shortens them. The table is looked up by name, not by code: one code may have several
// messages (`programme/unknown-goal` names a framework or a goal).

import { quote } from "../text/quote.js"
import { describeField } from "./issue.js"

type Path = readonly (string | number)[]

/** What a reference resolves against, as a message names it. */
const REFERENCE_TARGETS: Record<string, string> = {
  groups: "groups or the reference groupings",
  series: "the series of programmes (series.id)",
}

/** Up to five items, quoted: `'a', 'b', 'c', 'd', 'e' and 12 more`. */
function listSome(items: readonly string[], shown = 5): string {
  const quoted = items.slice(0, shown).map((item) => quote(item))
  return items.length > shown
    ? `${quoted.join(", ")} and ${items.length - shown} more`
    : quoted.join(", ")
}

export const ruleMessages = {
  // — the dataset as a whole —
  notAnObject(input: unknown): string {
    const what = ["string", "number", "boolean", "bigint"].includes(typeof input)
      ? `a ${typeof input}`
      : quote(input)
    return `the dataset must be an object such as { programmes: [...] }, not ${what}`
  },
  unreadable: (reason: string) => `the dataset could not be read: ${reason}`,
  thrown: (value: unknown) => `${quote(value)} was thrown`,

  // — duplicates —
  duplicateId: (earlier: string) => `id is already used by ${earlier}`,
  repeatedId: (list: string, index: number, id: string, earlier: number) =>
    `${list}[${index}] has the id ${quote(id)} of ${list}[${earlier}]`,
  duplicateCountry: (index: number, country: unknown) =>
    `countries[${index}] repeats ${quote(country)}`,
  duplicateParticipation: (participant: unknown, programme: unknown, earlier: string) =>
    `participant ${quote(participant)} is already in programme ${quote(programme)} (${earlier})`,

  // — references —
  unknownReference: (path: Path, id: string, collection: string) =>
    `${describeField(path)} ${quote(id)} is not in ${REFERENCE_TARGETS[collection] ?? collection}`,
  unknownFramework: (index: number, framework: string) =>
    `goals[${index}] names framework ${quote(framework)}, which is not in frameworks`,
  unknownGoal: (index: number, goal: string, framework: string) =>
    `goals[${index}] names goal ${quote(goal)}, which framework ${quote(framework)} does not have`,
  unknownTarget(index: number, target: string, targets: readonly string[]): string {
    const known =
      targets.length === 0 ? "it has no targets" : `its targets are ${listSome(targets)}`
    return `fulfilments[${index}].target ${quote(target)} is not a target of this pledge (${known})`
  },
  unknownTheme: (path: Path, theme: string, guess: string | undefined) =>
    `${describeField(path)} ${quote(theme)} is not a reference theme${guess === undefined ? "" : ` (did you mean ${quote(guess)}?)`}`,

  // — dates —
  endBeforeStart: (end: string | undefined, start: string | undefined) =>
    `period.end ${end} is before period.start ${start}`,
  untilBeforeFrom: (index: number, until: string | undefined, from: string | undefined) =>
    `members[${index}].until ${until} is before members[${index}].from ${from}`,
  overlappingSpans: (index: number, country: unknown, earlier: number) =>
    `members[${index}] (${quote(country)}) overlaps members[${earlier}]`,
  completedWithoutEnd: () => "status is 'completed' but period has no end",
  completedOutsideProgramme: (
    completedOn: unknown,
    programme: string,
    start: string | undefined,
    end: string | undefined,
  ) =>
    `completedOn ${completedOn} is outside programme ${quote(programme)} (${start} to ${end ?? "open end"})`,
  fulfilmentBeforeAnnouncement: (index: number, on: string | undefined, announcedOn: string) =>
    `fulfilments[${index}].on ${on} is before announcedOn ${announcedOn}`,

  // — reported figures —
  reportedExceedsTotal: (sum: string, total: number) =>
    `reportedParticipants.byCountry adds up to ${sum}, more than the total of ${total}`,
  reportedTooManyCountries: (named: number, countries: number) =>
    `reportedParticipants.byCountry names ${named} countries, more than the ${countries} of reportedParticipants.countries`,
  reportedCountriesExceedTotal: (countries: number, total: number) =>
    `reportedParticipants.countries is ${countries}, more than the total of ${total} participants`,

  // — reported figures —
  emptyScope: () =>
    "scope names no organisation, series or programme: give at least one of scope.organisation, scope.series, scope.programmes",
  figureByCountryExceedsValue: (sum: number, value: number, bound: string) =>
    `byCountry adds up to ${sum}, more than the ${bound === "at-most" ? "at-most " : ""}value of ${value}; if the source says "over", the bound is 'at-least'`,
  figureTooManyCountries: (named: number, countries: number) =>
    `byCountry names ${named} countries, more than the ${countries} of countries`,

  // — participations —
  inCancelledProgramme: (status: unknown, programme: string, programmeStatus: unknown) =>
    `status ${quote(status)} in programme ${quote(programme)}, which is ${String(programmeStatus)} (not counted)`,
  completedOnWithoutCompletion: (completedOn: unknown, status: unknown) =>
    `completedOn ${quote(completedOn)} is given but status is ${quote(status)}`,

  // — pledges —
  fulfilmentWrongKind: (index: number, gives: string, target: string, kind: "money" | "quantity") =>
    `fulfilments[${index}] gives ${gives}, but target ${quote(target)} is ${kind === "money" ? "money (give money only)" : "a quantity (give value only)"}`,
  fulfilmentWrongCurrency: (
    index: number,
    currency: string,
    target: string,
    targetCurrency: string,
  ) =>
    `fulfilments[${index}] is in ${quote(currency)}, but target ${quote(target)} is in ${quote(targetCurrency)} (pledgeProgress will need a rate from ${quote(currency)} to ${quote(targetCurrency)})`,
  cumulativeSameDate: (index: number, earlier: number, target: string, on: string) =>
    `fulfilments[${index}] and fulfilments[${earlier}] for target ${quote(target)} are both dated ${on} and one is cumulative`,
} as const
