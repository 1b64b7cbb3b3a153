// A minimal reader for the generator inputs in scripts/sources (RFC 4180 quoting, no
// multi-line cells in these files). Generation-time only; never shipped.
export function readCsv(text) {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line.length > 0)
  const rows = lines.map(splitLine)
  const header = rows.shift()
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""])))
}

function splitLine(line) {
  const cells = []
  let cell = ""
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ",") {
      cells.push(cell)
      cell = ""
    } else cell += ch
  }
  cells.push(cell)
  return cells
}
