// IATI codes and how they map to the model. Versions 1.0x wrote many codes as words
// (`start-actual`, `Funding`, sector vocabulary `DAC`); 2.0x writes numbers. Both are read.
import type { OrganisationType } from "../schemas/organisation.js"
import type { ProgrammeKind, ProgrammeStatus } from "../schemas/programme.js"

/** The namespace of the element in which `writeIati` keeps what IATI has no place for. */
export const IATI_EXTENSION_NAMESPACE =
  "https://github.com/justice-cooperation/justice-cooperation/iati"

/** A table keyed by codes from data: a null prototype, so `__proto__` or `toString` find nothing. */
function lookup<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries)
}

/** ActivityStatus 1–6 → programme status (3 finalisation and 4 closed are both completed). */
export const STATUS_OF_CODE: Readonly<Record<string, ProgrammeStatus>> = lookup({
  "1": "planned",
  "2": "ongoing",
  "3": "completed",
  "4": "completed",
  "5": "cancelled",
  "6": "postponed",
})

/** 1.0x status names written as text (`<activity-status>Implementation</activity-status>`). */
export const STATUS_OF_WORD: Readonly<Record<string, ProgrammeStatus>> = lookup({
  pipeline: "planned",
  "pipeline/identification": "planned",
  identification: "planned",
  implementation: "ongoing",
  completion: "completed",
  finalisation: "completed",
  "post-completion": "completed",
  closed: "completed",
  cancelled: "cancelled",
  suspended: "postponed",
})

/** The status code `writeIati` writes. */
export const CODE_OF_STATUS: Readonly<Record<ProgrammeStatus, string>> = {
  planned: "1",
  ongoing: "2",
  completed: "4",
  cancelled: "5",
  postponed: "6",
}

/** ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end (1.0x words). */
export function dateTypeOf(type: string | undefined): 1 | 2 | 3 | 4 | undefined {
  switch (type?.trim().toLowerCase()) {
    case "1":
    case "start-planned":
      return 1
    case "2":
    case "start-actual":
      return 2
    case "3":
    case "end-planned":
      return 3
    case "4":
    case "end-actual":
      return 4
    default:
      return undefined
  }
}

export type Role = "funding" | "accountable" | "extending" | "implementing"

/** OrganisationRole 1–4 (1.0x: Funding, Accountable, Extending, Implementing). */
export function roleOf(role: string | undefined): Role | undefined {
  switch (role?.trim().toLowerCase()) {
    case "1":
    case "funding":
      return "funding"
    case "2":
    case "accountable":
      return "accountable"
    case "3":
    case "extending":
      return "extending"
    case "4":
    case "implementing":
      return "implementing"
    default:
      return undefined
  }
}

export const CODE_OF_ROLE: Readonly<Record<Role, string>> = {
  funding: "1",
  accountable: "2",
  extending: "3",
  implementing: "4",
}

/**
 * OrganisationType → organisation type. Multilateral (40) is `un-entity` when the ref is a UN
 * body's DAC channel code (41xxx, as `XM-DAC-41114` UNDP or `41AAA` UNOPS), else
 * `intergovernmental`. No type, or one not in the codelist: `other`.
 */
export function organisationTypeOf(type: string | undefined, ref: string): OrganisationType {
  switch (type?.trim()) {
    case "10":
    case "11":
    case "15":
      return "government"
    case "21":
    case "22":
    case "23":
    case "24":
    case "60":
      return "ngo"
    case "40":
      return /^(?:XM-DAC-)?41/.test(ref) ? "un-entity" : "intergovernmental"
    case "30":
    case "70":
    case "71":
    case "72":
    case "73":
      return "private"
    case "80":
      return "academic"
    default:
      return "other"
  }
}

/** Organisation type → the OrganisationType code `writeIati` writes. */
export const CODE_OF_ORGANISATION_TYPE: Readonly<Record<OrganisationType, string>> = {
  government: "10",
  "un-entity": "40",
  intergovernmental: "40",
  ngo: "21",
  academic: "80",
  private: "70",
  other: "90",
}

/**
 * Aid type (DAC codelist, vocabulary 1) → a hint for the programme's kind: budget support A01–A02
 * → grant; core and pooled contributions B01–B04 → contribution; project-type C01 →
 * technical-cooperation-project; donor-country personnel D01 → expert-dispatch; other technical
 * assistance D02 → technical-cooperation-project; scholarships and training in the donor country
 * E01 → training-course. Any other code, or none: `other`.
 */
export function kindOfAidType(code: string | undefined): ProgrammeKind {
  const c = code?.trim().toUpperCase() ?? ""
  if (/^A0[12]$/.test(c)) return "grant"
  if (/^B0[1-4]/.test(c)) return "contribution"
  if (c === "C01") return "technical-cooperation-project"
  if (c === "D01") return "expert-dispatch"
  if (c === "D02") return "technical-cooperation-project"
  if (c === "E01") return "training-course"
  return "other"
}

/** Sector vocabularies: 1 (or 1.0x `DAC`) DAC 5-digit purpose codes, 8 SDG targets. */
export function sectorVocabularyOf(vocabulary: string | undefined): string {
  const v = vocabulary?.trim() ?? ""
  if (v === "" || v.toUpperCase() === "DAC") return "1"
  if (v.toUpperCase() === "DAC-3") return "2"
  return v
}

/** BudgetType: 1 original (the default, 1.0x `Original`), 2 revised (1.0x `Revised`). */
export function budgetTypeOf(type: string | undefined): string {
  const t = type?.trim().toLowerCase() ?? ""
  if (t === "" || t === "original") return "1"
  if (t === "revised") return "2"
  return t
}
