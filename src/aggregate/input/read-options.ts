import { invalidOption, unknownOption } from "../errors.js"
import { guard } from "./guard.js"
import { isRecord } from "./shapes.js"

/**
 * Reads options once: each known name copied into a null-prototype object (so that a getter
 * is called once, and nothing of the caller's object is kept), an unknown name refused with
 * the nearest known one. `undefined` gives an empty object.
 */
export function readOptions(
  fn: string,
  options: unknown,
  known: readonly string[],
  expected = "pass an object, or nothing",
): Record<string, unknown> {
  if (options === undefined) return Object.create(null)
  if (!isRecord(options)) throw invalidOption(fn, "options", options, expected)
  return guard(fn, "options", () => readKnown(fn, options, known))
}

/**
 * The known names of an object (options, or an option's value: `of` is its name and a dot,
 * `"during."`) copied into a null-prototype object, leaving out those that are `undefined`; an
 * unknown name is an `aggregate/unknown-option`. Each name is read once.
 */
export function readKnown(
  fn: string,
  record: Record<string, unknown>,
  known: readonly string[],
  of = "",
): Record<string, unknown> {
  const copy: Record<string, unknown> = Object.create(null)
  for (const name of Object.keys(record))
    if (!known.includes(name)) throw unknownOption(fn, name, known, of)
  for (const name of known) {
    const value = record[name]
    if (value !== undefined) copy[name] = value
  }
  return copy
}
