import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { editDistance } from "../../src/text/nearest.js"
import { validateDataset } from "../../src/validate/index.js"
import { baseDataset } from "../fixtures/validation-cases.js"

function programmeAt(index: number, fields: Record<string, unknown>) {
  const programmes = Array.from({ length: index + 1 }, (_, i) => ({
    id: i === index ? "itc-184" : `other-${i}`,
    title: "A course",
    kind: "training-course",
    status: "ongoing",
    period: { start: "2024" },
  }))
  Object.assign(programmes[index] as object, fields)
  return { programmes }
}

describe("issues are written for a person", () => {
  it("name the record, its id, the field and what would be right", () => {
    const result = validateDataset(
      programmeAt(3, { period: { start: "2024-10-01", end: "2024-09" } }),
    )
    expect(result.issues).toEqual([
      {
        code: "programme/end-before-start",
        severity: "error",
        path: ["programmes", 3, "period", "end"],
        message: "programmes[3] 'itc-184': period.end 2024-09 is before period.start 2024-10-01",
        entity: { kind: "programme", id: "itc-184" },
      },
    ])
  })

  it("for schema problems too", () => {
    const result = validateDataset(
      programmeAt(0, {
        titel: "x",
        status: "done",
        countries: ["vn"],
        period: { start: "2024-13" },
      }),
    )
    expect(result.issues.map(({ code, path, message }) => ({ code, path, message }))).toEqual([
      {
        code: "field/not-in-list",
        path: ["programmes", 0, "status"],
        message:
          "programmes[0] 'itc-184': status 'done' is not one of 'planned', 'ongoing', 'completed', 'cancelled', 'postponed'",
      },
      {
        code: "date/invalid",
        path: ["programmes", 0, "period", "start"],
        message:
          "programmes[0] 'itc-184': period.start: '2024-13' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD with a real month and day, such as '2024', '2024-10' or '2024-10-15'",
      },
      {
        code: "country/invalid",
        path: ["programmes", 0, "countries", 0],
        message:
          "programmes[0] 'itc-184': countries[0]: 'vn' is not a country code (did you mean 'VN'?): use an ISO 3166-1 alpha-2 code in upper case, such as 'VN' or 'UA', or 'XK' for Kosovo",
      },
      {
        code: "unknown-field",
        path: ["programmes", 0, "titel"],
        message: "programmes[0] 'itc-184': unknown field 'titel' — did you mean 'title'?",
      },
    ])
  })

  it("give one issue per unknown field, each with its own hint", () => {
    const result = validateDataset({
      participants: [{ id: "p", country: "VN", contry: "VN", gendr: "female" }],
    })
    expect(result.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        ["participants", 0, "contry"],
        "participants[0] 'p': unknown field 'contry' — did you mean 'country'?",
      ],
      [
        ["participants", 0, "gendr"],
        "participants[0] 'p': unknown field 'gendr' — did you mean 'gender'?",
      ],
    ])
  })

  it("say that a field is missing, or has the wrong type", () => {
    const result = validateDataset({
      participants: [{ id: "p", birthYear: "1985" }],
      programmes: {},
    })
    expect(result.issues.map((issue) => [issue.code, issue.message])).toEqual([
      ["field/wrong-type", "programmes must be a list, not an object"],
      ["field/missing", "participants[0] 'p': country is missing"],
      ["field/wrong-type", "participants[0] 'p': birthYear must be a number, not '1985'"],
    ])
  })

  it("report an unknown collection at the top level", () => {
    const result = validateDataset({ programs: [] })
    expect(result.issues).toEqual([
      {
        code: "unknown-field",
        severity: "error",
        path: ["programs"],
        message: "unknown field 'programs' — did you mean 'programmes'?",
      },
    ])
  })
})

describe("one pass reports every problem", () => {
  it("a record with a bad country and reversed dates gets both issues", () => {
    const d = baseDataset()
    d.programmes[0].countries = ["ZZ"]
    d.programmes[0].period = { start: "2024-10-01", end: "2024-09" }
    const codes = validateDataset(d).issues.map((issue) => issue.code)
    expect(codes).toContain("country/invalid")
    expect(codes).toContain("programme/end-before-start")
  })

  it("problems in many records and rules are all reported", () => {
    const d = baseDataset()
    d.programmes[0].budget.amount = 0.5
    d.participations.push({ participant: "p-1", programme: "unafei-itc-184", status: "attended" })
    d.participations.push({ participant: "ghost", programme: "nowhere", status: "attended" })
    d.pledges[0].fulfilments[0].on = "2010"
    const codes = validateDataset(d).issues.map((issue) => issue.code)
    expect(codes).toEqual([
      "money/too-many-decimals",
      "participation/unknown-participant",
      "participation/unknown-programme",
      "participation/duplicate",
      "pledge/fulfilment-before-announcement",
    ])
  })
})

describe("ids that look like Object.prototype members", () => {
  it("are ordinary ids everywhere, and nothing reaches Object.prototype", () => {
    const text = JSON.stringify({
      organisations: [
        { id: "__proto__", name: "Proto", type: "other" },
        { id: "constructor", name: "C", type: "other" },
      ],
      programmes: [
        {
          id: "__proto__",
          title: "T",
          kind: "seminar",
          status: "completed",
          period: { start: "2024", end: "2024" },
          organisations: [{ organisation: "constructor", role: "funding" }],
          reportedParticipants: { total: 3, byCountry: { VN: 3 } },
          extra: { toString: 1 },
        },
      ],
      participants: [
        { id: "constructor", country: "VN", organisation: "__proto__" },
        { id: "toString", country: "KH" },
      ],
      participations: [
        { participant: "constructor", programme: "__proto__", status: "completed" },
        { participant: "toString", programme: "__proto__", status: "attended" },
      ],
    })
    const result = validateDataset(JSON.parse(text))
    expect(result.issues).toEqual([])
    expect(result.ok).toBe(true)
    expect(result.dataset?.programmes?.[0]?.id).toBe("__proto__")
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it("an unknown reference named like a prototype member is still unknown", () => {
    const result = validateDataset({
      participations: [{ participant: "constructor", programme: "toString", status: "attended" }],
    })
    expect(result.issues.map((issue) => issue.code)).toEqual([
      "participation/unknown-participant",
      "participation/unknown-programme",
    ])
  })

  it("a `__proto__` key in extra is kept, not dropped", () => {
    const input = JSON.parse(
      '{"participants":[{"id":"p","country":"VN","extra":{"__proto__":{"x":1},"a":2}}]}',
    )
    const result = validateDataset(input)
    expect(result.ok).toBe(true)
    const extra = result.dataset?.participants?.[0]?.extra as object
    expect(Object.keys(extra)).toEqual(["__proto__", "a"])
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })
})

describe("editDistance and nearest", () => {
  /** The optimal string alignment distance, computed in full: the oracle. */
  function fullDistance(a: string, b: string): number {
    const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
    )
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        const row = d[i] as number[]
        const up = d[i - 1] as number[]
        const cost = a[i - 1] === b[j - 1] ? 0 : 1
        row[j] = Math.min(
          (up[j] as number) + 1,
          (row[j - 1] as number) + 1,
          (up[j - 1] as number) + cost,
        )
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1)
        }
      }
    }
    return (d[a.length] as number[])[b.length] as number
  }

  it("the banded distance is the full one, or max + 1 when that is larger", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), maxLength: 12 })
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 6 }), (a, b, max) => {
        const full = fullDistance(a, b)
        expect(editDistance(a, b)).toBe(full)
        expect(editDistance(a, b, max)).toBe(full <= max ? full : max + 1)
      }),
      { seed: 45, numRuns: 2000 },
    )
  })

  it("swaps count as one edit", () => {
    expect(editDistance("titel", "title")).toBe(1)
    expect(editDistance("ab", "ba", 0)).toBe(1)
  })
})
