// The evidence about a pair of participant records (docs/identity.md#how-it-decides): each field
// compared on its own, with a weight; the score is their sum.
import { editDistance } from "../text/nearest.js"
import type { DuplicateReason } from "./find-duplicates.js"
import type { Person } from "./people.js"

/** The weights of the evidence (docs/identity.md explains each). */
export const WEIGHTS = {
  idSame: 6,
  nameExact: 5,
  nameSame: 4.5,
  nameOneEdit: 2.5,
  nameOneEditShort: 1,
  namePartMissing: 2,
  nameDiffers: -4,
  /** Taken off a name match for each doubling of the records sharing the name beyond two (at most 3). */
  nameCommon: 0.5,
  yearSame: 2.5,
  yearOneApart: -1.5,
  yearDiffers: -4,
  genderSame: 0.5,
  genderDiffers: -3,
  countrySame: 0.5,
  countryDiffers: -1.5,
  organisationSame: 1,
  organisationDiffers: -0.5,
  professionSame: 0.5,
  professionDiffers: -1,
  sameProgramme: -10,
} as const

/** A word shorter than this, one edit from another, is weak evidence (`An`/`Anh`, `Lan`/`Lam`). */
const SHORT_WORD = 5

/** The reasons for a pair, in a fixed order of fields; `programmes` last, and only when shared. */
export function compare(a: Person, b: Person): DuplicateReason[] {
  const reasons: DuplicateReason[] = [
    a.idKey === b.idKey
      ? { field: "id", level: "same after normalising", weight: WEIGHTS.idSame }
      : { field: "id", level: "differs", weight: 0 },
    compareNames(a, b),
    compareYears(a.birthYear, b.birthYear),
    compareValues("gender", a.gender, b.gender, WEIGHTS.genderSame, WEIGHTS.genderDiffers),
    compareValues("country", a.country, b.country, WEIGHTS.countrySame, WEIGHTS.countryDiffers),
    compareValues(
      "organisation",
      a.organisation,
      b.organisation,
      WEIGHTS.organisationSame,
      WEIGHTS.organisationDiffers,
    ),
    compareValues(
      "profession",
      a.profession,
      b.profession,
      WEIGHTS.professionSame,
      WEIGHTS.professionDiffers,
    ),
  ]
  if (shareOne(a.programmes, b.programmes))
    reasons.push({ field: "programmes", level: "same programme", weight: WEIGHTS.sameProgramme })
  return reasons
}

function compareValues(
  field: string,
  a: string | undefined,
  b: string | undefined,
  same: number,
  differs: number,
): DuplicateReason {
  if (a === undefined || b === undefined) return { field, level: "missing", weight: 0 }
  return a === b
    ? { field, level: "exact", weight: same }
    : { field, level: "differs", weight: differs }
}

function compareYears(a: number | undefined, b: number | undefined): DuplicateReason {
  const field = "birthYear"
  if (a === undefined || b === undefined) return { field, level: "missing", weight: 0 }
  if (a === b) return { field, level: "exact", weight: WEIGHTS.yearSame }
  if (Math.abs(a - b) === 1) return { field, level: "one year apart", weight: WEIGHTS.yearOneApart }
  return { field, level: "differs", weight: WEIGHTS.yearDiffers }
}

/** A name match counts less when many records share the name (0.5 per doubling beyond two, at most 3). */
function commonness(count: number): number {
  if (count <= 2) return 0
  return Math.min(3, Math.floor(Math.log2(count / 2) * 2) * WEIGHTS.nameCommon)
}

function compareNames(a: Person, b: Person): DuplicateReason {
  const field = "name"
  if (a.words.length === 0 || b.words.length === 0) return { field, level: "missing", weight: 0 }
  if (a.nameKey === b.nameKey) {
    const exact = a.name === b.name
    return {
      field,
      level: exact ? "exact" : "same after normalising",
      weight: (exact ? WEIGHTS.nameExact : WEIGHTS.nameSame) - commonness(a.nameCount),
    }
  }
  // The words each has that the other has not (both lists are sorted).
  const onlyA: string[] = []
  const onlyB: string[] = []
  let x = 0
  let y = 0
  while (x < a.words.length || y < b.words.length) {
    const p = a.words[x]
    const q = b.words[y]
    if (p !== undefined && q !== undefined && p === q) {
      x++
      y++
    } else if (q === undefined || (p !== undefined && p < q)) {
      onlyA.push(p as string)
      x++
    } else {
      onlyB.push(q)
      y++
    }
  }
  const common = a.words.length - onlyA.length
  if (onlyA.length === 1 && onlyB.length === 1) {
    const p = onlyA[0] as string
    const q = onlyB[0] as string
    if (editDistance(p, q, 1) <= 1) {
      return Math.min(p.length, q.length) >= SHORT_WORD
        ? { field, level: "one edit apart", weight: WEIGHTS.nameOneEdit }
        : { field, level: "one edit apart in a short part", weight: WEIGHTS.nameOneEditShort }
    }
  }
  // Two words written as one (`Thi Lan`, `Thilan`).
  if (joined(onlyA, onlyB) || joined(onlyB, onlyA))
    return { field, level: "same after normalising", weight: WEIGHTS.nameSame }
  if (common >= 2 && (onlyA.length === 0 || onlyB.length === 0))
    return { field, level: "part missing", weight: WEIGHTS.namePartMissing }
  return { field, level: "differs", weight: WEIGHTS.nameDiffers }
}

function joined(two: string[], one: string[]): boolean {
  if (two.length !== 2 || one.length !== 1) return false
  const [p, q] = two as [string, string]
  return one[0] === p + q || one[0] === q + p
}

/** Whether two sorted lists share a value. */
function shareOne(a: number[], b: number[]): boolean {
  let x = 0
  let y = 0
  while (x < a.length && y < b.length) {
    const p = a[x] as number
    const q = b[y] as number
    if (p === q) return true
    if (p < q) x++
    else y++
  }
  return false
}
