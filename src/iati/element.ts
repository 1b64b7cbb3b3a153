// The XML of one activity as a small tree: the reader builds it from the parser's events and
// drops it once the activity is mapped; the writer builds it and maps it the same way, so that
// both agree on what IATI holds.
import type { JsonValue } from "../schemas/fields.js"

/** One XML element: attributes by name (null prototype), children in order, its own text. */
export type XmlElement = {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  /** The element's own text (CDATA included), not its children's, untrimmed. */
  text: string
  /** The line of its start tag (1-based), 0 when the writer built it. */
  line: number
  /** An element the mapping does not read: the reader built its JSON (as `toJson`) directly. */
  json?: { [key: string]: JsonValue }
}

/** A new element; attributes are copied into a null-prototype object. */
export function element(
  name: string,
  attributes: Record<string, string | undefined> = {},
  children: XmlElement[] = [],
  text = "",
): XmlElement {
  const own: Record<string, string> = Object.create(null)
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) own[key] = value
  return { name, attributes: own, children, text, line: 0 }
}

/**
 * A copy of a string that does not keep the text it was cut from alive. The parser's strings
 * are slices of the chunk they came from (V8 keeps a slice of 13 characters or more as a view
 * of its parent), so one kept title would keep a whole 1 MiB chunk in memory; every string the
 * reader keeps goes through here, so that memory follows what is kept, not the file.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1)
}

/** An attribute's value, trimmed; undefined when absent or blank. */
export function attr(el: XmlElement, name: string): string | undefined {
  const value = el.attributes[name]
  if (value === undefined) return undefined
  const trimmed = value.trim()
  return trimmed === "" ? undefined : detach(trimmed)
}

/** The children with this name. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((child) => child.name === name)
}

/** The first child with this name. */
export function childNamed(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((child) => child.name === name)
}

/**
 * An element as JSON for `extra.iati`: attributes as `"@name"`, its own text (trimmed, when not
 * blank) as `"#text"`, children as lists under their names. Null-prototype objects, so that any
 * name (`__proto__` included) is kept.
 */
export function toJson(el: XmlElement): { [key: string]: JsonValue } {
  const out: { [key: string]: JsonValue } = Object.create(null)
  for (const key of Object.keys(el.attributes))
    out[`@${detach(key)}`] = detach(el.attributes[key] as string)
  const text = el.text.trim()
  if (text !== "") out["#text"] = detach(text)
  for (const child of el.children) {
    const list = out[child.name]
    if (Array.isArray(list)) list.push(toJson(child))
    else out[detach(child.name)] = [toJson(child)]
  }
  return out
}
