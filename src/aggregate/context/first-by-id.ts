/**
 * Records by id: each checked in order (`check` throws for a bad one), then the first record of
 * each id kept, in order, with the position of each id in the list.
 */
export function firstById<T extends { readonly id: string }>(
  records: readonly T[] | undefined,
  check: (record: T, i: number) => void,
): { list: T[]; index: Map<string, number> } {
  const list: T[] = []
  const index = new Map<string, number>()
  const all = records ?? []
  for (let i = 0; i < all.length; i++) {
    const record = all[i] as T
    check(record, i)
    if (index.has(record.id)) continue
    index.set(record.id, list.length)
    list.push(record)
  }
  return { list, index }
}
