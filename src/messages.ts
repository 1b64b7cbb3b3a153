/**
 * Every message a person reads from a schema lives here, so that wording stays consistent
 * and the rule catalogue can show it. Messages say what is wrong and what would be right.
 */

/** Quotes a value for a message, shortened so that a 100 kB string does not flood a log. */
export function quote(value: unknown): string {
  if (typeof value === "string") {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value
    // Control characters are shown escaped, so that a message stays on one line.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
    return `'${shown.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1))}'`
  }
  if (typeof value === "number" || typeof value === "boolean" || value === null)
    return String(value)
  if (value === undefined) return "nothing"
  if (Array.isArray(value)) return "a list"
  return "an object"
}

/**
 * The edit distance between two short strings, counting a swap of two neighbouring letters
 * as one edit ("titel" → "title"): the optimal string alignment distance.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  const rows: number[][] = []
  for (let i = 0; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row[j] = j
        continue
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1)
      }
      row[j] = best
    }
    rows.push(row)
  }
  return rows[a.length]?.[b.length] ?? 0
}

/** The known name closest to `name`, if it is close enough to be a likely typo. */
export function nearest(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase()
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(name.length / 3)))
  return bestDistance <= limit ? best : undefined
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
    const upper = typeof value === "string" ? value.trim().toUpperCase() : undefined
    const hint =
      upper !== undefined && upper !== value && /^[A-Z]{2}$/.test(upper)
        ? ` (did you mean '${upper}'?)`
        : ""
    return `${quote(value)} is not a country code${hint}: use an ISO 3166-1 alpha-2 code in upper case, such as 'VN' or 'UA', or 'XK' for Kosovo`
  },
  partialDate(value: unknown): string {
    return `${quote(value)} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD with a real month and day, such as '2024', '2024-10' or '2024-10-15'`
  },
  currency(value: unknown): string {
    return `${quote(value)} is not an ISO 4217 currency code: use three upper-case letters, such as 'JPY', 'USD' or 'EUR'`
  },
  tooManyDecimals(amount: number, currency: string, digits: number): string {
    return `${amount} ${currency} has more decimals than ${currency} allows (${digits === 0 ? "none" : `at most ${digits}`})`
  },
  id(value: unknown): string {
    if (typeof value !== "string") return `an id must be a string, not ${quote(value)}`
    if (value.length === 0) return "an id must not be empty"
    if (value.length > 200)
      return `an id must have at most 200 characters (this one has ${value.length})`
    return `id ${quote(value)} must not start or end with white space`
  },
} as const
