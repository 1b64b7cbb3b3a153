import { describe, expect, it } from "vitest"
import { AggregationError } from "../../src/aggregate/errors.js"
import { findDuplicates } from "../../src/identity/find-duplicates.js"
import { idDigits, idKey, nameWords } from "../../src/identity/normalise.js"
import type { Dataset } from "../../src/schemas/dataset.js"

const lan = { id: "P-0007", name: "NGUYEN Thi Lan", country: "VN", birthYear: 1980 }
const lanAgain = { id: "P-007", name: "Lan Nguyen Thi", country: "VN", birthYear: 1980 }

describe("nameWords and idKey: what is set aside", () => {
  it("sets aside case, accents, punctuation and word order", () => {
    const words = ["lan", "nguyen", "thi"]
    expect(nameWords("NGUYỄN Thị Lan")).toEqual(words)
    expect(nameWords("Lan Nguyen Thi")).toEqual(words)
    expect(nameWords("nguyen-thi, LAN.")).toEqual(words)
    expect(nameWords("Đặng Văn Đức")).toEqual(["dang", "duc", "van"])
    expect(nameWords("O'Brien Søren")).toEqual(["obrien", "soren"])
    expect(nameWords("ＮＧＵＹＥＮ")).toEqual(["nguyen"]) // full-width letters
    expect(nameWords("  ")).toEqual([])
  })

  it("keeps other scripts as they are (transliteration is the caller's option)", () => {
    expect(nameWords("Нгуен Лан")).toEqual(["лан", "нгуен"])
  })

  it("sets aside case, punctuation and zero padding of ids", () => {
    for (const id of ["P-0007", "P-007", "p0007", "P 7", "P_7"]) expect(idKey(id)).toBe("p7")
    expect(idKey("P-0070")).toBe("p70")
    expect(idKey("2019-007")).toBe(idKey("2019-0007"))
    expect(idKey("000")).toBe("0")
    expect(idDigits("VN-2019-0007")).toBe("20197")
    expect(idDigits("abc")).toBe("")
  })
})

describe("findDuplicates", () => {
  it("finds P-0007 / P-007 as likely, with its reasons (hand-computed)", () => {
    const result = findDuplicates({ participants: [lanAgain, lan] })
    expect(result).toEqual({
      pairs: [
        {
          a: "P-0007",
          b: "P-007",
          score: 13.5,
          band: "likely",
          reasons: [
            { field: "id", level: "same after normalising", weight: 6 },
            { field: "name", level: "same after normalising", weight: 4.5 },
            { field: "birthYear", level: "exact", weight: 2.5 },
            { field: "gender", level: "missing", weight: 0 },
            { field: "country", level: "exact", weight: 0.5 },
            { field: "organisation", level: "missing", weight: 0 },
            { field: "profession", level: "missing", weight: 0 },
          ],
        },
      ],
      oversizedBlocks: [],
      compared: 1,
    })
  })

  it("finds the same name without the id or the birth year as possible", () => {
    const { pairs } = findDuplicates({
      participants: [
        { id: "a1", name: "Nguyễn Thị Lan", country: "VN", gender: "female", birthYear: 1980 },
        { id: "z9", name: "nguyen thi lan", country: "VN", gender: "female" },
      ],
    })
    // name 4.5 + gender 0.5 + country 0.5
    expect(pairs.map(({ a, b, score, band }) => ({ a, b, score, band }))).toEqual([
      { a: "a1", b: "z9", score: 5.5, band: "possible" },
    ])
  })

  it("finds a typo with the same birth year, and weighs a short part less", () => {
    const base = { country: "VN", birthYear: 1975, gender: "male" as const }
    const { pairs } = findDuplicates({
      participants: [
        { id: "1", name: "Tran Quoc Huong", ...base },
        { id: "2", name: "Tran Quoc Hoong", ...base },
        { id: "3", name: "Nguyen Van An", ...base },
        { id: "4", name: "Nguyen Van Anh", ...base },
      ],
    })
    const names = pairs.map(({ a, b, reasons, score }) => [a, b, reasons[1]?.level, score])
    expect(names).toEqual([
      ["1", "2", "one edit apart", 6], // 2.5 + 2.5 + 0.5 + 0.5
      ["3", "4", "one edit apart in a short part", 4.5], // 1 + 2.5 + 0.5 + 0.5
    ])
  })

  it("finds a name with a word less, and two words written as one", () => {
    const { pairs } = findDuplicates({
      participants: [
        { id: "x1", name: "Nguyen Thi Lan", country: "VN", birthYear: 1980 },
        { id: "x2", name: "Nguyen Lan", country: "VN", birthYear: 1980 },
        { id: "y2", name: "Thilan Nguyen", country: "VN", birthYear: 1980 },
      ],
    })
    const levels = pairs.map(({ a, b, reasons }) => [a, b, reasons[1]?.level])
    // x1–x2 through "name and birth year"; y2 meets no one (no key shared with a joined word).
    expect(levels).toEqual([["x1", "x2", "part missing"]])
    const joined = findDuplicates({
      participants: [
        { id: "x1", name: "Nguyen Thi Lan", country: "VN" },
        { id: "x01", name: "Thilan Nguyen", country: "VN" },
      ],
    })
    expect(joined.pairs[0]?.reasons[1]).toEqual({
      field: "name",
      level: "same after normalising",
      weight: 4.5,
    })
  })

  it("never calls namesakes in one programme likely", () => {
    const twin = {
      name: "Nguyen Van An",
      country: "VN",
      birthYear: 1985,
      gender: "male" as const,
      organisation: "moj-vn",
    }
    const dataset: Dataset = {
      participants: [
        { id: "P-1", ...twin },
        { id: "P-01", ...twin },
        { id: "Q-5", ...twin },
      ],
      participations: [
        { participant: "P-1", programme: "itc-184", status: "completed" },
        { participant: "P-01", programme: "itc-184", status: "completed" },
        { participant: "Q-5", programme: "itc-185", status: "completed" },
      ],
    }
    const { pairs } = findDuplicates(dataset)
    const byPair = Object.fromEntries(pairs.map((p) => [`${p.a}|${p.b}`, p]))
    // P-01/P-1: id 6 + name 5 − 0.5 (three share it) + year 2.5 + gender 0.5 + country 0.5
    // + organisation 1 − 10 (same programme)
    expect(byPair["P-01|P-1"]).toMatchObject({ score: 5, band: "possible" })
    expect(byPair["P-01|P-1"]?.reasons.at(-1)).toEqual({
      field: "programmes",
      level: "same programme",
      weight: -10,
    })
    // Not together: name 4.5 + year 2.5 + gender 0.5 + country 0.5 + organisation 1 = 9 → likely
    expect(byPair["P-01|Q-5"]).toMatchObject({ score: 9, band: "likely" })
    expect(
      pairs
        .filter((p) => p.band === "likely")
        .every((p) => !p.reasons.some((r) => r.field === "programmes")),
    ).toBe(true)
  })

  it("scores evidence of two people below the list: another birth year, another gender", () => {
    const { pairs, compared } = findDuplicates({
      participants: [
        { id: "a", name: "Maria Santos", country: "PH", birthYear: 1970, gender: "female" },
        { id: "b", name: "Maria Santos", country: "PH", birthYear: 1990, gender: "female" },
        { id: "c", name: "Maria Santos", country: "BR", birthYear: 1990, gender: "male" },
      ],
    })
    // Only b–c share a name and a birth year: 5 − 0.5 (three share the name) + 2.5 − 3 − 1.5
    // = 2.5. Records that both have a birth year meet by name only when the years agree.
    expect(compared).toBe(1)
    expect(pairs).toEqual([])
  })

  it("compares only records that share a blocking key", () => {
    const participants = Array.from({ length: 200 }, (_, i) => ({
      id: `id-${i}`,
      name: `Person${i} Family${i}`,
      country: "VN",
      birthYear: 1950 + (i % 50),
    }))
    expect(findDuplicates({ participants }).compared).toBe(0)
  })

  it("reports blocks too large to compare instead of skipping them silently", () => {
    const participants = Array.from({ length: 6 }, (_, i) => ({
      id: `s${i}`,
      name: "Ana Lima",
      country: "BR",
    }))
    const result = findDuplicates({ participants }, { maxBlockSize: 5 })
    expect(result.oversizedBlocks).toEqual([{ blocking: "name", key: "ana lima", size: 6 }])
    expect(result.pairs).toEqual([])
    expect(findDuplicates({ participants }, { maxBlockSize: 6 }).compared).toBe(15)
  })

  it("takes a transliteration from the caller", () => {
    const cyrillic: Record<string, string> = { Н: "N", г: "g", у: "u", е: "e", н: "n" }
    const transliterate = (name: string) => [...name].map((c) => cyrillic[c] ?? c).join("")
    const participants = [
      { id: "u1", name: "Нгуен", country: "UA", birthYear: 1990 },
      { id: "u2", name: "Nguen", country: "UA", birthYear: 1990 },
    ]
    expect(findDuplicates({ participants }).pairs).toEqual([])
    expect(findDuplicates({ participants }, { transliterate }).pairs[0]?.reasons[1]).toEqual({
      field: "name",
      level: "same after normalising",
      weight: 4.5,
    })
  })

  it("orders pairs by score descending, then a, then b", () => {
    const p = (id: string, name: string, birthYear?: number) => ({
      id,
      name,
      country: "KE",
      ...(birthYear === undefined ? {} : { birthYear }),
    })
    const { pairs } = findDuplicates({
      participants: [
        p("k3", "Ochieng Otieno"),
        p("k4", "Ochieng Otieno"),
        p("k1", "Wanjiru Kamau", 1980),
        p("k2", "Kamau Wanjiru", 1980),
        p("k0", "Achieng Atieno"),
        p("k9", "Achieng Atieno"),
      ],
    })
    expect(pairs.map((pair) => [pair.a, pair.b, pair.score])).toEqual([
      ["k1", "k2", 7.5],
      ["k0", "k9", 5.5],
      ["k3", "k4", 5.5],
    ])
  })

  it("gives names of more than 8 words no variants (hostile input stays linear)", () => {
    const long = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(" ")
    const { pairs } = findDuplicates({
      participants: [
        { id: "h1", name: long, country: "VN", birthYear: 1980 },
        { id: "h2", name: `${long} extra`, country: "VN", birthYear: 1980 },
        { id: "h3", name: long, country: "VN", birthYear: 1980 },
      ],
    })
    expect(pairs.map((p) => [p.a, p.b, p.reasons[1]?.level])).toEqual([["h1", "h3", "exact"]])
  })

  it("treats __proto__ as any other id, and does not modify its input", () => {
    const participants = [
      { id: "__proto__", name: "Ana Lima", country: "BR", birthYear: 1980 },
      { id: "constructor", name: "Ana Lima", country: "BR", birthYear: 1980 },
    ]
    const dataset = { participants }
    const before = structuredClone(dataset)
    const { pairs } = findDuplicates(dataset)
    expect(pairs.map((pair) => [pair.a, pair.b])).toEqual([["__proto__", "constructor"]])
    expect(dataset).toEqual(before)
  })

  it("is plain JSON and does not depend on the order of the records", () => {
    const participants = [lan, lanAgain, { id: "P-8", name: "Lan Nguyen", country: "VN" }]
    const one = findDuplicates({ participants })
    expect(JSON.parse(JSON.stringify(one))).toEqual(one)
    expect(findDuplicates({ participants: [...participants].reverse() })).toEqual(one)
  })

  it("refuses what it cannot read, with a clear error", () => {
    const call = (dataset: unknown, options?: unknown) => () =>
      findDuplicates(dataset as Dataset, options as undefined)
    expect(call(null)).toThrowError(AggregationError)
    expect(call({ participants: [{ id: 7, country: "VN" }] })).toThrowError(
      "findDuplicates: participants[0]: id is 7: use text",
    )
    expect(call({ participants: [lan, { ...lanAgain, id: lan.id }] })).toThrowError(
      /participants\[1\] \('P-0007'\): id is 'P-0007': use an id no other participant has/,
    )
    expect(call({ participants: [{ ...lan, birthYear: "1980" }] })).toThrowError(/birthYear/)
    expect(call({}, { maxBlock: 3 })).toThrowError(/maxBlockSize/)
    expect(call({}, { maxBlockSize: 1 })).toThrowError(/at least 2/)
    expect(call({}, { thresholds: { likely: 2, possible: 5 } })).toThrowError(/thresholds/)
    expect(call({ participants: [lan] }, { transliterate: () => 3 })).toThrowError(/returns text/)
  })
})
