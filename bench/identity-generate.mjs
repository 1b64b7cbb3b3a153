// A register with planted duplicates and hard negatives, for bench/identity.bench.mjs and the
// quality test (test/identity/planted.test.ts). Deterministic for a seed.
//
// People come from six name pools (Vietnamese names with and without accents, three words,
// surnames as skewed as in life: Nguyen about 38 %; Indonesian, Filipino, Kenyan, Ukrainian
// (Latin letters) and Brazilian names, two or three words). Each has a country, and most a
// birth year, gender, organisation and profession; each takes part in one to three programmes
// of about 40 people.
//
// Planted duplicates (5 % of people): a second record of the same person, under a new id or
// the same number padded differently (`P-0000123` → `P-123`), with one or two of: words in
// another order, accents and case changed, one typo, the birth year missing. The second record
// takes part in other programmes (entered again years later).
//
// Hard negatives (another 5 %): namesakes (the same name, same country; half with the same
// birth year), same surname and birth year, a name one letter apart (`Nguyen Van An` /
// `Nguyen Van Anh`), and namesakes with the same birth year in the same programme.

/** mulberry32: a small PRNG so that every run builds the same register. */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Vietnamese: [accented, weight]; weights follow the usual published shares, roughly.
const VN_SURNAMES = [
  ["Nguyễn", 38],
  ["Trần", 11],
  ["Lê", 9.5],
  ["Phạm", 7],
  ["Hoàng", 5],
  ["Huỳnh", 5],
  ["Phan", 4.5],
  ["Vũ", 3.9],
  ["Võ", 3],
  ["Đặng", 2.1],
  ["Bùi", 2],
  ["Đỗ", 1.4],
  ["Hồ", 1.3],
  ["Ngô", 1.3],
  ["Dương", 1],
  ["Lý", 0.5],
]
const VN_MIDDLE = [
  "Văn",
  "Thị",
  "Đức",
  "Minh",
  "Quốc",
  "Ngọc",
  "Thanh",
  "Hữu",
  "Xuân",
  "Công",
  "Thu",
  "Kim",
]
const VN_GIVEN = [
  "An",
  "Anh",
  "Bình",
  "Châu",
  "Cường",
  "Dũng",
  "Giang",
  "Hà",
  "Hải",
  "Hạnh",
  "Hiếu",
  "Hòa",
  "Hùng",
  "Hương",
  "Khánh",
  "Lan",
  "Linh",
  "Long",
  "Mai",
  "Minh",
  "Nam",
  "Nga",
  "Ngọc",
  "Phương",
  "Quang",
  "Sơn",
  "Tâm",
  "Thành",
  "Thảo",
  "Trang",
  "Tuấn",
  "Tùng",
  "Việt",
  "Xuân",
  "Yến",
  "Đạt",
  "Huy",
  "Khoa",
  "Lộc",
  "Phúc",
  "Quân",
  "Thắng",
  "Trung",
  "Vinh",
  "Duy",
  "Hậu",
  "Kiên",
  "Nhung",
  "Oanh",
  "Thủy",
]
const ID_FIRST = [
  "Agus",
  "Budi",
  "Dewi",
  "Eko",
  "Fitri",
  "Hadi",
  "Indra",
  "Joko",
  "Kartika",
  "Lestari",
  "Made",
  "Nur",
  "Putri",
  "Rina",
  "Sari",
  "Teguh",
  "Wahyu",
  "Yusuf",
  "Adi",
  "Bambang",
  "Citra",
  "Dian",
  "Endang",
  "Fajar",
  "Gita",
  "Hendra",
  "Intan",
  "Kurnia",
  "Lukman",
  "Mega",
]
const ID_LAST = [
  "Santoso",
  "Wijaya",
  "Saputra",
  "Hidayat",
  "Kusuma",
  "Pratama",
  "Setiawan",
  "Nugroho",
  "Siregar",
  "Hasibuan",
  "Lubis",
  "Nasution",
  "Sitompul",
  "Harahap",
  "Gunawan",
  "Purnomo",
  "Rahman",
  "Susanto",
  "Utomo",
  "Wibowo",
  "Halim",
  "Sutanto",
  "Tanjung",
  "Simanjuntak",
  "Panjaitan",
  "Rahardjo",
  "Kurniawan",
  "Firmansyah",
  "Ramadhan",
  "Syahputra",
]
const PH_FIRST = [
  "Maria",
  "Jose",
  "Juan",
  "Ana",
  "Mark",
  "John",
  "Michael",
  "Angelica",
  "Kristine",
  "Jerome",
  "Carlo",
  "Ramon",
  "Teresa",
  "Rosario",
  "Lourdes",
  "Antonio",
  "Eduardo",
  "Fernando",
  "Grace",
  "Joy",
  "Mary",
  "Paolo",
  "Rafael",
  "Ricardo",
  "Rodel",
  "Sheila",
  "Vilma",
  "Wilfredo",
  "Ernesto",
  "Marites",
]
const PH_LAST = [
  "Santos",
  "Reyes",
  "Cruz",
  "Bautista",
  "Ocampo",
  "Garcia",
  "Mendoza",
  "Torres",
  "Tomas",
  "Andrada",
  "Castillo",
  "Flores",
  "Villanueva",
  "Ramos",
  "Castro",
  "Rivera",
  "Aquino",
  "Navarro",
  "Salazar",
  "Mercado",
  "Aguilar",
  "Dela Cruz",
  "De Leon",
  "Gonzales",
  "Lopez",
  "Manalo",
  "Pascual",
  "Soriano",
  "Valdez",
  "Yap",
]
const KE_FIRST = [
  "Wanjiru",
  "Achieng",
  "Otieno",
  "Kamau",
  "Mwangi",
  "Njeri",
  "Wambui",
  "Kiprop",
  "Chebet",
  "Jepkosgei",
  "Omondi",
  "Akinyi",
  "Mutua",
  "Muthoni",
  "Kariuki",
  "Odhiambo",
  "Nyambura",
  "Cherono",
  "Kipchoge",
  "Wafula",
  "Barasa",
  "Wekesa",
  "Nafula",
  "Auma",
  "Adhiambo",
  "Njoroge",
  "Gitau",
  "Korir",
  "Rotich",
  "Langat",
]
const KE_LAST = [
  "Kamau",
  "Otieno",
  "Mwangi",
  "Ochieng",
  "Kiprotich",
  "Wanjiku",
  "Njoroge",
  "Kariuki",
  "Mutiso",
  "Onyango",
  "Omondi",
  "Kimani",
  "Macharia",
  "Owino",
  "Chepkoech",
  "Mutai",
  "Kosgei",
  "Wafula",
  "Mburu",
  "Ndungu",
  "Gachanja",
  "Odera",
  "Oduya",
  "Kibet",
  "Keter",
  "Ruto",
  "Nyaga",
  "Muriuki",
  "Waweru",
  "Kiplagat",
]
const UA_FIRST = [
  "Oleksandr",
  "Olena",
  "Andrii",
  "Iryna",
  "Serhii",
  "Natalia",
  "Volodymyr",
  "Tetiana",
  "Dmytro",
  "Oksana",
  "Mykola",
  "Yulia",
  "Ivan",
  "Svitlana",
  "Yurii",
  "Kateryna",
  "Viktor",
  "Halyna",
  "Bohdan",
  "Larysa",
  "Taras",
  "Mariia",
  "Petro",
  "Liudmyla",
  "Vasyl",
  "Nadiia",
  "Roman",
  "Olha",
  "Maksym",
  "Anastasiia",
]
const UA_LAST = [
  "Melnyk",
  "Shevchenko",
  "Boiko",
  "Kovalenko",
  "Bondarenko",
  "Tkachenko",
  "Kovalchuk",
  "Kravchenko",
  "Oliinyk",
  "Shevchuk",
  "Koval",
  "Polishchuk",
  "Bondar",
  "Tkachuk",
  "Moroz",
  "Marchenko",
  "Lysenko",
  "Rudenko",
  "Savchenko",
  "Petrenko",
  "Klymenko",
  "Pavlenko",
  "Savchuk",
  "Kuzmenko",
  "Ponomarenko",
  "Kravchuk",
  "Vasylenko",
  "Levchenko",
  "Kharchenko",
  "Karpenko",
]
const BR_FIRST = [
  "Ana",
  "Maria",
  "João",
  "José",
  "Antônio",
  "Francisco",
  "Carlos",
  "Paulo",
  "Pedro",
  "Lucas",
  "Luiz",
  "Marcos",
  "Luís",
  "Gabriel",
  "Rafael",
  "Márcia",
  "Juliana",
  "Fernanda",
  "Patrícia",
  "Aline",
  "Sandra",
  "Camila",
  "Amanda",
  "Bruna",
  "Letícia",
  "Júlia",
  "Larissa",
  "Mariana",
  "Vanessa",
  "Cláudia",
]
const BR_LAST = [
  "Silva",
  "Santos",
  "Oliveira",
  "Souza",
  "Rodrigues",
  "Ferreira",
  "Alves",
  "Pereira",
  "Lima",
  "Gomes",
  "Costa",
  "Ribeiro",
  "Martins",
  "Carvalho",
  "Almeida",
  "Lopes",
  "Soares",
  "Fernandes",
  "Vieira",
  "Barbosa",
  "Rocha",
  "Dias",
  "Nascimento",
  "Andrade",
  "Moreira",
  "Nunes",
  "Marques",
  "Machado",
  "Mendes",
  "Freitas",
]

const POOLS = [
  { country: "VN", share: 0.35 },
  { country: "ID", share: 0.15, first: ID_FIRST, last: ID_LAST },
  { country: "PH", share: 0.15, first: PH_FIRST, last: PH_LAST },
  { country: "KE", share: 0.12, first: KE_FIRST, last: KE_LAST },
  { country: "UA", share: 0.12, first: UA_FIRST, last: UA_LAST },
  { country: "BR", share: 0.11, first: BR_FIRST, last: BR_LAST },
]
const GENDERS = ["female", "male"]
const PROFESSIONS = ["judge", "prosecutor", "police", "corrections", "ministry-official", "lawyer"]

const strip = (text) =>
  text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D")

function weighted(rand, list) {
  let total = 0
  for (const [, w] of list) total += w
  let x = rand() * total
  for (const [value, w] of list) {
    x -= w
    if (x < 0) return value
  }
  return list[list.length - 1][0]
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)]

/** A person's name as a register writes it: [words, written]. */
function makeName(rand, pool) {
  if (pool.country === "VN") {
    const words = [weighted(rand, VN_SURNAMES), pick(rand, VN_MIDDLE), pick(rand, VN_GIVEN)]
    return words
  }
  const words = [pick(rand, pool.first), pick(rand, pool.last)]
  // A second given name or surname for a third of them.
  if (rand() < 0.35) words.splice(1, 0, pick(rand, rand() < 0.5 ? pool.first : pool.last))
  return words
}

/** How the register wrote a name: Vietnamese surname first, others given name first. */
function written(words, rand, accents = rand() < 0.6) {
  const text = words.join(" ")
  return accents ? text : strip(text)
}

const idOf = (n) => `P-${String(n).padStart(7, "0")}`

/** One typo in a word of four letters or more: a letter replaced, dropped or two swapped. */
function typo(rand, words) {
  const candidates = words.map((w, i) => [w, i]).filter(([w]) => w.length >= 4)
  if (candidates.length === 0) return words
  const [word, i] = pick(rand, candidates)
  const k = 1 + Math.floor(rand() * (word.length - 2))
  const kind = rand()
  let changed
  if (kind < 0.4) changed = word.slice(0, k) + (word[k] === "a" ? "e" : "a") + word.slice(k + 1)
  else if (kind < 0.7) changed = word.slice(0, k) + word.slice(k + 1)
  else changed = word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2)
  const out = [...words]
  out[i] = changed
  return out
}

export const DUPLICATE_KINDS = [
  "id padding",
  "name order",
  "accents and case",
  "typo",
  "no birth year",
]
export const NEGATIVE_KINDS = [
  "namesake",
  "namesake, same year",
  "same surname and year",
  "one letter apart",
  "namesakes in one programme",
]

/**
 * A register of about `people` participants (originals, planted duplicates and hard
 * negatives), and the truth: `planted` (pairs `a|b`, a < b, of records of one person, with
 * their kinds) and `negatives` (planted pairs of two people, with their kinds).
 */
export function generateRegister(people, seed = 14) {
  const rand = random(seed)
  const originals = Math.round(people / 1.1)
  const participants = []
  const participations = []
  const programmesCount = Math.max(1, Math.round(people / 40))
  const programmes = Array.from({ length: programmesCount }, (_, k) => ({
    id: `prog-${k}`,
    title: `Programme ${k}`,
    kind: "training-course",
    status: "completed",
    period: { start: String(2000 + (k % 25)) },
  }))
  const orgsPerCountry = Math.max(5, Math.round(people / 300))
  const seat = (participant, programme) =>
    participations.push({ participant, programme: `prog-${programme}`, status: "completed" })
  const people_ = []
  let nextNumber = 1
  for (let i = 0; i < originals; i++) {
    let x = rand()
    let pool = POOLS[0]
    for (const p of POOLS) {
      x -= p.share
      if (x < 0) {
        pool = p
        break
      }
    }
    const words = makeName(rand, pool)
    const person = {
      id: idOf(nextNumber++),
      name: written(words, rand),
      country: pool.country,
    }
    if (rand() < 0.9) person.gender = pick(rand, GENDERS)
    if (rand() < 0.85) person.birthYear = 1955 + Math.floor(rand() * 45)
    if (rand() < 0.7)
      person.organisation = `org-${pool.country}-${Math.floor(rand() * orgsPerCountry)}`
    if (rand() < 0.8) person.profession = pick(rand, PROFESSIONS)
    participants.push(person)
    const taken = new Set()
    const seats = 1 + Math.floor(rand() * 3)
    for (let s = 0; s < seats; s++) {
      const programme = Math.floor(rand() * programmesCount)
      if (taken.has(programme)) continue
      taken.add(programme)
      seat(person.id, programme)
    }
    people_.push({ person, words, pool, programmes: [...taken] })
  }
  const planted = new Map()
  const negatives = new Map()
  const pairKey = (a, b) => (a < b ? `${a}|${b}` : `${b}|${a}`)
  const extras = people - originals
  const usedIds = new Set()
  const recordsOf = new Map()
  for (let e = 0; e < extras; e++) {
    const source = people_[Math.floor(rand() * people_.length)]
    const { person, words, pool } = source
    if (e % 2 === 0) {
      // A planted duplicate.
      const kinds = [DUPLICATE_KINDS[(e / 2) % DUPLICATE_KINDS.length]]
      if (rand() < 0.3) {
        const more = pick(rand, DUPLICATE_KINDS)
        if (!kinds.includes(more)) kinds.push(more)
      }
      const number = Number(person.id.slice(2))
      const twin = { ...person }
      const padded = pick(rand, [
        `P-${number}`,
        `p${String(number).padStart(4, "0")}`,
        `P${number}`,
      ])
      twin.id = kinds.includes("id padding") && !usedIds.has(padded) ? padded : idOf(nextNumber++)
      usedIds.add(twin.id)
      let twinWords = words
      if (kinds.includes("name order")) twinWords = [...words.slice(1), words[0]]
      if (kinds.includes("typo")) twinWords = typo(rand, twinWords)
      twin.name = kinds.includes("accents and case")
        ? (() => {
            const [first, ...rest] = twinWords
            const flipped = person.name === strip(person.name)
            const shown = [first.toUpperCase(), ...rest].join(" ")
            return flipped ? shown : strip(shown)
          })()
        : written(twinWords, rand, person.name !== strip(person.name))
      if (kinds.includes("no birth year")) delete twin.birthYear
      if (rand() < 0.2) delete twin.organisation
      participants.push(twin)
      const programme = Math.floor(rand() * programmesCount)
      if (!source.programmes.includes(programme)) seat(twin.id, programme)
      // Every two records of one person are a planted pair (a person may be entered 3 times).
      const records = recordsOf.get(person.id) ?? [person.id]
      for (const earlier of records) planted.set(pairKey(earlier, twin.id), kinds)
      records.push(twin.id)
      recordsOf.set(person.id, records)
    } else {
      // A hard negative: another person.
      const kind = NEGATIVE_KINDS[((e - 1) / 2) % NEGATIVE_KINDS.length]
      const other = { id: idOf(nextNumber++), country: pool.country }
      let otherWords = words
      if (kind === "same surname and year") {
        const fresh = makeName(rand, pool)
        otherWords =
          pool.country === "VN"
            ? [words[0], ...fresh.slice(1)]
            : [...fresh.slice(0, -1), words[words.length - 1]]
      } else if (kind === "one letter apart") {
        const last = otherWords[otherWords.length - 1]
        otherWords = [
          ...otherWords.slice(0, -1),
          last.endsWith("h") ? last.slice(0, -1) : `${last}h`,
        ]
      }
      other.name = written(otherWords, rand)
      other.gender = person.gender ?? pick(rand, GENDERS)
      if (kind === "namesake") {
        if (person.birthYear !== undefined)
          other.birthYear =
            person.birthYear + (rand() < 0.5 ? -1 : 1) * (2 + Math.floor(rand() * 20))
      } else if (person.birthYear !== undefined) other.birthYear = person.birthYear
      else other.birthYear = 1955 + Math.floor(rand() * 45)
      if (rand() < 0.7)
        other.organisation = `org-${pool.country}-${Math.floor(rand() * orgsPerCountry)}`
      if (rand() < 0.8) other.profession = pick(rand, PROFESSIONS)
      participants.push(other)
      const programme =
        kind === "namesakes in one programme" && source.programmes.length > 0
          ? source.programmes[0]
          : Math.floor(rand() * programmesCount)
      seat(other.id, programme)
      negatives.set(pairKey(person.id, other.id), kind)
    }
  }
  // Records in another order than by id, as registers are merged from several files.
  for (let i = participants.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[participants[i], participants[j]] = [participants[j], participants[i]]
  }
  return { dataset: { programmes, participants, participations }, planted, negatives }
}

/**
 * Precision of `likely` pairs (planted duplicates among them) and recall of planted pairs
 * within `likely` + `possible`, overall and per kind; and how planted hard negatives fared.
 */
export function quality(result, planted, negatives) {
  let likely = 0
  let likelyTrue = 0
  const found = new Map()
  for (const pair of result.pairs) {
    const key = `${pair.a}|${pair.b}`
    if (pair.band === "likely") {
      likely++
      if (planted.has(key)) likelyTrue++
    }
    found.set(key, pair.band)
  }
  const byKind = {}
  for (const [key, kinds] of planted) {
    for (const kind of kinds) {
      byKind[kind] ??= { planted: 0, likely: 0, possible: 0 }
      byKind[kind].planted++
      const band = found.get(key)
      if (band !== undefined) byKind[kind][band]++
    }
  }
  let recalled = 0
  for (const key of planted.keys()) if (found.has(key)) recalled++
  const negativeKinds = {}
  for (const [key, kind] of negatives) {
    negativeKinds[kind] ??= { planted: 0, likely: 0, possible: 0 }
    negativeKinds[kind].planted++
    const band = found.get(key)
    if (band !== undefined) negativeKinds[kind][band]++
  }
  return {
    precision: likely === 0 ? 1 : likelyTrue / likely,
    likely,
    likelyTrue,
    recall: planted.size === 0 ? 1 : recalled / planted.size,
    planted: planted.size,
    recalled,
    possible: result.pairs.length - likely,
    byKind,
    negativeKinds,
  }
}
