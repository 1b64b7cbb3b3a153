/** fast-check arbitraries of small datasets that exercise every rule of DESIGN.md §6. */
import fc from "fast-check"
import { firstDayNumber, lastDayNumber } from "../../src/dates/index.js"
import type {
  Dataset,
  Grouping,
  Participant,
  Participation,
  Pledge,
  Programme,
  StrategicFramework,
} from "../../src/index.js"

export const COUNTRIES = ["VN", "KH", "TL", "UA", "PH", "JP", "MN"] as const
export const THEMES = ["a", "b", "c"] as const
export const GROUP_IDS = ["ASEAN", "G7", "mekong"] as const
const PROGRAMME_IDS = ["p0", "p1", "p2", "p3", "p4", "p5", "__proto__", "constructor"]
const PARTICIPANT_IDS = ["u0", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "toString", "__proto__"]

export const mekong: Grouping = {
  id: "mekong",
  name: "Mekong",
  members: [
    { country: "VN" },
    { country: "KH", until: "2020-06" },
    { country: "TL", from: "2020-06-15", until: "2022" },
    { country: "TL", from: "2024-03" },
  ],
}

const pad = (n: number) => String(n).padStart(2, "0")

/** A partial date from 2016 to 2026, of any precision (days up to 28: always real). */
const anyDate = fc
  .tuple(
    fc.integer({ min: 2016, max: 2026 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.constantFrom("year", "month", "day"),
  )
  .map(([y, m, d, precision]) =>
    precision === "year"
      ? String(y)
      : precision === "month"
        ? `${y}-${pad(m)}`
        : `${y}-${pad(m)}-${pad(d)}`,
  )

/** Dates on the edges the rules care about: TL joins ASEAN on 2025-10-26; mekong's spans; fiscal years. */
const edgeDate = fc.constantFrom(
  "2025-10-25",
  "2025-10-26",
  "2025-10",
  "2025",
  "2024",
  "2024-12",
  "2020-06",
  "2020-06-14",
  "2020-06-15",
  "2020-07-01",
  "2022",
  "2022-12-31",
  "2023-01",
  "2024-03",
  "2024-03-31",
  "2024-04-01",
)

export const partialDate = fc.oneof(anyDate, edgeDate)

const period = fc.tuple(partialDate, fc.option(partialDate, { nil: undefined })).map(([a, b]) => {
  if (b === undefined) return { start: a }
  return lastDayNumber(b) >= firstDayNumber(a) ? { start: a, end: b } : { start: b, end: a }
})

const subset = <T>(values: readonly T[]) => fc.subarray([...values])

const programme = (id: string): fc.Arbitrary<Programme> =>
  fc
    .record(
      {
        kind: fc.constantFrom("training-course", "seminar", "expert-dispatch"),
        status: fc.constantFrom(
          "planned",
          "ongoing",
          "completed",
          "completed",
          "cancelled",
          "postponed",
        ),
        period,
        series: fc.constantFrom("s1", "s2").map((s) => ({ id: s })),
        countries: subset(COUNTRIES),
        groups: subset(GROUP_IDS),
        themes: subset(THEMES),
        goals: subset(["g1", "g2", "g3"]).map((goals) => [
          ...goals.map((goal) => ({ framework: "fw", goal })),
          { framework: "other", goal: "g1" },
        ]),
        pledges: subset(["pl", "other"]),
        reportedParticipants: fc.record(
          {
            total: fc.integer({ min: 0, max: 30 }),
            byCountry: fc.dictionary(
              fc.constantFrom(...COUNTRIES),
              fc.integer({ min: 0, max: 6 }),
              {
                maxKeys: 3,
              },
            ),
            approximate: fc.boolean(),
          },
          { requiredKeys: ["total"] },
        ),
      },
      { requiredKeys: ["kind", "status", "period"] },
    )
    .map((fields) => ({ id, title: `Programme ${id}`, ...fields }) as Programme)

const participant = (id: string): fc.Arbitrary<Participant> =>
  fc
    .record(
      {
        country: fc.constantFrom(...COUNTRIES),
        gender: fc.constantFrom("female", "male", "other", "undisclosed"),
        profession: fc.constantFrom("judge", "prosecutor", "police"),
      },
      { requiredKeys: ["country"] },
    )
    .map((fields) => ({ id, ...fields }) as Participant)

const participation = (
  programmes: readonly string[],
  people: readonly string[],
): fc.Arbitrary<Participation> =>
  fc.record(
    {
      participant: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...people, "nobody") },
        { weight: 1, arbitrary: fc.constantFrom(...PARTICIPANT_IDS) },
      ),
      programme: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...programmes, "nowhere") },
        { weight: 1, arbitrary: fc.constantFrom(...PROGRAMME_IDS) },
      ),
      status: fc.constantFrom(
        "invited",
        "registered",
        "attended",
        "completed",
        "completed",
        "completed",
        "withdrawn",
        "no-show",
      ),
      role: fc.constantFrom("participant", "participant", "lecturer", "observer", "staff"),
      country: fc.constantFrom(...COUNTRIES),
      completedOn: partialDate,
    },
    { requiredKeys: ["participant", "programme", "status"] },
  ) as fc.Arbitrary<Participation>

export const dataset: fc.Arbitrary<Dataset> = fc
  .record({
    programmeIds: fc.uniqueArray(fc.constantFrom(...PROGRAMME_IDS), { maxLength: 8 }),
    participantIds: fc.uniqueArray(fc.constantFrom(...PARTICIPANT_IDS), { maxLength: 10 }),
    withGroups: fc.boolean(),
  })
  .chain(({ programmeIds, participantIds, withGroups }) =>
    fc.record({
      groups: fc.constant(withGroups ? [mekong] : []),
      programmes: fc.tuple(...programmeIds.map(programme)),
      participants: fc.tuple(...participantIds.map(participant)),
      participations: fc.array(participation(programmeIds, participantIds), { maxLength: 40 }),
    }),
  )
  .map((d) => ({
    groups: [...d.groups],
    // Without the dataset's own groups, "mekong" resolves nowhere: leave it out.
    programmes: d.programmes.map((p) =>
      d.groups.length > 0 ? p : { ...p, groups: (p.groups ?? []).filter((g) => g !== "mekong") },
    ),
    participants: [...d.participants],
    participations: d.participations,
  }))

/** Options of the shared programme filter: mostly none or one criterion, so that something is left. */
export const countingOptions = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: fc.constant({}) },
      { weight: 1, arbitrary: fc.record({ series: fc.constantFrom("s1", "s2") }) },
      {
        weight: 1,
        arbitrary: fc.record({
          kinds: subset(["training-course", "seminar", "expert-dispatch"] as const),
        }),
      },
      { weight: 1, arbitrary: fc.record({ themes: subset(THEMES) }) },
      {
        weight: 1,
        arbitrary: fc.record({
          during: fc.record({ start: partialDate, end: partialDate }, { requiredKeys: [] }),
        }),
      },
      { weight: 2, arbitrary: fc.record({ asOf: partialDate }) },
    ),
    fc.option(fc.constantFrom("participation", "participant"), { nil: undefined }),
  )
  .map(([filter, seatCountry]) =>
    seatCountry === undefined ? filter : { ...filter, seatCountry },
  ) as fc.Arbitrary<{
  series?: string
  kinds?: ("training-course" | "seminar" | "expert-dispatch")[]
  themes?: string[]
  during?: { start?: string; end?: string }
  asOf?: string
  seatCountry?: "participation" | "participant"
}>

export const framework: fc.Arbitrary<StrategicFramework> = fc
  .record({ period, regions: fc.boolean() })
  .map(({ period, regions }) => ({
    id: "fw",
    title: "Framework",
    parties: ["x"],
    adoptedOn: period.start,
    period,
    goals: [
      { id: "g1", title: "One" },
      // Goals reached through themes (DESIGN.md §7.2).
      { id: "g2", title: "Two", themes: ["a"] },
      { id: "g3", title: "Three" },
      { id: "g4", title: "Four", themes: ["b", "c"] },
    ],
    priorityRegions: regions
      ? [
          { id: "sea", name: "SEA", groups: ["ASEAN"], themes: ["a", "b"] },
          { id: "east", name: "East", countries: ["UA", "MN"], groups: ["G7"], themes: ["c", "a"] },
        ]
      : [],
  }))

/** A pledge in JPY (exact in numbers) with random fulfilments. */
export const pledge: fc.Arbitrary<Pledge> = fc
  .record({
    period: fc
      .tuple(partialDate, partialDate)
      .map(([a, b]) =>
        lastDayNumber(b) >= firstDayNumber(a) ? { start: a, end: b } : { start: b, end: a },
      ),
    money: fc.integer({ min: 0, max: 1000 }),
    people: fc.integer({ min: 0, max: 20 }),
    fulfilments: fc.array(
      fc.record({
        target: fc.constantFrom("money", "people", "unknown"),
        on: partialDate,
        kind: fc.constantFrom("increment", "cumulative", undefined),
        amount: fc.integer({ min: 0, max: 500 }),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ period, money, people, fulfilments }) => ({
    id: "pl",
    pledger: "x",
    announcedOn: period.start,
    period,
    targets: [
      { id: "money", kind: "money", money: { amount: money, currency: "JPY" } },
      { id: "people", kind: "quantity", metric: "people-trained", value: people },
    ],
    fulfilments: fulfilments.map(({ target, on, kind, amount }) => ({
      target,
      on,
      ...(kind === undefined ? {} : { kind }),
      ...(target === "money" ? { money: { amount, currency: "JPY" } } : { value: amount }),
    })),
  }))
