// readIati under hostile input: options of every wrong type, unknown and prototype option
// names, huge values; XML with a DTD and entities, deep nesting, a file cut short, bytes that
// are not UTF-8, `__proto__` as an identifier, an element name and an attribute name, and
// random bytes. It never throws and never hangs; every issue has a code from RULES with its
// severity, a path and a one-line message of bounded size; Object.prototype is never touched.
import fc from "fast-check"
import { afterAll, describe, expect, it } from "vitest"
import { readIati, streamIati } from "../../src/iati/index.js"
import { expectWellFormed, HOSTILE_VALUES, PROTOTYPE_KEYS } from "./hostile-values.js"

const activity = (inner = "", id = "XM-DAC-701-8-1") =>
  `<iati-activity><iati-identifier>${id}</iati-identifier><title><narrative>Training</narrative></title><activity-status code="2"/><activity-date type="2" iso-date="2024-10-01"/>${inner}</iati-activity>`
const file = (...activities: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">\n${activities.join("\n")}\n</iati-activities>\n`
const codes = (issues: { code: string }[]) => issues.map((i) => i.code)
/** Generous: the machine is shared; a hang would take far longer. */
const TIMEOUT = 60_000

const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort()
afterAll(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})

describe("options", () => {
  it.each(HOSTILE_VALUES)(
    "%s as the options or as maxActivityChars: an issue, the defaults, the file read",
    async (name, make) => {
      // An empty null-prototype object is an options object with no option set.
      const given = name === "an empty null-prototype object" ? [] : [make()]
      for (const options of [...given, { maxActivityChars: make() }]) {
        const { dataset, issues } = await readIati(file(activity()), options as never)
        expectWellFormed(issues)
        // One issue, or one per own key of an object that is not an options object.
        expect(issues.length).toBeGreaterThan(0)
        expect(new Set(codes(issues))).toEqual(new Set(["iati/invalid-option"]))
        expect(dataset.programmes.map((p) => p.id)).toEqual(["XM-DAC-701-8-1"])
      }
    },
  )

  it("null, a number, a string and a list as the options: an issue each, the file read", async () => {
    for (const options of [null, 3, "maxActivityChars", [1]]) {
      const { dataset, issues } = await readIati(file(activity()), options as never)
      expectWellFormed(issues)
      expect(issues).toMatchObject([{ code: "iati/invalid-option", path: ["options"] }])
      expect(dataset.programmes).toHaveLength(1)
    }
  })

  it("unknown option names, prototype keys among them, are named and ignored", async () => {
    const options = JSON.parse(
      `{"__proto__": {"polluted": 1}, "maxActivityChar": 10, ${PROTOTYPE_KEYS.filter(
        (k) => k !== "__proto__",
      )
        .map((k) => `"${k}": 1`)
        .join(", ")}}`,
    )
    const { dataset, issues } = await readIati(file(activity()), options)
    expectWellFormed(issues)
    expect(issues.map((i) => i.path)).toEqual([
      ["options", "__proto__"],
      ["options", "maxActivityChar"],
      ...PROTOTYPE_KEYS.filter((k) => k !== "__proto__").map((k) => ["options", k]),
    ])
    expect(dataset.programmes).toHaveLength(1)
  })

  it("huge, fractional, negative and numeric-string limits: an issue, the default limit", async () => {
    for (const max of [2 ** 31, 2 ** 53 + 2, 1e308, Number.POSITIVE_INFINITY, 0.5, -1, 0, "1e6"]) {
      const { dataset, issues } = await readIati(file(activity()), {
        maxActivityChars: max,
      } as never)
      expectWellFormed(issues)
      expect(issues, String(max)).toMatchObject([
        { code: "iati/invalid-option", path: ["options", "maxActivityChars"] },
      ])
      expect(dataset.programmes).toHaveLength(1)
    }
  })

  it("options that throw when read: an issue, never a throw", async () => {
    const getter = Object.defineProperty({}, "maxActivityChars", {
      enumerable: true,
      get() {
        throw new Error("getter")
      },
    })
    const { issues } = await readIati(file(activity()), getter)
    expect(issues).toMatchObject([{ code: "iati/invalid-option", path: ["options"] }])
    expectWellFormed(issues)
  })

  it("a valid limit is used, and an undefined one is the default", async () => {
    const big = file(
      activity(`<description><narrative>${"x".repeat(300)}</narrative></description>`),
    )
    expect(codes((await readIati(big, { maxActivityChars: 200 })).issues)).toContain(
      "iati/too-large",
    )
    const { issues } = await readIati(big, { maxActivityChars: undefined } as never)
    expect(codes(issues)).not.toContain("iati/invalid-option")
    expect(codes(issues)).not.toContain("iati/too-large")
  })
})

describe("hostile XML", () => {
  it(
    "a DTD with an internal subset, a parameter entity and an external entity: refused",
    async () => {
      for (const dtd of [
        '<!DOCTYPE a [<!ENTITY x "xxxxxxxxxx"><!ENTITY y "&x;&x;&x;&x;">]>',
        '<!DOCTYPE a [<!ENTITY % p SYSTEM "http://example.org/evil.dtd"> %p;]>',
        '<!DOCTYPE a SYSTEM "file:///etc/passwd">',
      ]) {
        const { dataset, issues } = await readIati(dtd + file(activity("", "&y;")))
        expectWellFormed(issues)
        expect(codes(issues)).toEqual(["iati/doctype-refused"])
        expect(dataset.programmes).toEqual([])
      }
    },
    TIMEOUT,
  )

  it(
    "nesting 100,000 deep: the activity is refused (too deep), quickly, no stack overflow",
    async () => {
      const deep = file(
        activity(`${"<a>".repeat(100_000)}${"</a>".repeat(100_000)}`),
        activity("", "B"),
      )
      const { dataset, issues } = await readIati(deep)
      expectWellFormed(issues)
      expect(codes(issues)).toEqual(["iati/too-large"])
      expect(dataset.programmes.map((p) => p.id)).toEqual(["B"])
    },
    TIMEOUT,
  )

  it(
    "a text or a comment of 3 million characters without a tag: an issue, never a throw",
    async () => {
      const text = `<iati-activities><iati-activity><iati-identifier>${"x".repeat(3_000_000)}`
      const first = await readIati(text, { maxActivityChars: 100 })
      expectWellFormed(first.issues)
      expect(codes(first.issues)).toContain("iati/too-large")
      const comment = `<iati-activities><!--${"x".repeat(3_000_000)}-->`
      const second = await readIati(comment, { maxActivityChars: 1000 })
      expectWellFormed(second.issues)
      expect(codes(second.issues)).toEqual(["iati/too-large"])
    },
    TIMEOUT,
  )

  it("a file cut at every point of an activity: an issue, never a throw", async () => {
    const whole = file(activity('<sector code="15130"/>'))
    for (let end = 0; end < whole.length; end += 7) {
      const { issues } = await readIati(whole.slice(0, end))
      expectWellFormed(issues)
      if (end > 0 && end < whole.lastIndexOf("</iati-activities>"))
        expect(codes(issues), String(end)).toContain("iati/not-well-formed")
    }
  })

  it("bytes that are not UTF-8 (a lone continuation byte, an overlong form, a cut sequence)", async () => {
    const head = Buffer.from(file(activity()).slice(0, 120))
    for (const bad of [[0x80], [0xc0, 0xaf], [0xe2, 0x82]]) {
      const bytes = Buffer.concat([head, Buffer.from(bad), Buffer.from("</x>")])
      const { issues } = await readIati(bytes)
      expectWellFormed(issues)
      expect(codes(issues)).toEqual(["iati/invalid-encoding"])
      expect(issues[0]?.message).toContain(`byte ${head.length}`)
    }
  })

  it("__proto__ as identifier, element name and attribute name is kept as data", async () => {
    const xml = file(
      activity(
        '<__proto__ __proto__="a" constructor="b"><__proto__>c</__proto__></__proto__><tag __proto__="x"/>',
        "__proto__",
      ),
    )
    const { dataset, issues } = await readIati(xml)
    expectWellFormed(issues)
    const programme = dataset.programmes[0]
    expect(programme?.id).toBe("__proto__")
    const kept = programme?.extra?.iati as Record<string, unknown>
    expect(Object.getPrototypeOf(kept)).toBe(null)
    expect(Object.keys(kept)).toEqual(["__proto__", "tag"])
    const proto = "__proto__"
    const element = (kept[proto] as Record<string, unknown>[])[0] as Record<string, unknown>
    expect(Object.keys(element)).toEqual(["@__proto__", "@constructor", "__proto__"])
    expect(element[proto]).toEqual([{ "#text": "c" }])
    expect(({} as Record<string, unknown>).a).toBeUndefined()
  })

  it("a chunk of the wrong kind, and a stream that yields nonsense: an issue", async () => {
    for (const chunks of [["<iati-activities>", new Uint8Array([60])], [{}], [null], [42]]) {
      const items = []
      for await (const item of streamIati(
        (async function* () {
          yield* chunks
        })() as AsyncIterable<string>,
      ))
        items.push(item)
      const issues = items.flatMap((i) => i.issues)
      expectWellFormed(issues)
      expect(codes(issues)).toContain("iati/not-iati")
    }
  })

  it("random text and random bytes never throw and give well-formed issues", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.uint8Array({ maxLength: 300 }),
          fc
            .array(
              fc.constantFrom(
                "<",
                ">",
                "</",
                "/>",
                "iati-activity",
                "iati-activities",
                '="',
                "&",
                "<!",
                "?",
                "x",
              ),
              { maxLength: 60 },
            )
            .map((parts) => parts.join("")),
        ),
        async (input) => {
          const { issues } = await readIati(input)
          expectWellFormed(issues)
        },
      ),
      { seed: 17, numRuns: 300 },
    )
  })
})
