// Fetches the synthetic sample of examples/data/, validates it, counts seats per country and
// renders them as a table. Runs in any browser that supports import maps.
import { findCountry, participationsByCountry, validateDataset } from "justice-cooperation"

const status = document.querySelector("#status")

async function readNdjson(name) {
  const response = await fetch(new URL(`../data/${name}`, import.meta.url))
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`)
  const text = await response.text()
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line))
}

function cell(row, text, className) {
  const td = document.createElement("td")
  td.textContent = text
  if (className) td.className = className
  row.append(td)
}

async function main() {
  const [programmes, participants, participations] = await Promise.all([
    readNdjson("cohort-programmes.ndjson"),
    readNdjson("cohort-participants.ndjson"),
    readNdjson("cohort-participations.ndjson"),
  ])
  const checked = validateDataset({ programmes, participants, participations })
  if (!checked.ok) {
    const first = checked.issues.find((issue) => issue.severity === "error")
    throw new Error(`the data is invalid: ${first?.message}`)
  }
  const seats = participationsByCountry(checked.dataset)

  const table = document.querySelector("#seats")
  table.querySelector("caption").textContent =
    `${participations.length.toLocaleString("en")} participation records in ${programmes.length} programmes (synthetic sample)`
  const body = table.querySelector("tbody")
  for (const { country, count } of seats.rows) {
    const row = document.createElement("tr")
    cell(row, country)
    cell(row, findCountry(country)?.name ?? country)
    cell(row, count.toLocaleString("en"), "count")
    body.append(row)
  }
  const total = document.createElement("tr")
  cell(total, "")
  cell(total, seats.unattributed > 0 ? `total (${seats.unattributed} without a country)` : "total")
  cell(total, seats.total.toLocaleString("en"), "count")
  table.querySelector("tfoot").append(total)
  table.hidden = false
  status.textContent = `${seats.rows.length} countries, ${seats.total.toLocaleString("en")} seats`
}

main().catch((error) => {
  status.textContent = `Error: ${error.message}`
  status.className = "error"
})
