// The messages shared by several rules (a duplicate id, an unknown reference or theme, a period
// that ends before it starts) and by the dataset as a whole. A rule of its own file keeps its
// message in that file (src/validate/rules/<collection>/<what>.ts); the schema's messages are in
// src/messages.ts. A message says what is wrong and what would be right, on one line; values
// from the data are shown with `quote` (src/text/quote.ts), which escapes and shortens them.

import { quote } from "../text/quote.js"
import { describeField } from "./issue.js"

type Path = readonly (string | number)[]

/** What a reference resolves against, as a message names it. */
const REFERENCE_TARGETS: Record<string, string> = {
  groups: "groups or the reference groupings",
  series: "the series of programmes (series.id)",
}

/** Up to five items, quoted: `'a', 'b', 'c', 'd', 'e' and 12 more`. */
export function listSome(items: readonly string[], shown = 5): string {
  const quoted = items.slice(0, shown).map((item) => quote(item))
  return items.length > shown
    ? `${quoted.join(", ")} and ${items.length - shown} more`
    : quoted.join(", ")
}

export const ruleMessages = {
  // — the dataset as a whole —
  notAnObject(input: unknown): string {
    const what = ["string", "number", "boolean", "bigint"].includes(typeof input)
      ? `a ${typeof input}`
      : quote(input)
    return `the dataset must be an object such as { programmes: [...] }, not ${what}`
  },
  unreadable: (reason: string) => `the dataset could not be read: ${reason}`,
  thrown: (value: unknown) => `${quote(value)} was thrown`,

  // — duplicates —
  duplicateId: (earlier: string) => `id is already used by ${earlier}`,
  repeatedId: (list: string, index: number, id: string, earlier: number) =>
    `${list}[${index}] has the id ${quote(id)} of ${list}[${earlier}]`,

  // — references —
  unknownReference: (path: Path, id: string, collection: string) =>
    `${describeField(path)} ${quote(id)} is not in ${REFERENCE_TARGETS[collection] ?? collection}`,
  unknownTheme: (path: Path, theme: string, guess: string | undefined) =>
    `${describeField(path)} ${quote(theme)} is not a reference theme${guess === undefined ? "" : ` (did you mean ${quote(guess)}?)`}`,

  // — dates —
  endBeforeStart: (end: string | undefined, start: string | undefined) =>
    `period.end ${end} is before period.start ${start}`,
} as const
