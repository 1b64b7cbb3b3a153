// Which encoding a file's bytes are in, from what the file itself says, as XML 1.0 (§4.3.3 and
// appendix F) has a reader find it: a byte order mark, else the XML declaration's `encoding`,
// else UTF-8. Nothing is guessed from the bytes' content. The labels are those of the WHATWG
// Encoding Standard that TextDecoder implements (so "ISO-8859-1" decodes as windows-1252, as
// browsers do: the bytes 0x80–0x9F are the characters publishers typed, such as ’).
import { bomEncoding } from "../text/bom.js"
import { quote } from "../text/quote.js"

/** A TextDecoder (the global's instance type: the library is typed without the DOM's). */
export type Decoder = InstanceType<typeof TextDecoder>

/** Bytes past which a file without a complete declaration is read as it starts. */
const HEAD = 1024

const XML_DECL = [0x3c, 0x3f, 0x78, 0x6d, 0x6c] // "<?xml"

/**
 * Whether `head` (the first bytes) is enough to know the encoding: a byte order mark, a whole
 * XML declaration, a start that cannot be one, or `HEAD` bytes.
 */
export function encodingKnown(head: Uint8Array): boolean {
  if (head.length >= HEAD) return true
  const [a, b, c] = head
  // "<?" in UTF-16 without its mark (3C 00 3F 00, 00 3C 00 3F) needs four bytes to be told.
  if (head.length < 4 && (a === 0x00 || (a === 0x3c && (b === undefined || b === 0x00))))
    return false
  if (a === 0xff || a === 0xfe) return head.length >= 2
  if (a === 0xef && head.length < 3 && (b === undefined || b === 0xbb)) return false
  const start = a === 0xef && b === 0xbb && c === 0xbf ? 3 : 0
  for (let i = 0; i < XML_DECL.length; i++) {
    if (start + i >= head.length) return false
    if (head[start + i] !== XML_DECL[i]) return true
  }
  for (let i = start + XML_DECL.length; i + 1 < head.length; i++)
    if (head[i] === 0x3f && head[i + 1] === 0x3e) return true
  return false
}

/**
 * The decoder for bytes that start with `head`, or the reason there is none (for an
 * `iati/invalid-encoding` issue).
 */
export function decoderFor(head: Uint8Array): { decoder: Decoder } | { error: string } {
  const mark = bomEncoding(head)
  if (mark === "utf-16le" || mark === "utf-16be")
    return { decoder: new TextDecoder(mark, { fatal: true }) }
  if (withoutMark(head))
    return {
      error:
        "the bytes are UTF-16 without the byte order mark XML requires of UTF-16: save the file as UTF-8, or as UTF-16 with its mark",
    }
  const start = mark === "utf-8" ? 3 : 0
  const declared = declaredEncoding(head, start)
  if (declared === undefined || start === 3)
    return { decoder: new TextDecoder("utf-8", { fatal: true }) }
  let decoder: Decoder
  try {
    decoder = new TextDecoder(declared, { fatal: true })
  } catch {
    return {
      error: `the XML declaration says encoding ${quote(declared)}, which is not an encoding this reader knows: convert the file to UTF-8 and correct the declaration`,
    }
  }
  if (decoder.encoding.startsWith("utf-16"))
    return {
      error: `the XML declaration says encoding ${quote(declared)}, but the bytes have no UTF-16 byte order mark (the declaration is written in one byte a character): correct the declaration, or save the file as UTF-16 with its mark`,
    }
  return { decoder }
}

/** Whether the bytes start with "<" in UTF-16 without a byte order mark (XML 1.0, appendix F). */
function withoutMark(head: Uint8Array): boolean {
  const [a, b, c, d] = head
  return (
    (a === 0x3c && b === 0x00 && c !== undefined && d === 0x00) ||
    (a === 0x00 && b === 0x3c && c === 0x00 && d !== undefined)
  )
}

/** The `encoding` of an XML declaration at `start`, read as ASCII, or undefined. */
function declaredEncoding(head: Uint8Array, start: number): string | undefined {
  let text = ""
  for (let i = start; i < head.length && i < HEAD; i++) {
    const byte = head[i] as number
    if (byte > 0x7e) break
    text += String.fromCharCode(byte)
    if (text.endsWith("?>")) break
  }
  const declaration = /^<\?xml\s[^>]*?\?>/.exec(text)?.[0]
  return declaration === undefined
    ? undefined
    : /\sencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/.exec(declaration)?.[2]
}
