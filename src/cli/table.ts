/** Formats rows as an aligned text table: numbers right-aligned, text left-aligned. */
export function table(header: string[], rows: (string | number)[][]): string[] {
  const cells = [
    header,
    ...rows.map((row) => row.map((cell) => (typeof cell === "number" ? format(cell) : cell))),
  ]
  const numeric = header.map(
    (_, i) => rows.length > 0 && rows.every((row) => typeof row[i] === "number"),
  )
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length)))
  return cells.map((row) =>
    row
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd(),
  )
}

/** 1234567 → "1,234,567"; 0.4567 → "0.46". */
export function format(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString("en") : n.toFixed(2)
}
