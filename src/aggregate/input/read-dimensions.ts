import { invalidOption } from "../errors.js"
import type { Dimension } from "../types.js"

/** The `by` option, checked and copied: dimensions among `DIMENSIONS`, each once. */
export function readDimensions(
  fn: string,
  by: unknown,
  DIMENSIONS: readonly Dimension[],
): Dimension[] {
  const known = DIMENSIONS.map((d) => `'${d}'`).join(", ")
  if (!Array.isArray(by))
    throw invalidOption(fn, "by", by, `pass a list of dimensions among ${known}`)
  const dimensions: Dimension[] = []
  for (let k = 0; k < by.length; k++) {
    const dimension: unknown = by[k]
    if (!DIMENSIONS.includes(dimension as Dimension))
      throw invalidOption(fn, `by[${k}]`, dimension, `use one of ${known}`)
    if (dimensions.includes(dimension as Dimension))
      throw invalidOption(fn, `by[${k}]`, dimension, "name each dimension once")
    dimensions.push(dimension as Dimension)
  }
  return dimensions
}
