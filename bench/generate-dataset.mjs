// Deterministic synthetic datasets for the benchmarks: `participations` records with one
// participant per 5 participations and one programme per 500 (1M → 200k participants and
// 2k programmes). Every record is valid, so validation does its full work.
const COUNTRIES = [
  "VN",
  "KH",
  "LA",
  "ID",
  "PH",
  "TH",
  "MY",
  "MM",
  "TL",
  "UA",
  "KE",
  "NG",
  "BD",
  "NP",
  "LK",
  "UZ",
  "KG",
  "MN",
  "FJ",
  "BR",
]
const THEMES = [
  "anti-corruption",
  "corrections",
  "drugs",
  "cybercrime",
  "counter-terrorism",
  "mutual-legal-assistance",
]
const STATUSES = ["completed", "completed", "completed", "attended", "registered", "withdrawn"]
const GENDERS = ["female", "male", "undisclosed"]
const PROFESSIONS = ["judge", "prosecutor", "police", "corrections", "ministry-official"]

/** A small fast PRNG (mulberry32) so that every run builds the same data. */
export function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A number in [0, 1) drawn from `seed`, an index and a slot alone (a 32-bit integer hash). */
function unitAt(seed, index, slot) {
  let x = (Math.imul(index, 2) + slot) ^ Math.imul(seed, 0x9e3779b9)
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d)
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b)
  return ((x ^ (x >>> 16)) >>> 0) / 4294967296
}

/**
 * The programmes, participants, pledge and framework of a dataset of `participations` records,
 * and a function that yields its participation records one at a time (same records, same
 * order as `generateDataset`), so that a benchmark can stream them without holding them.
 *
 * `sizes` overrides the number of participants and programmes (by default one participant per
 * 5 records and one programme per 500), e.g. to stream 10M records against the context of 1M.
 * `recordsBetween(from, to)` yields records `from` to `to − 1` of a stream like `records()`
 * (same people, programmes and mix of statuses, but other draws) in which each record is drawn
 * from its index alone: workers can each generate their share without the others'.
 */
export function generateContext(participations, seed = 1, sizes = {}) {
  const rnd = random(seed)
  const pick = (list) => list[Math.floor(rnd() * list.length)]
  const programmeCount = sizes.programmes ?? Math.max(2, Math.round(participations / 500))
  const participantCount = sizes.participants ?? Math.max(1, Math.round(participations / 5))
  const programmes = []
  for (let i = 0; i < programmeCount; i++) {
    const year = 2016 + (i % 9)
    const month = String(1 + (i % 12)).padStart(2, "0")
    const programme = {
      id: `prog-${i}`,
      title: `Programme ${i}`,
      kind: "training-course",
      status: i % 50 === 49 ? "cancelled" : "completed",
      period: { start: `${year}-${month}`, end: `${year}-${month}` },
      series: { id: `series-${i % 20}`, session: Math.floor(i / 20) + 1 },
      countries: [pick(COUNTRIES), pick(COUNTRIES)].filter((c, k, all) => all.indexOf(c) === k),
      groups: i % 3 === 0 ? ["ASEAN"] : [],
      themes: [pick(THEMES)],
      goals: [{ framework: "fw", goal: `g${1 + (i % 6)}` }],
      pledges: i % 10 === 0 ? ["pledge"] : [],
    }
    programmes.push(programme)
  }
  // A few programmes with figures only in aggregate, and no per-person records.
  for (let i = 0; i < Math.max(1, programmeCount / 100); i++) {
    programmes.push({
      id: `reported-${i}`,
      title: `Reported ${i}`,
      kind: "seminar",
      status: "completed",
      period: { start: "2024-10", end: "2024-11" },
      themes: ["anti-corruption"],
      reportedParticipants: { total: 25, countries: 20, byCountry: { UA: 4, VN: 2 } },
    })
  }
  const participants = []
  for (let i = 0; i < participantCount; i++) {
    participants.push({
      id: `person-${i}`,
      country: pick(COUNTRIES),
      gender: pick(GENDERS),
      profession: pick(PROFESSIONS),
    })
  }
  // Participant i takes programmes i, i+1, … (mod count) so that no pair repeats.
  function* records() {
    for (let i = 0; i < participations; i++) {
      const person = i % participantCount
      const round = Math.floor(i / participantCount)
      const programme = programmes[(person * 7 + round) % programmeCount]
      const status = pick(STATUSES)
      const record = { participant: `person-${person}`, programme: programme.id, status }
      if (status === "completed") record.completedOn = programme.period.end
      if (i % 17 === 0) record.country = pick(COUNTRIES)
      yield record
    }
  }
  function* recordsBetween(from = 0, to = participations) {
    for (let i = from; i < to; i++) {
      const person = i % participantCount
      const round = Math.floor(i / participantCount)
      const programme = programmes[(person * 7 + round) % programmeCount]
      const status = STATUSES[Math.floor(unitAt(seed, i, 0) * STATUSES.length)]
      const record = { participant: `person-${person}`, programme: programme.id, status }
      if (status === "completed") record.completedOn = programme.period.end
      if (i % 17 === 0)
        record.country = COUNTRIES[Math.floor(unitAt(seed, i, 1) * COUNTRIES.length)]
      yield record
    }
  }
  const context = {
    organisations: [{ id: "org", name: "Organisation", type: "government", country: "JP" }],
    groups: [],
    programmes,
    participants,
    pledges: [
      {
        id: "pledge",
        pledger: "org",
        announcedOn: "2016-01",
        period: { start: "2016", end: "2024" },
        targets: [
          { id: "money", kind: "money", money: { amount: 45_000_000_000, currency: "JPY" } },
          { id: "people", kind: "quantity", metric: "people-trained", value: 2000 },
        ],
        fulfilments: [
          { target: "money", on: "2018", money: { amount: 80_000_000_000, currency: "JPY" } },
        ],
      },
    ],
    frameworks: [
      {
        id: "fw",
        title: "Framework",
        parties: ["org"],
        adoptedOn: "2016-01-01",
        period: { start: "2016", end: "2026" },
        goals: Array.from({ length: 7 }, (_, k) => ({ id: `g${k + 1}`, title: `Goal ${k + 1}` })),
        priorityRegions: [
          { id: "sea", name: "South-East Asia", groups: ["ASEAN"], themes: THEMES },
          {
            id: "ua",
            name: "Ukraine",
            countries: ["UA"],
            themes: ["anti-corruption", "border-control"],
          },
        ],
      },
    ],
  }
  return { context, records, recordsBetween }
}

export function generateDataset(participations, seed = 1) {
  const { context, records } = generateContext(participations, seed)
  const { organisations, groups, programmes, participants, pledges, frameworks } = context
  return {
    organisations,
    groups,
    programmes,
    participants,
    participations: [...records()],
    pledges,
    frameworks,
  }
}
