// Hostile values and the places to put them, shared by the hostile suites: values that are
// not data (Maps, Dates, class instances, Proxies, Symbols, BigInts, getters that throw), and
// every field of a dataset where one could stand.
import { expect } from "vitest"
import { RULES } from "../../src/validate/index.js"
import type { ValidationIssue } from "../../src/validate/issue.js"

type Json = any

/** The longest message an issue may have: a value is quoted in at most 60 characters. */
export const MAX_MESSAGE = 1000

/** The keys a plain object inherits and that naive code mistakes for data. */
export const PROTOTYPE_KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty"] as const

const throwingTraps: ProxyHandler<object> = Object.fromEntries(
  [
    "get",
    "has",
    "ownKeys",
    "getOwnPropertyDescriptor",
    "getPrototypeOf",
    "defineProperty",
    "set",
    "deleteProperty",
    "isExtensible",
    "preventExtensions",
    "setPrototypeOf",
  ].map((trap) => [
    trap,
    () => {
      throw new Error(`trap ${trap}`)
    },
  ]),
)

class Thing {
  id = "thing"
  start = "2024"
  country = "VN"
}

/** Values that reading, copying or printing can trip over. Each call gives a fresh value. */
export const HOSTILE_VALUES: [name: string, make: () => unknown][] = [
  ["a Map", () => new Map([["start", "2024"]])],
  ["a Set", () => new Set(["VN"])],
  ["a Date", () => new Date(0)],
  ["a class instance", () => new Thing()],
  ["a RegExp", () => /x/],
  ["a boxed string", () => new String("VN")],
  ["a typed array", () => new Uint8Array(3)],
  ["an empty null-prototype object", () => Object.create(null)],
  [
    "a revoked Proxy",
    () => {
      const { proxy, revoke } = Proxy.revocable({}, {})
      revoke()
      return proxy
    },
  ],
  ["a Proxy whose every trap throws", () => new Proxy({}, throwingTraps)],
  [
    "an object with a throwing getter",
    () =>
      Object.defineProperty({}, "start", {
        enumerable: true,
        get() {
          throw new Error("getter")
        },
      }),
  ],
  ["a Symbol", () => Symbol("VN")],
  ["a BigInt", () => 10n],
  ["a function", () => () => "VN"],
  ["NaN", () => Number.NaN],
  ["-Infinity", () => Number.NEGATIVE_INFINITY],
  ["2^53 + 2", () => 2 ** 53 + 2],
  ["1e308", () => 1e308],
  ["a string with control characters", () => "V\nN\u0000\r\u2028\u001b[31m"],
  ["a lone surrogate", () => "\ud800"],
  ["a 1 MB string", () => "x".repeat(1_000_000)],
  // biome-ignore lint/suspicious/noSparseArray: the hole is the point
  ["a list with a hole", () => [, "VN"]],
  [
    "a cycle",
    () => {
      const value: Json = { start: "2024" }
      value.self = value
      return value
    },
  ],
]

/** What a getter may throw that is awkward to print. */
export const HOSTILE_THROWN: [name: string, make: () => unknown][] = [
  ["an Error", () => new Error("plain")],
  ["a null-prototype object", () => Object.create(null)],
  [
    "an object whose toString throws",
    () => ({
      toString() {
        throw new Error("toString")
      },
    }),
  ],
  [
    "an Error whose message getter throws",
    () => {
      const error = new Error("x")
      Object.defineProperty(error, "message", {
        get() {
          throw new Error("message")
        },
      })
      return error
    },
  ],
  [
    "a Proxy whose getPrototypeOf trap throws",
    () =>
      new Proxy(
        {},
        {
          getPrototypeOf() {
            throw new Error("getPrototypeOf")
          },
        },
      ),
  ],
  ["a Proxy whose every trap throws", () => new Proxy({}, throwingTraps)],
  ["a Symbol", () => Symbol("thrown")],
  ["a 1 MB string with a line break", () => `line\n${"x".repeat(1_000_000)}`],
  ["undefined", () => undefined],
]

export type Place = { path: (string | number)[]; holder: Json; key: string | number }

/** Every place in a dataset: each field of each object and each item of each list. */
export function places(root: Json): Place[] {
  const found: Place[] = []
  const stack: [Json, (string | number)[]][] = [[root, []]]
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [Json, (string | number)[]]
    if (value === null || typeof value !== "object") continue
    const keys: (string | number)[] = Array.isArray(value) ? [...value.keys()] : Object.keys(value)
    for (const key of keys) {
      found.push({ path: [...path, key], holder: value, key })
      stack.push([value[key], [...path, key]])
    }
  }
  return found.sort((a, b) => a.path.join("\u0000").localeCompare(b.path.join("\u0000")))
}

/** The place at `path` in `root` (which must have the same shape as the one listed). */
export function placeAt(root: Json, path: readonly (string | number)[]): Place {
  let holder = root
  for (const key of path.slice(0, -1)) holder = holder[key]
  return { path: [...path], holder, key: path[path.length - 1] as string | number }
}

/** What every issue list must satisfy, whatever the input. */
export function expectWellFormed(issues: readonly ValidationIssue[]): void {
  for (const issue of issues) {
    expect(Object.keys(RULES), issue.code).toContain(issue.code)
    expect(issue.severity).toBe(RULES[issue.code as keyof typeof RULES].severity)
    expect(typeof issue.message).toBe("string")
    expect(issue.message.length, issue.message.slice(0, 200)).toBeLessThanOrEqual(MAX_MESSAGE)
    expect(issue.message, issue.message.slice(0, 200)).not.toMatch(/[\n\r\u2028\u2029]/)
    expect(Array.isArray(issue.path)).toBe(true)
    for (const part of issue.path) expect(["string", "number"]).toContain(typeof part)
  }
}
