// How a message shows a value from the data: the one quoting helper of the library. A leaf
// module (no imports), so that any entry point can use it without carrying other messages.

/** How many characters of a value a message shows. */
const SHOWN = 60

/**
 * Characters that would split a message over lines, or hide or reorder its text, and
 * surrogates: `clip` escapes those of them that are not half of a pair.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069\ud800-\udfff]/

const SHORT_ESCAPES: Record<number, string> = {
  8: "\\b",
  9: "\\t",
  10: "\\n",
  12: "\\f",
  13: "\\r",
}

/**
 * A text made safe for a one-line message: control characters, line and paragraph separators,
 * bidirectional controls and lone surrogates escaped (`\n`, `\u2028`), and cut after about
 * `max` characters with an ellipsis. Reads at most `max` characters of the text, so a 10 MB
 * value costs no more than a short one.
 */
export function clip(text: string, max = SHOWN): string {
  if (text.length <= max && !UNSAFE.test(text)) return text
  let out = ""
  // The length of `out` at the last point where it could still take the ellipsis.
  let fits = 0
  // By code points: a pair of surrogates comes whole (length 2), a lone one alone.
  for (const char of text) {
    const code = char.charCodeAt(0)
    const piece =
      char.length === 1 && UNSAFE.test(char)
        ? (SHORT_ESCAPES[code] ?? `\\u${code.toString(16).padStart(4, "0")}`)
        : char
    if (out.length + piece.length > max) return `${out.slice(0, fits)}…`
    out += piece
    if (out.length <= max - 3) fits = out.length
  }
  return out
}

/**
 * What an object is, for a message: `a Map`, `a Date`, `a Participant` (a class instance),
 * `an object` (plain). Never throws, whatever the object (a revoked Proxy is `an unreadable
 * object`).
 */
export function describeObject(value: object): string {
  try {
    if (Array.isArray(value)) return "a list"
    const proto: unknown = Object.getPrototypeOf(value)
    if (proto === null || proto === Object.prototype) return "an object"
    const maker = Object.getOwnPropertyDescriptor(proto, "constructor")?.value as unknown
    const name =
      typeof maker === "function"
        ? Object.getOwnPropertyDescriptor(maker, "name")?.value
        : undefined
    if (name === "Object") return "an object"
    if (typeof name === "string" && /^[A-Za-z_$][\w$]{0,59}$/.test(name)) {
      return `${/^[AEIO]/.test(name) ? "an" : "a"} ${name}`
    }
    return "an instance of a class"
  } catch {
    return "an unreadable object"
  }
}

/**
 * Quotes a value for a message: a string in single quotes, escaped and cut (see {@link clip}),
 * a number as written, anything else by what it is (`a list`, `a Map`, `nothing`). The one way
 * a message shows a value from the data; it never throws.
 */
export function quote(value: unknown): string {
  switch (typeof value) {
    case "string":
      return `'${clip(value)}'`
    case "number":
    case "boolean":
      return String(value)
    case "bigint":
      return `${clip(value.toString())}n`
    case "undefined":
      return "nothing"
    case "symbol":
      return "a symbol"
    case "function":
      return "a function"
    case "object":
      return value === null ? "null" : describeObject(value)
    default:
      return "a value"
  }
}
