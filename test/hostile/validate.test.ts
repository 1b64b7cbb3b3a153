// validateDataset and parseDataset under hostile input: values that are not data in every
// field, prototype keys in every key position, getters that throw what cannot be printed,
// and inputs large enough that quadratic work or unbounded messages would show. No timing is
// asserted; the heavy cases (1M bad rows, growth with size) are in
// bench/hostile-validate.bench.mjs.
import { describe, expect, it } from "vitest"
import { programmeSchema } from "../../src/schemas/index.js"
import { nearest } from "../../src/text/nearest.js"
import {
  DatasetError,
  parseDataset,
  type ValidationIssue,
  validateDataset,
} from "../../src/validate/index.js"
import { baseDataset } from "../fixtures/validation-cases.js"
import {
  expectWellFormed,
  HOSTILE_THROWN,
  HOSTILE_VALUES,
  MAX_MESSAGE,
  PROTOTYPE_KEYS,
  placeAt,
  places,
} from "./hostile-values.js"

type Json = any

const codes = (issues: readonly ValidationIssue[]) => issues.map((issue) => issue.code)
const ownKeys = (value: unknown) => Reflect.ownKeys(value as object)

function validate(input: unknown) {
  let result: ReturnType<typeof validateDataset> | undefined
  expect(() => {
    result = validateDataset(input)
  }).not.toThrow()
  const checked = result as ReturnType<typeof validateDataset>
  expectWellFormed(checked.issues)
  expect(checked.ok).toBe(!checked.issues.some((issue) => issue.severity === "error"))
  expect(checked.dataset === undefined).toBe(!checked.ok)
  return checked
}

const ACCEPTABLE = [
  "a string with control characters",
  "a lone surrogate",
  "a 1 MB string",
  "an empty null-prototype object",
  "2^53 + 2",
  "1e308",
]

describe("a hostile value in every field", () => {
  const paths = places(baseDataset()).map((place) => place.path)

  it("covers every field of the base dataset", () => {
    expect(paths.length).toBeGreaterThan(150)
  })

  it.each(HOSTILE_VALUES)("%s: never throws, and every issue is well formed", (_name, make) => {
    for (const path of paths) {
      const d = baseDataset()
      const { holder, key } = placeAt(d, path)
      holder[key] = make()
      const result = validate(d)
      // Accepted only where such a value is data: text in a free-text field, a large amount of
      // money, an empty object where every field is optional. Never a Map, Date or instance.
      if (result.ok) expect(ACCEPTABLE, path.join(".")).toContain(_name)
    }
  })

  it.each(HOSTILE_THROWN)("a getter that throws %s: dataset/unreadable", (_name, make) => {
    for (const path of paths) {
      const d = baseDataset()
      const { holder, key } = placeAt(d, path)
      Object.defineProperty(holder, key, {
        enumerable: true,
        get() {
          throw make()
        },
      })
      const result = validate(d)
      expect(result.ok).toBe(false)
      expect(codes(result.issues)).toContain("dataset/unreadable")
    }
  })
})

describe("input that throws what cannot be printed", () => {
  it.each(HOSTILE_THROWN)("the dataset's getter throws %s", (_name, make) => {
    const d = Object.defineProperty(baseDataset(), "programmes", {
      enumerable: true,
      get() {
        throw make()
      },
    })
    const result = validate(d)
    expect(codes(result.issues)).toEqual(["dataset/unreadable"])
    expect(result.issues[0]?.message).toMatch(/^the dataset could not be read: /)
    // parseDataset throws its own DatasetError, never the hostile value.
    expect(() => parseDataset(d)).toThrow(DatasetError)
  })

  it("a Proxy whose getPrototypeOf trap throws, as the dataset and as a record", () => {
    const trap = {
      getPrototypeOf(): object | null {
        throw new Error("getPrototypeOf")
      },
    }
    expect(codes(validate(new Proxy(baseDataset(), trap)).issues)).toEqual(["dataset/unreadable"])
    const d = baseDataset()
    d.programmes[0] = new Proxy(d.programmes[0], trap)
    expect(codes(validate(d).issues)).toContain("dataset/unreadable")
  })

  it("options that cannot be read", () => {
    const hostile = [
      null,
      "x",
      new Proxy({}, { get: () => Symbol("x") }),
      Object.defineProperty({}, "references", {
        get() {
          throw Object.create(null)
        },
      }),
    ]
    for (const options of hostile) {
      let result: ReturnType<typeof validateDataset> | undefined
      expect(() => {
        result = validateDataset(baseDataset(), options as never)
      }).not.toThrow()
      expectWellFormed(result?.issues ?? [])
    }
  })
})

describe("'__proto__' as a record key (point 1)", () => {
  const withByCountry = (json: string) => {
    const d = baseDataset()
    d.programmes[1].reportedParticipants.byCountry = JSON.parse(json)
    return d
  }

  it("in reportedParticipants.byCountry is country/invalid, not dropped", () => {
    const result = validate(withByCountry('{"__proto__": 3}'))
    expect(result.ok).toBe(false)
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      {
        code: "country/invalid",
        path: ["programmes", 1, "reportedParticipants", "byCountry", "__proto__"],
      },
    ])
    expect(result.issues[0]?.message).toContain("'__proto__' is not a country code")
  })

  it("beside valid countries, and in the schema alone", () => {
    const d = withByCountry('{"UA": 4, "__proto__": 3}')
    expect(codes(validate(d).issues)).toEqual(["country/invalid"])
    const alone = programmeSchema.safeParse(d.programmes[1])
    expect(alone.success).toBe(false)
  })

  it.each(PROTOTYPE_KEYS)("%s in byCountry: country/invalid", (key) => {
    const result = validate(withByCountry(`{"${key}": 1, "UA": 4}`))
    expect(result.issues.map((issue) => [issue.code, issue.path.at(-1)])).toEqual([
      ["country/invalid", key],
    ])
  })

  it.each(PROTOTYPE_KEYS)("%s in extra is a kept key, at any depth", (key) => {
    const d = baseDataset()
    d.programmes[0].extra = JSON.parse(`{"${key}": {"polluted": 1}, "nested": {"${key}": [1]}}`)
    d.extra = JSON.parse(`{"${key}": "top"}`)
    const result = validate(d)
    expect(result.issues).toEqual([])
    const extra = result.dataset?.programmes?.[0]?.extra as Json
    expect(ownKeys(extra)).toEqual([key, "nested"])
    expect(Object.getOwnPropertyDescriptor(extra, key)?.value).toEqual({ polluted: 1 })
    expect(Object.getOwnPropertyDescriptor(extra.nested, key)?.value).toEqual([1])
    expect(Object.getOwnPropertyDescriptor(result.dataset?.extra, key)?.value).toBe("top")
    expect(({} as Json).polluted).toBeUndefined()
    expect(JSON.parse(JSON.stringify(result.dataset))).toEqual(JSON.parse(JSON.stringify(d)))
  })
})

describe("prototype keys in every key position", () => {
  it.each(PROTOTYPE_KEYS)("%s as every id and every reference: valid, and kept", (key) => {
    // Every id of the base dataset renamed to the key (kinds are indexed apart, so the same id
    // in two kinds is fine), and every reference with it.
    const renamed = JSON.stringify(baseDataset()).replace(
      /"(moj-japan|mekong|unafei-itc-184|p-1|ct-asia-2016|jp-unodc-2024|goal-1)"/g,
      JSON.stringify(key),
    )
    expect(renamed.split(JSON.stringify(key)).length).toBeGreaterThan(12)
    const d = JSON.parse(renamed)
    d.pledges[0].targets[0].id = key
    d.pledges[0].fulfilments[0].target = key
    d.pledges[0].fulfilments[1].target = key
    const result = validate(d)
    expect(result.issues).toEqual([])
    const sorted = (value: unknown) =>
      JSON.stringify(value, (_k, v) =>
        v && typeof v === "object" && !Array.isArray(v)
          ? Object.fromEntries(Object.entries(v).sort())
          : v,
      )
    expect(sorted(result.dataset)).toBe(sorted(d))
  })

  it.each(PROTOTYPE_KEYS)(
    "%s as a reference to nothing: reported, never found on a prototype",
    (key) => {
      const d = baseDataset()
      const p = d.programmes[0]
      p.organisations[0].organisation = key
      p.groups = [key]
      p.goals = [
        { framework: key, goal: "goal-1" },
        { framework: "jp-unodc-2024", goal: key },
      ]
      p.pledges = [key]
      d.participants[0].organisation = key
      d.participations[0].participant = key
      d.participations[1].programme = key
      d.pledges[0].pledger = key
      d.pledges[0].recipient = { organisation: key, groups: [key] }
      d.pledges[0].fulfilments[0].target = key
      d.frameworks[0].parties = [key]
      d.frameworks[0].priorityRegions[0].groups = [key]
      const found = codes(validate(d).issues)
      for (const code of [
        "programme/unknown-organisation",
        "programme/unknown-group",
        "programme/unknown-pledge",
        "participant/unknown-organisation",
        "participation/unknown-participant",
        "participation/unknown-programme",
        "pledge/unknown-pledger",
        "pledge/unknown-organisation",
        "pledge/unknown-group",
        "pledge/unknown-target",
        "framework/unknown-party",
        "framework/unknown-group",
      ]) {
        expect(found, code).toContain(code)
      }
      expect(found.filter((code) => code === "programme/unknown-goal")).toHaveLength(2)
    },
  )

  it.each(PROTOTYPE_KEYS)("%s as an unknown field of every record: unknown-field", (key) => {
    const d = JSON.parse(JSON.stringify(baseDataset()))
    const targets = [
      d,
      d.organisations[0],
      d.groups[0],
      d.groups[0].members[0],
      d.programmes[0],
      d.programmes[0].period,
      d.programmes[0].budget,
      d.programmes[1].reportedParticipants,
      d.participants[0],
      d.participations[0],
      d.pledges[0],
      d.pledges[0].targets[0],
      d.pledges[0].fulfilments[0],
      d.frameworks[0],
      d.frameworks[0].goals[0],
      d.frameworks[0].priorityRegions[0],
    ]
    for (const target of targets) Object.defineProperty(target, key, { value: 1, enumerable: true })
    const result = validate(d)
    const unknown = result.issues.filter((issue) => issue.code === "unknown-field")
    expect(unknown).toHaveLength(targets.length)
    for (const issue of unknown) expect(issue.path.at(-1)).toBe(key)
  })

  it.each(PROTOTYPE_KEYS)("%s as a duplicated id: reported", (key) => {
    const d = baseDataset()
    d.participants = [
      { id: key, country: "VN" },
      { id: key, country: "KH" },
    ]
    d.participations = []
    d.pledges[0].targets[1].id = "money"
    d.pledges[0].fulfilments = []
    d.frameworks[0].goals = [
      { id: key, title: "a" },
      { id: key, title: "b" },
    ]
    const found = codes(validate(d).issues)
    expect(found).toContain("participant/duplicate-id")
    expect(found).toContain("framework/duplicate-goal-id")
    expect(found).toContain("pledge/duplicate-target-id")
  })
})

describe("non-plain objects where a plain object is expected (point 7)", () => {
  const objectPlaces = (): [string, (d: Json, value: unknown) => void][] => [
    ["pledges[0].recipient", (d, v) => (d.pledges[0].recipient = v)],
    ["programmes[0].period", (d, v) => (d.programmes[0].period = v)],
    ["programmes[0].budget", (d, v) => (d.programmes[0].budget = v)],
    ["programmes[0].series", (d, v) => (d.programmes[0].series = v)],
    ["programmes[1].reportedParticipants", (d, v) => (d.programmes[1].reportedParticipants = v)],
    [
      "programmes[1].reportedParticipants.byCountry",
      (d, v) => (d.programmes[1].reportedParticipants.byCountry = v),
    ],
    ["groups[0].members[0]", (d, v) => (d.groups[0].members[0] = v)],
    ["participants[1]", (d, v) => (d.participants[1] = v)],
    ["participations[1]", (d, v) => (d.participations[1] = v)],
    ["pledges[0].targets[1]", (d, v) => (d.pledges[0].targets[1] = v)],
    ["frameworks[0].goals[1]", (d, v) => (d.frameworks[0].goals[1] = v)],
  ]
  class Recipient {
    organisation = "unodc"
  }
  class Participant {
    id = "p-2"
    country = "KH"
  }
  const values: [string, () => unknown][] = [
    ["new Map()", () => new Map([["organisation", "unodc"]])],
    ["new Date(0)", () => new Date(0)],
    ["a class instance", () => new Recipient()],
    ["a class instance with the right fields", () => new Participant()],
  ]

  it.each(values)(
    "%s is an error (field/wrong-type) wherever an object is expected",
    (_n, make) => {
      for (const [where, put] of objectPlaces()) {
        const d = baseDataset()
        put(d, make())
        const result = validate(d)
        expect(result.ok, where).toBe(false)
        expect(codes(result.issues), where).toContain("field/wrong-type")
      }
    },
  )

  it("the message names what was given", () => {
    const d = baseDataset()
    d.pledges[0].recipient = new Map()
    d.programmes[0].period = new Date(0)
    d.participants[1] = new Participant()
    expect(validate(d).issues.map(({ code, message }) => [code, message])).toEqual([
      [
        "field/wrong-type",
        "programmes[0] 'unafei-itc-184': period must be a plain object, not a Date",
      ],
      ["field/wrong-type", "participants[1] 'p-2': must be a plain object, not a Participant"],
      [
        "field/wrong-type",
        "pledges[0] 'ct-asia-2016': recipient must be a plain object, not a Map",
      ],
    ])
  })

  it("null-prototype objects are plain", () => {
    const d = baseDataset()
    d.programmes[0].period = Object.assign(Object.create(null), {
      start: "2024-10-01",
      end: "2024-11",
    })
    d.participants[1] = Object.assign(Object.create(null), { id: "p-2", country: "KH" })
    expect(validate(d).issues).toEqual([])
  })
})

describe("counts beyond Number.MAX_SAFE_INTEGER (point 9)", () => {
  const big = Number.MAX_SAFE_INTEGER + 2
  const cases: [string, (d: Json) => void, (string | number)[]][] = [
    [
      "reportedParticipants.total",
      (d) => (d.programmes[1].reportedParticipants.total = big),
      ["programmes", 1, "reportedParticipants", "total"],
    ],
    [
      "reportedParticipants.countries",
      (d) => (d.programmes[1].reportedParticipants.countries = big),
      ["programmes", 1, "reportedParticipants", "countries"],
    ],
    [
      "reportedParticipants.byCountry",
      (d) => (d.programmes[1].reportedParticipants.byCountry = { UA: big }),
      ["programmes", 1, "reportedParticipants", "byCountry", "UA"],
    ],
    [
      "series.session",
      (d) => (d.programmes[0].series.session = big),
      ["programmes", 0, "series", "session"],
    ],
    [
      "a quantity target",
      (d) => (d.pledges[0].targets[1].value = 1e300),
      ["pledges", 0, "targets", 1, "value"],
    ],
    [
      "a fulfilment value",
      (d) => (d.pledges[0].fulfilments[2].value = big),
      ["pledges", 0, "fulfilments", 2, "value"],
    ],
  ]

  it.each(cases)("%s: count/too-large, once", (_name, put, path) => {
    const d = baseDataset()
    put(d)
    const result = validate(d)
    expect(result.ok).toBe(false)
    const found = result.issues.filter((issue) => issue.path.join() === path.join())
    // Once, and as nothing else (a rule comparing it with another figure may still speak).
    expect(found.map((issue) => issue.code).filter((code) => code.startsWith("field/"))).toEqual([])
    expect(found.filter((issue) => issue.code === "count/too-large")).toHaveLength(1)
    expect(found[0]?.message).toContain("9007199254740991")
  })

  it("Number.MAX_SAFE_INTEGER itself is a count", () => {
    const d = baseDataset()
    d.programmes[1].reportedParticipants = { total: Number.MAX_SAFE_INTEGER }
    d.pledges[0].targets[1].value = Number.MAX_SAFE_INTEGER
    expect(validate(d).issues).toEqual([])
  })

  it("a birth year or DAC code beyond it is out of range, reported once", () => {
    const d = baseDataset()
    d.participants[0].birthYear = big
    d.programmes[0].dacPurposeCodes = [big]
    const result = validate(d)
    expect(codes(result.issues)).toEqual(["field/out-of-range", "field/out-of-range"])
  })

  it("per-country figures that add up past it are compared exactly", () => {
    const d = baseDataset()
    const max = Number.MAX_SAFE_INTEGER
    d.programmes[1].reportedParticipants = { total: max, byCountry: { UA: max, VN: 1, KH: 1 } }
    const [issue] = validate(d).issues
    expect(issue?.code).toBe("programme/reported-exceeds-total")
    expect(issue?.message).toContain("adds up to 9007199254740993,")
  })
})

describe("messages stay one line and bounded on huge inputs (point 6)", () => {
  it("pledge/unknown-target does not list every target in every message", () => {
    const d = baseDataset()
    const pledge = d.pledges[0]
    pledge.targets = Array.from({ length: 2000 }, (_, i) => ({
      id: `target-${i}`,
      kind: "quantity",
      metric: "people-trained",
      value: 1,
    }))
    pledge.fulfilments = Array.from({ length: 2000 }, (_, i) => ({
      target: `nothing-${i}`,
      on: "2018",
      value: 1,
    }))
    const found = validate(d).issues.filter((issue) => issue.code === "pledge/unknown-target")
    expect(found).toHaveLength(2000)
    expect(found[0]?.message).toMatch(
      /its targets are 'target-0', 'target-1', 'target-2', 'target-3', 'target-4' and 1995 more\)$/,
    )
  })

  it("grouping/overlapping-spans quotes the country", () => {
    const d = baseDataset()
    d.groups[0].members = [
      { country: "V\nN", from: "2000" },
      { country: "V\nN", from: "2001" },
      { country: "x".repeat(100_000), from: "2000" },
      { country: "x".repeat(100_000), from: "2001" },
    ]
    const found = validate(d).issues.filter((issue) => issue.code === "grouping/overlapping-spans")
    expect(found.map((issue) => issue.message)).toEqual([
      "groups[0] 'mekong': members[1] ('V\\nN') overlaps members[0]",
      `groups[0] 'mekong': members[3] ('${"x".repeat(57)}…') overlaps members[2]`,
    ])
  })

  it("pledge/fulfilment-wrong-currency quotes the currencies", () => {
    const d = baseDataset()
    d.pledges[0].fulfilments[0].money = { amount: 1, currency: `US\nD${"x".repeat(10_000_000)}` }
    const found = validate(d).issues.filter(
      (issue) => issue.code === "pledge/fulfilment-wrong-currency",
    )
    expect(found.map((issue) => issue.message)).toEqual([
      `pledges[0] 'ct-asia-2016': fulfilments[0] is in 'US\\nD${"x".repeat(52)}…', but target 'money' is in 'JPY' (pledgeProgress will need a rate from 'US\\nD${"x".repeat(52)}…' to 'JPY')`,
    ])
  })

  it("a hole in a collection is named as such, not as a missing dataset", () => {
    const d = baseDataset()
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    d.participations = [, d.participations[1]]
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    d.programmes[0].countries = ["VN", , "KH"]
    const result = validate(d)
    expect(result.issues.map(({ code, path, message }) => ({ code, path, message }))).toEqual([
      {
        code: "field/missing",
        path: ["programmes", 0, "countries", 1],
        message:
          "programmes[0] 'unafei-itc-184': countries[1] is missing (the list has an empty slot here)",
      },
      {
        code: "field/missing",
        path: ["participations", 0],
        message: "participations[0]: the record is missing (the list has an empty slot here)",
      },
    ])
  })

  it("ids and keys with line breaks are quoted wherever they are named", () => {
    const d = baseDataset()
    d.programmes[1].id = "bad\nid"
    d.programmes[1].period.end = "2020"
    d.programmes[1].reportedParticipants.byCountry = { "U\nA": 1 }
    const result = validate(d)
    expect(result.issues.map((issue) => issue.message)).toEqual([
      "programmes[1] 'bad\\nid': reportedParticipants.byCountry['U\\nA']: 'U\\nA' is not a country code: use an ISO 3166-1 alpha-2 code in upper case, such as 'VN' or 'UA', or 'XK' for Kosovo",
      "programmes[1] 'bad\\nid': period.end 2020 is before period.start 2024-10",
    ])
  })

  it("100 kB values in every string field keep every message short", () => {
    const d = baseDataset()
    for (const { holder, key } of places(d)) {
      if (typeof holder[key] === "string") holder[key] = `${holder[key]}\n${"y".repeat(100_000)}`
    }
    expect(validate(d).ok).toBe(false)
  })

  it("a 4 MB unknown field name and a 4 MB theme get no suggestion, and short messages", () => {
    const d = baseDataset()
    const huge = `titel${"e".repeat(4_000_000)}`
    d.programmes[0][huge] = 1
    d.programmes[0].themes = [`drugs${"s".repeat(4_000_000)}`]
    const result = validate(d)
    expect(codes(result.issues)).toEqual(["unknown-field", "programme/unknown-theme"])
    expect(result.issues[0]?.message).not.toContain("did you mean")
    expect(result.issues[0]?.message.length).toBeLessThan(MAX_MESSAGE)
  })
})

describe("did you mean (point 5)", () => {
  it("still suggests for typos", () => {
    expect(nearest("titel", ["title", "kind"])).toBe("title")
    expect(nearest("anticorruption", ["anti-corruption", "drugs"])).toBe("anti-corruption")
    expect(nearest("cuntry", ["country", "id"])).toBe("country")
  })

  it("suggests nothing for a name far longer than any known one", () => {
    expect(nearest(`title${"x".repeat(2)}`, ["title"])).toBe("title")
    expect(nearest(`title${"x".repeat(200)}`, ["title"])).toBeUndefined()
    expect(nearest("x".repeat(5_000_000), ["title", "x".repeat(10)])).toBeUndefined()
  })
})
