import { isRecord } from "../input/shapes.js"

/**
 * Whether `data` has the shape of `model` (what `save()` of a state with nothing counted
 * gives): the same keys, typed arrays of the same kind and length, lists, numbers and text where
 * the model has them. A state from another thread is checked so before it is loaded.
 */
export function isLike<T>(model: T, data: unknown): data is T {
  if (ArrayBuffer.isView(model))
    return (
      ArrayBuffer.isView(data) &&
      data.constructor === model.constructor &&
      data.byteLength === model.byteLength
    )
  if (Array.isArray(model)) return Array.isArray(data)
  if (model === null) return data === null || typeof data === "object"
  if (typeof model !== "object") return typeof data === typeof model
  if (!isRecord(data)) return false
  const names = Object.keys(model)
  if (Object.keys(data).length !== names.length) return false
  for (const name of names)
    if (!(name in data) || !isLike((model as Record<string, unknown>)[name], data[name]))
      return false
  return true
}
