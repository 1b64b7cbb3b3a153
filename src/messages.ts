/**
 * Every message a person reads from a schema lives here, so that wording stays consistent
 * and the rule catalogue can show it. Messages say what is wrong and what would be right.
 */

/** How many characters of a value a message shows. */
const SHOWN = 60

/** Characters that would split a message over lines, or hide or reorder its text. */
function isUnsafe(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  )
}

/** Any character `isUnsafe` finds, or a surrogate (paired or not): the quick test of `clip`. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069\ud800-\udfff]/

const SHORT_ESCAPES: Record<number, string> = {
  8: "\\b",
  9: "\\t",
  10: "\\n",
  12: "\\f",
  13: "\\r",
}

function escaped(code: number): string {
  return SHORT_ESCAPES[code] ?? `\\u${code.toString(16).padStart(4, "0")}`
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
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i)
    let piece: string
    let width = 1
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0
      if (next >= 0xdc00 && next <= 0xdfff) {
        piece = text.slice(i, i + 2)
        width = 2
      } else piece = escaped(code)
    } else if ((code >= 0xdc00 && code <= 0xdfff) || isUnsafe(code)) {
      piece = escaped(code)
    } else piece = text[i] as string
    if (out.length + piece.length > max) return `${out.slice(0, fits)}…`
    out += piece
    i += width
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

/** Names longer than this get no "did you mean": no known name is near them. */
const MAX_SUGGESTED_LENGTH = 64

/**
 * The edit distance between two short strings, counting a swap of two neighbouring letters
 * as one edit ("titel" → "title"): the optimal string alignment distance. With `max`, the
 * work stops as soon as the distance is known to exceed it and `max + 1` is returned; only
 * the cells within `max` of the diagonal are computed, in three rows (linear memory).
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0
  const over = max + 1
  if (Math.abs(a.length - b.length) > max) return over
  const width = b.length + 1
  let before = new Float64Array(width) // row i − 2
  let previous = new Float64Array(width) // row i − 1
  let current = new Float64Array(width) // row i
  for (let j = 0; j < width; j++) previous[j] = Math.min(j, over)
  for (let i = 1; i <= a.length; i++) {
    // Only the band within `max` of the diagonal is computed; its two neighbours are "over",
    // which is all the next row reads outside it.
    const from = Math.max(1, i - max)
    const to = Math.min(b.length, i + max)
    current[from - 1] = from === 1 ? Math.min(i, over) : over
    if (to + 1 < width) current[to + 1] = over
    let rowMin = current[from - 1] as number
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (before[j - 2] as number) + 1)
      }
      if (best > over) best = over
      current[j] = best
      if (best < rowMin) rowMin = best
    }
    if (rowMin > max) return over
    const spare = before
    before = previous
    previous = current
    current = spare
  }
  return previous[b.length] as number
}

/**
 * The known name closest to `name`, if it is close enough to be a likely typo (at most one
 * edit in three letters, and three at most). Names longer than 64 characters get none, so
 * the work is bounded whatever the input.
 */
export function nearest(name: string, known: readonly string[]): string | undefined {
  if (name.length > MAX_SUGGESTED_LENGTH) return undefined
  const lower = name.toLowerCase()
  const limit = Math.max(1, Math.min(3, Math.floor(name.length / 3)))
  let best: string | undefined
  let bestDistance = limit + 1
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase(), bestDistance - 1)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/**
 * The message for a value that is not a partial date. A function of its own (also
 * `messages.partialDate`), so that code needing only it does not bundle every message.
 */
export function partialDateMessage(value: unknown): string {
  return `${quote(value)} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD with a real month and day, such as '2024', '2024-10' or '2024-10-15'`
}

export const messages = {
  unknownField(field: string, known: readonly string[]): string {
    const guess = nearest(field, known)
    const hint =
      guess !== undefined
        ? ` — did you mean '${guess}'?`
        : known.includes("extra")
          ? ` — known fields are ${known.map((k) => `'${k}'`).join(", ")}; put your own fields in 'extra'`
          : ` — known fields are ${known.map((k) => `'${k}'`).join(", ")}`
    return `unknown field ${quote(field)}${hint}`
  },
  countryCode(value: unknown): string {
    const upper =
      typeof value === "string" && value.length <= 8 ? value.trim().toUpperCase() : undefined
    const hint =
      upper !== undefined && upper !== value && /^[A-Z]{2}$/.test(upper)
        ? ` (did you mean '${upper}'?)`
        : ""
    return `${quote(value)} is not a country code${hint}: use an ISO 3166-1 alpha-2 code in upper case, such as 'VN' or 'UA', or 'XK' for Kosovo`
  },
  partialDate: partialDateMessage,
  currency(value: unknown): string {
    return `${quote(value)} is not an ISO 4217 currency code: use three upper-case letters, such as 'JPY', 'USD' or 'EUR'`
  },
  tooManyDecimals(amount: number, currency: string, digits: number): string {
    return `${amount} ${currency} has more decimals than ${currency} allows (${digits === 0 ? "none" : `at most ${digits}`})`
  },
  notPlainObject(value: unknown): string {
    return `must be a plain object, not ${quote(value)}`
  },
  countTooLarge(value: unknown): string {
    return `${quote(value)} is larger than ${Number.MAX_SAFE_INTEGER} (Number.MAX_SAFE_INTEGER), beyond which numbers cannot count in ones: check the figure`
  },
  id(value: unknown): string {
    if (typeof value !== "string") return `an id must be a string, not ${quote(value)}`
    if (value.length === 0) return "an id must not be empty"
    if (value.length > 200)
      return `an id must have at most 200 characters (this one has ${value.length})`
    return `id ${quote(value)} must not start or end with white space`
  },
} as const
