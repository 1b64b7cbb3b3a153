// The byte-order marks a file may start with: read by the CLI's CSV reader and by readIati.

/** The byte-order marks a file may start with, and the encoding each says. */
const BOMS: readonly (readonly [string, readonly number[]])[] = [
  ["utf-8", [0xef, 0xbb, 0xbf]],
  ["utf-16le", [0xff, 0xfe]],
  ["utf-16be", [0xfe, 0xff]],
]

/** The encoding a byte-order mark at the start of `bytes` says (`utf-8`, `utf-16le`, `utf-16be`), or undefined. */
export function bomEncoding(bytes: Uint8Array): string | undefined {
  for (const [encoding, mark] of BOMS)
    if (mark.every((byte, i) => bytes[i] === byte)) return encoding
  return undefined
}
