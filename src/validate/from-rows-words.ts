// Words as offices write them: enum cells in any case and spacing, with common synonyms and a
// trailing qualifier in brackets set aside ("Attended (partial)"); column headers by common
// labels ("Birth Year", "Sex", "Start Date"). Plain tables, read by from-rows-columns.ts and
// from-rows-cells.ts.

/**
 * Folds a word for look-up: accents, case, and spaces, hyphens, underscores, dots and slashes
 * between words set aside, and a trailing qualifier in brackets dropped: "Police Officer",
 * "police_officer" and "POLICE-OFFICER (retd.)" all fold to "police officer".
 */
export function foldWord(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s*[([][^()[\]]*[)\]]\s*$/, "")
    .replace(/[\s_\-./]+/g, " ")
    .trim()
}

/**
 * Folds a header for look-up: as {@link foldWord}, with every separator dropped, so that
 * "Birth Year", "birth_year", "BIRTHYEAR" and "birthYear" meet ("birthyear"). A trailing
 * qualifier in brackets is dropped too: "Start (YYYY-MM)".
 */
export function foldHeader(text: string): string {
  return foldWord(text).replace(/[^\p{L}\p{N}]+/gu, "")
}

/** Synonyms of each value (folded by {@link foldWord}); the value itself and its spacings are implied. */
type Synonyms = Readonly<Record<string, readonly string[]>>

const GENDER: Synonyms = {
  female: ["f", "woman", "women", "w", "fem"],
  male: ["m", "man", "men"],
  other: ["non binary", "nonbinary", "diverse", "x"],
  undisclosed: ["prefer not to say", "not disclosed", "not stated", "declined", "unspecified"],
}

const PROFESSION: Synonyms = {
  judge: ["judges", "judicial officer", "magistrate"],
  prosecutor: ["prosecutors", "public prosecutor", "state prosecutor", "procurator"],
  police: ["police officer", "police official", "policeman", "policewoman", "police investigator"],
  corrections: [
    "corrections officer",
    "correctional officer",
    "prison officer",
    "prison official",
    "correction officer",
  ],
  "ministry-official": [
    "ministry officer",
    "ministry of justice official",
    "government official",
    "civil servant",
  ],
  lawmaker: ["legislator", "member of parliament", "parliamentarian"],
  "coast-guard": ["coast guard officer", "coastguard", "coast guard official"],
  customs: ["customs officer", "customs official"],
  lawyer: ["attorney", "advocate", "barrister", "solicitor", "defence lawyer", "defense lawyer"],
  academic: ["professor", "researcher", "lecturer", "scholar"],
  "civil-society": ["ngo", "civil society organisation", "civil society organization", "cso"],
  other: [],
}

const PARTICIPATION_STATUS: Synonyms = {
  invited: [],
  registered: ["enrolled", "enroled"],
  attended: ["present", "participated"],
  completed: ["complete", "graduated", "finished", "certified"],
  withdrawn: ["withdrew", "dropped out", "dropped"],
  "no-show": ["no show", "noshow", "did not attend", "absent", "did not show"],
}

const PROGRAMME_STATUS: Synonyms = {
  planned: ["scheduled", "upcoming", "not started"],
  ongoing: ["in progress", "on going", "running", "active"],
  completed: ["complete", "finished", "held", "concluded"],
  cancelled: ["canceled", "called off"],
  postponed: ["deferred", "rescheduled"],
}

const PROGRAMME_KIND: Synonyms = {
  "training-course": ["training", "course", "training programme", "training program"],
  seminar: ["seminars"],
  forum: [],
  symposium: [],
  "study-group": ["study group"],
  "technical-cooperation-project": [
    "technical cooperation",
    "technical co operation project",
    "tc project",
    "technical cooperation project",
  ],
  "expert-dispatch": ["dispatch of experts", "expert mission"],
  grant: [],
  contribution: [],
  equipment: ["equipment provision", "provision of equipment"],
  other: [],
}

const ROLE: Synonyms = {
  participant: ["trainee", "fellow", "delegate"],
  lecturer: ["speaker", "instructor", "trainer", "resource person", "facilitator"],
  observer: [],
  staff: ["organiser", "organizer", "secretariat"],
}

const ORGANISATION_TYPE: Synonyms = {
  government: ["govt", "gov", "ministry", "governmental", "public authority"],
  "un-entity": ["un", "un agency", "united nations", "un entity"],
  intergovernmental: ["igo", "international organisation", "international organization"],
  ngo: ["non governmental", "non governmental organisation", "non governmental organization"],
  academic: ["university", "academia", "research institute"],
  private: ["private sector", "company", "business"],
  other: [],
}

const MODE: Synonyms = {
  "in-person": ["in person", "face to face", "onsite", "on site", "physical"],
  online: ["virtual", "remote", "webinar"],
  hybrid: ["blended"],
}

/** The enum fields `fromRows` reads leniently, by collection and field path (dotted). */
export const ENUM_WORDS: Readonly<Record<string, Readonly<Record<string, Synonyms>>>> = {
  organisations: { type: ORGANISATION_TYPE },
  participants: { gender: GENDER, profession: PROFESSION },
  participations: { status: PARTICIPATION_STATUS, role: ROLE },
  programmes: { kind: PROGRAMME_KIND, status: PROGRAMME_STATUS, mode: MODE },
}

/** A folded word → value table for one enum, built once per enum. */
const tables = new WeakMap<Synonyms, Map<string, string>>()

/** The value an enum cell means (folded, synonyms read), or `undefined`. */
export function enumValue(words: Synonyms, cell: string): string | undefined {
  let table = tables.get(words)
  if (table === undefined) {
    table = new Map()
    for (const [value, synonyms] of Object.entries(words)) {
      table.set(foldWord(value), value)
      for (const synonym of synonyms) table.set(foldWord(synonym), value)
    }
    tables.set(words, table)
  }
  return table.get(foldWord(cell))
}

/** The values of an enum, in order. */
export const enumValues = (words: Synonyms): string[] => Object.keys(words)

/**
 * Common header labels (folded by {@link foldHeader}) → a column name of `ROW_COLUMNS`, per
 * collection. The column names themselves, folded, are implied ("Birth Year" → `birthYear`).
 * Labels that could mean two fields (a bare "Date", "No.") are not here: give them in
 * `columns`.
 */
export const HEADER_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  organisations: {
    organisationid: "id",
    organizationid: "id",
    orgid: "id",
    organisationname: "name",
    organizationname: "name",
    abbreviation: "acronym",
    shortname: "acronym",
    organisationtype: "type",
    organizationtype: "type",
  },
  participants: {
    participantid: "id",
    personid: "id",
    traineeid: "id",
    fullname: "name",
    participantname: "name",
    nationality: "country",
    homecountry: "country",
    countryoforigin: "country",
    citizenship: "country",
    sex: "gender",
    yearofbirth: "birthYear",
    yob: "birthYear",
    organization: "organisation",
    agency: "organisation",
    institution: "organisation",
    employer: "organisation",
    occupation: "profession",
  },
  participations: {
    participantid: "participant",
    personid: "participant",
    traineeid: "participant",
    programmeid: "programme",
    programid: "programme",
    program: "programme",
    courseid: "programme",
    participationstatus: "status",
    countryrepresented: "country",
    representing: "country",
    completiondate: "completedOn",
    datecompleted: "completedOn",
    completed: "completedOn",
  },
  programmes: {
    programmeid: "id",
    programid: "id",
    courseid: "id",
    programmetitle: "title",
    programtitle: "title",
    coursetitle: "title",
    programmename: "title",
    programname: "title",
    coursename: "title",
    programmetype: "kind",
    programtype: "kind",
    coursetype: "kind",
    type: "kind",
    programmestatus: "status",
    startdate: "start",
    datefrom: "start",
    from: "start",
    begins: "start",
    enddate: "end",
    dateto: "end",
    to: "end",
    until: "end",
    ends: "end",
    sessionno: "session",
    sessionnumber: "session",
    venuecountry: "venue",
    hostcountry: "venue",
    venuecity: "city",
    deliverymode: "mode",
    format: "mode",
    targetcountries: "countries",
    recipientcountries: "countries",
    theme: "themes",
    topics: "themes",
    participants: "reported.total",
    numberofparticipants: "reported.total",
    totalparticipants: "reported.total",
  },
}
