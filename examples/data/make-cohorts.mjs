// Writes the synthetic sample used by the streaming, worker and browser examples, as NDJSON
// (one JSON record a line): cohort-programmes.ndjson (40 programmes), cohort-participants.ndjson
// (800 participants) and cohort-participations.ndjson (2,400 participations). Nothing in it is real: ids start with "sample-", people are numbers.
// Deterministic: running it again gives the same files.
//
//   node examples/data/make-cohorts.mjs
import { writeFileSync } from "node:fs"

// A small linear congruential generator, so that the files do not change between runs.
let seed = 20240705
function random() {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
}
function pick(weighted) {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0)
  let r = random() * total
  for (const [value, weight] of weighted) {
    r -= weight
    if (r < 0) return value
  }
  return weighted[weighted.length - 1][0]
}

const countries = [
  ["VN", 9],
  ["ID", 8],
  ["PH", 8],
  ["TH", 7],
  ["KH", 6],
  ["LA", 5],
  ["MY", 5],
  ["MM", 4],
  ["BD", 5],
  ["NP", 4],
  ["LK", 4],
  ["PK", 4],
  ["MN", 3],
  ["UZ", 3],
  ["KE", 4],
  ["TZ", 3],
  ["NG", 3],
  ["GH", 2],
  ["FJ", 2],
  ["PG", 2],
  ["UA", 3],
  ["BR", 2],
  ["PE", 1],
  ["TL", 1],
]
const professions = [
  ["prosecutor", 30],
  ["judge", 15],
  ["police", 25],
  ["corrections", 15],
  ["ministry-official", 10],
  ["coast-guard", 5],
]
const themes = [
  ["corrections", "crime-prevention"],
  ["anti-corruption"],
  ["trafficking-in-persons"],
  ["cybercrime"],
  ["money-laundering", "asset-recovery"],
]

const programmes = []
for (let i = 0; i < 40; i++) {
  const year = 2005 + Math.floor(i / 2)
  const month = i % 2 === 0 ? "01" : "09"
  const n = String(i + 1).padStart(2, "0")
  programmes.push({
    id: `sample-course-${n}`,
    title: `International Training Course, session ${i + 1} (synthetic)`,
    kind: "training-course",
    status: "completed",
    period: { start: `${year}-${month}`, end: `${year}-${month === "01" ? "02" : "10"}` },
    series: { id: "sample-course", session: i + 1 },
    venue: { country: "JP", city: "Tokyo" },
    themes: themes[i % themes.length],
  })
}

const participants = []
for (let i = 0; i < 800; i++) {
  participants.push({
    id: `sample-p${String(i + 1).padStart(4, "0")}`,
    country: pick(countries),
    gender: pick([
      ["female", 45],
      ["male", 52],
      ["undisclosed", 3],
    ]),
    profession: pick(professions),
  })
}

const lines = []
for (const programme of programmes) {
  const taken = new Set()
  while (taken.size < 60) taken.add(Math.floor(random() * participants.length))
  for (const index of [...taken].sort((a, b) => a - b)) {
    const record = {
      participant: participants[index].id,
      programme: programme.id,
      status: pick([
        ["completed", 85],
        ["attended", 8],
        ["withdrawn", 4],
        ["no-show", 3],
      ]),
    }
    const role = pick([
      ["participant", 95],
      ["observer", 3],
      ["lecturer", 2],
    ])
    if (role !== "participant") record.role = role
    lines.push(JSON.stringify(record))
  }
}

const here = new URL("./", import.meta.url)
const ndjson = (records) => `${records.map((record) => JSON.stringify(record)).join("\n")}\n`
writeFileSync(new URL("cohort-programmes.ndjson", here), ndjson(programmes))
writeFileSync(new URL("cohort-participants.ndjson", here), ndjson(participants))
writeFileSync(new URL("cohort-participations.ndjson", here), `${lines.join("\n")}\n`)
console.log(
  `${programmes.length} programmes, ${participants.length} participants, ${lines.length} participations`,
)
