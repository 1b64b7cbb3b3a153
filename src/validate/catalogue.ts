import type { Severity } from "./issue.js"

/**
 * Every validation rule: its stable code, severity, what triggers it, how to fix the data,
 * and an example message. `docs/validation.md` is generated from this table
 * (`npm run docs:validation`), and a test checks that every code a rule emits is here.
 *
 * Severity policy: `error` when the data contradicts itself or cannot be counted as given
 * (a wrong reference, a date that cannot be, a duplicate); `warning` when the data is
 * consistent but probably not what was meant, and every statistic stays well defined.
 */
/**
 * One entry of {@link RULES}: a row of the [validation rules](../../docs/validation.md#validation-rules).
 *
 * @example
 * const rule: Rule = RULES["programme/end-before-start"]
 *
 * @category Validate
 */
export type Rule = {
  severity: Severity
  /** What triggers it. */
  when: string
  /** How to fix the data. */
  fix: string
}

// Literal keys, so that IssueCode is the union of the codes.
const RULE_TABLE = {
  // — shape of a record (from the schemas) —
  "dataset/not-an-object": {
    severity: "error",
    when: "The input is not an object with the collections of a dataset (it is null, a string, an array…).",
    fix: "Pass an object such as `{ programmes: [...], participants: [...] }`.",
  },
  "dataset/unreadable": {
    severity: "error",
    when: "Reading the input threw an error (for instance a getter that throws, or a Proxy's trap).",
    fix: "Pass plain data, as JSON.parse returns it.",
  },
  // — reading a file: the command line reports these before validateDataset sees the data —
  "dataset/invalid-encoding": {
    severity: "error",
    when: "Command line: the file holds bytes that are not UTF-8 (it was saved as Latin-1, Windows-1252, Shift_JIS or UTF-16), or, with `import --encoding`, bytes that are not of that encoding, or a byte-order mark that says another. The message gives the byte offset of the first one (and for `import`, its line); nothing is decoded by guesswork. In NDJSON each such line is reported and the other lines are still read.",
    fix: "Save the file as UTF-8 (in Excel: 'CSV UTF-8'; in an editor: encoding UTF-8), or give a CSV file's encoding to `import` with `--encoding windows-1252` (latin1, shift_jis, …). A UTF-16 file with a byte-order mark is read as it is.",
  },
  "dataset/not-json": {
    severity: "error",
    when: "Command line: the file, or a line of an NDJSON file, is not JSON. The message gives the line and column of the first syntax error; in NDJSON every bad line is reported and the other lines are still validated.",
    fix: "Correct the text at that place (a missing comma or quote, a trailing comma, a comment, a line break inside a string).",
  },
  "dataset/duplicate-key": {
    severity: "error",
    when: "Command line: an object in the file has the same key twice. JSON.parse keeps only the last value, so the first would be dropped silently; other JSON readers keep the first.",
    fix: "Remove one of the two, or rename it; the message gives the positions of both.",
  },
  "unknown-field": {
    severity: "error",
    when: "A record has a field the contract does not define. Nothing is dropped silently.",
    fix: "Correct the spelling (the message names the nearest known field) or move your own data into `extra`.",
  },
  "field/missing": {
    severity: "error",
    when: "A required field is absent.",
    fix: "Add the field.",
  },
  "field/wrong-type": {
    severity: "error",
    when: "A field holds the wrong type of value (a string where a number is expected, a Map, a Date or a class instance where a plain object is expected, …).",
    fix: "Give a value of the expected type.",
  },
  "field/not-in-list": {
    severity: "error",
    when: "A field that takes one of a fixed list of values holds another.",
    fix: "Use one of the values the message lists.",
  },
  "field/out-of-range": {
    severity: "error",
    when: "A number is below its minimum or above its maximum, or a text is empty.",
    fix: "Give a value within the range.",
  },
  "field/invalid-format": {
    severity: "error",
    when: "A text does not have the required form (an SDG target such as '16.5').",
    fix: "Write the value in the form the message gives.",
  },
  "id/invalid": {
    severity: "error",
    when: "An id is empty, longer than 200 characters, starts or ends with white space, or is not a string.",
    fix: "Use a trimmed string of 1–200 characters.",
  },
  "country/invalid": {
    severity: "error",
    when: "A country code is not ISO 3166-1 alpha-2 in upper case (or XK).",
    fix: "Use the alpha-2 code; `findCountry(name)` finds it from a name.",
  },
  "date/invalid": {
    severity: "error",
    when: "A date is not YYYY, YYYY-MM or YYYY-MM-DD, or is not a real calendar date.",
    fix: "Write the date in one of the three forms; give only the parts the source states.",
  },
  "currency/invalid": {
    severity: "error",
    when: "A currency is not an ISO 4217 code with a defined minor unit.",
    fix: "Use the three-letter upper-case code (JPY, USD, EUR).",
  },
  "money/too-many-decimals": {
    severity: "error",
    when: "An amount has more decimals than its currency allows (JPY none, USD two, KWD three).",
    fix: "Round the amount to the currency's minor unit, or check the currency.",
  },
  "extra/not-json": {
    severity: "error",
    when: "`extra` is not a plain JSON object (it holds a Date, NaN, a cycle, or nests deeper than 64 levels).",
    fix: "Keep `extra` to JSON values.",
  },
  "count/too-large": {
    severity: "error",
    when: "A count or quantity (reported participants, a session number, a quantity target or fulfilment value) is larger than Number.MAX_SAFE_INTEGER (9,007,199,254,740,991): beyond it numbers cannot count in ones, so sums would be silently wrong.",
    fix: "Check the figure: no count of people or events comes near it.",
  },
  // — rows read by fromRows —
  "rows/unknown-kind": {
    severity: "error",
    when: "`fromRows` is asked for a kind of record it does not read from rows (pledges, frameworks and groupings are kept in JSON), or the kind is not a string.",
    fix: "Use 'organisations', 'participants', 'participations' or 'programmes' (or the singular).",
  },
  "rows/not-a-list": {
    severity: "error",
    when: "The rows given to `fromRows` are not a list (null, a string, a Set, an object…).",
    fix: "Pass a list of objects keyed by column header, as csv-parse returns with `{ columns: true }`.",
  },
  "rows/not-a-row": {
    severity: "error",
    when: "An item of the rows is not a plain object keyed by column header (null, a list of cells, a Map…), or the list has a hole there.",
    fix: "Give one object per row, keyed by column header; with csv-parse, read the file with `{ columns: true }`.",
  },
  "rows/unreadable": {
    severity: "error",
    when: "Reading the rows, a row or a cell threw an error (a getter or a Proxy that throws).",
    fix: "Pass plain data, as a CSV or spreadsheet reader returns it.",
  },
  "rows/invalid-option": {
    severity: "error",
    when: "An option of `fromRows` is unknown or has a value it cannot use (`firstRowNumber: 'a'`, an empty `listSeparator`), or the options are not an object.",
    fix: "Correct the option as the message says, or leave it out for its default.",
  },
  "rows/conflicting-columns": {
    severity: "error",
    when: "Two columns give the same field different values in one row (`start` and `period.start`, or `reported.byCountry` and `reported.byCountry.UA`).",
    fix: "Keep one of the two columns, or make them agree.",
  },
  "import/unreadable-file": {
    severity: "error",
    when: "Command line (`import`): the CSV or .xlsx file cannot be read as rows — a quote that is never closed, a file that is empty or not a spreadsheet, a sheet that is not in the workbook.",
    fix: "Open the file in a spreadsheet program and save it again as CSV UTF-8 or .xlsx; the message says where reading stopped.",
  },
  "import/duplicate-column": {
    severity: "error",
    when: "Command line (`import`): two columns of the header have the same name, so a row would hold only one of their cells.",
    fix: "Rename one of the two columns (or leave one out, or map it to `-` in the profile's columns).",
  },
  "import/cell-without-column": {
    severity: "error",
    when: "Command line (`import`): a row has a value in a cell past the last column of the header, which no header names.",
    fix: "Give the column a header, or move the value into the column it belongs to.",
  },
  // — duplicates —
  "organisation/duplicate-id": dup("organisation"),
  "grouping/duplicate-id": dup("grouping"),
  "programme/duplicate-id": dup("programme"),
  "participant/duplicate-id": dup("participant"),
  "pledge/duplicate-id": dup("pledge"),
  "framework/duplicate-id": dup("framework"),
  "figure/duplicate-id": dup("figure"),
  "pledge/duplicate-target-id": {
    severity: "error",
    when: "Two targets of one pledge have the same id, so fulfilments cannot say which they count for.",
    fix: "Give each target of the pledge its own id.",
  },
  "framework/duplicate-goal-id": {
    severity: "error",
    when: "Two goals of one framework have the same id.",
    fix: "Give each goal its own id.",
  },
  "framework/duplicate-region-id": {
    severity: "error",
    when: "Two priority regions of one framework have the same id.",
    fix: "Give each priority region its own id.",
  },
  "participation/duplicate": {
    severity: "error",
    when: "The same participant appears twice in the same programme, so a seat would count twice.",
    fix: "Keep one record per participant and programme (update its status instead of adding one).",
  },
  // — dates —
  "programme/end-before-start": endBeforeStart(),
  "pledge/end-before-start": endBeforeStart(),
  "framework/end-before-start": endBeforeStart(),
  "grouping/until-before-from": {
    severity: "error",
    when: "A membership span ends before it starts (partial dates compared as the first day of `from` and the last day of `until`).",
    fix: "Swap or correct the dates.",
  },
  "grouping/overlapping-spans": {
    severity: "warning",
    when: "Two membership spans of the same country overlap; counts are unaffected but the data is redundant.",
    fix: "Merge the spans into one.",
  },
  "programme/completed-without-end": {
    severity: "warning",
    when: "A completed programme has no end date. Counts are unaffected, but its completions without `completedOn` have no date (pledge progress cannot count them).",
    fix: "Add `period.end` (a year or month is enough when that is all the source says).",
  },
  "participation/completed-outside-programme": {
    severity: "error",
    when: "`completedOn` falls before the programme starts or after it ends (partial dates: the completion's last day against the programme's first and last days).",
    fix: "Correct `completedOn` or the programme's period.",
  },
  "pledge/fulfilment-before-announcement": {
    severity: "error",
    when: "A fulfilment record is dated before the pledge was announced (the record's last day before the announcement's first day).",
    fix: "Correct the record's date or the announcement date.",
  },
  // — reported figures —
  "programme/reported-exceeds-total": {
    severity: "error",
    when: "The per-country figures of `reportedParticipants.byCountry` add up to more than its `total`.",
    fix: "Correct the figures: `total` counts every participant, so it is at least their sum.",
  },
  "programme/reported-too-many-countries": {
    severity: "error",
    when: "`reportedParticipants.byCountry` names more countries than `reportedParticipants.countries`.",
    fix: "Correct `countries` or the per-country figures.",
  },
  "programme/reported-countries-exceed-total": {
    severity: "error",
    when: "`reportedParticipants.countries` is larger than `total`: every country counted has at least one participant.",
    fix: "Correct `countries` or `total`.",
  },
  // — references —
  "programme/unknown-organisation": ref(
    "programme",
    "organisations[].organisation",
    "organisation",
  ),
  "programme/unknown-group": ref("programme", "groups", "grouping"),
  "programme/unknown-goal": {
    severity: "error",
    when: "A programme's `goals` names a framework that is not in the dataset, or a goal that framework does not have.",
    fix: "Correct the framework or goal id, or add the framework to `frameworks`.",
  },
  "programme/unknown-pledge": ref("programme", "pledges", "pledge"),
  "participation/unknown-programme": {
    severity: "error",
    when: "A participation names a programme that is not in `programmes`.",
    fix: "Correct the id or add the programme.",
  },
  "participation/unknown-participant": {
    severity: "error",
    when: "A participation names a participant that is not in `participants`.",
    fix: "Correct the id or add the participant.",
  },
  "participant/unknown-organisation": ref("participant", "organisation", "organisation"),
  "pledge/unknown-pledger": ref("pledge", "pledger", "organisation"),
  "pledge/unknown-organisation": ref("pledge", "recipient.organisation", "organisation"),
  "pledge/unknown-group": ref("pledge", "recipient.groups", "grouping"),
  "pledge/unknown-target": {
    severity: "error",
    when: "A fulfilment names a target the pledge does not have.",
    fix: "Use the id of one of the pledge's targets.",
  },
  "framework/unknown-party": {
    severity: "warning",
    when: "A framework's `parties` names an organisation that is not in `organisations`. No statistic reads the parties, so a framework is usable on its own (the shipped Japan–UNODC framework names `gov-japan` and `unodc`); it is often a typo.",
    fix: "Correct the id, or add the organisation to `organisations`.",
  },
  "framework/unknown-group": ref("framework", "priorityRegions[].groups", "grouping"),
  // — pledges —
  "pledge/fulfilment-wrong-kind": {
    severity: "error",
    when: "A fulfilment does not match its target: `money` on a quantity target, `value` on a money target, or neither or both.",
    fix: "Give `money` for a money target and `value` for a quantity target.",
  },
  "pledge/fulfilment-wrong-currency": {
    severity: "warning",
    when: "A money fulfilment is in another currency than its target. `pledgeProgress` then needs a rate table for it.",
    fix: "Record it in the target's currency, or pass `rates` to `pledgeProgress`.",
  },
  "pledge/cumulative-same-date": {
    severity: "error",
    when: "A target has a `cumulative` record and another record on the same date, so which comes first is unknown.",
    fix: "Give the records distinct dates, or merge them into one cumulative record.",
  },
  // — reported figures —
  "figure/empty-scope": {
    severity: "error",
    when: "A reported figure's `scope` names no organisation, no series and no programme: what it counts is unknown.",
    fix: "Give `scope.organisation`, `scope.series` or `scope.programmes` (at least one).",
  },
  "figure/unknown-organisation": ref("figure", "scope.organisation", "organisation"),
  "figure/unknown-series": {
    severity: "error",
    when: "A reported figure's `scope.series` names a series that no programme has (`series.id`).",
    fix: "Correct the series id, or add the programmes of the series.",
  },
  "figure/unknown-programme": ref("figure", "scope.programmes", "programme"),
  "figure/by-country-exceeds-value": {
    severity: "error",
    when: "The per-country figures of a reported figure's `byCountry` add up to more than its `value`, and its bound is `exact` or `at-most` (an `at-least` or `about` value may be below them).",
    fix: 'Correct the figures, or give the bound the source states (`at-least` for "over").',
  },
  "figure/too-many-countries": {
    severity: "error",
    when: "A reported figure's `byCountry` names more countries than its `countries`.",
    fix: "Correct `countries` or the per-country figures.",
  },
  // — vocabularies —
  "programme/unknown-theme": theme(),
  "pledge/unknown-theme": theme(),
  "framework/unknown-theme": theme(),
  "programme/duplicate-country": {
    severity: "warning",
    when: "A programme lists the same country twice in `countries`. Countries are counted once, so nothing changes.",
    fix: "Remove the repetition.",
  },
  // — participations —
  "participation/in-cancelled-programme": {
    severity: "warning",
    when: "A participation is `attended` or `completed` in a cancelled or postponed programme; it is not counted.",
    fix: "Correct the programme's status or the participation's.",
  },
  "participation/completed-on-without-completion": {
    severity: "warning",
    when: "A participation has `completedOn` but its status is not `completed`.",
    fix: "Set the status to `completed`, or remove `completedOn`.",
  },
  // — identity decisions (resolveIdentities; the command line's --decisions) —
  "decision/invalid": {
    severity: "error",
    when: "A decision about two participants is not `{ a, b, decision }` with two different ids as text and `decision` 'same' or 'different' (or the decisions are not a list). It is not applied.",
    fix: 'Write each decision as `{ "a": "P-0007", "b": "P-007", "decision": "same" }`; who and when go in `extra`.',
  },
  "decision/undecided": {
    severity: "warning",
    when: 'A decision is left blank (`"decision": ""`), as the template of `justice-cooperation duplicates` writes it. It is not applied.',
    fix: "Write 'same' or 'different', or remove the line.",
  },
  "decision/unknown-participant": {
    severity: "error",
    when: "A decision names a participant id that is not in the dataset (ids are compared exactly). It is not applied.",
    fix: "Correct the id; decisions are applied to the dataset they were made on.",
  },
  "decision/contradiction": {
    severity: "error",
    when: "A chain of 'same' decisions joins two participants that a 'different' decision separates (or one pair is decided both ways). None of the chain's records are merged.",
    fix: "Correct the decision that is wrong; the message lists the chain.",
  },
  "decision/merged-participations": {
    severity: "warning",
    when: "Participants decided to be one person each have a participation in the same programme. One is kept (the furthest status: completed, attended, registered, …; then the first) so that the seat counts once; the others are removed and listed.",
    fix: "Check the decision: two records in one programme are usually two people.",
  },
  // — reading IATI activity files (justice-cooperation/iati) —
  "iati/not-well-formed": {
    severity: "error",
    when: "`readIati`: the XML is not well formed (a tag not closed, a mismatched end tag, the file cut short, text outside the root). The message gives the line and column. The activity being read there, and everything after it, is not read; the activities before it are kept.",
    fix: "Correct the XML at that place, or download the file again if it was cut short; `xmllint --noout FILE` shows the same place.",
  },
  "iati/doctype-refused": {
    severity: "error",
    when: "`readIati`: the file has a `<!DOCTYPE …>` declaration. IATI files have none; DTDs and their entities are never processed (no entity expansion, nothing fetched), so reading stops there.",
    fix: "Remove the DOCTYPE declaration; IATI files are checked against the IATI schema, not a DTD.",
  },
  "iati/invalid-encoding": {
    severity: "error",
    when: "`readIati`: the bytes are not in the encoding the file says it is in (a byte order mark, else the XML declaration's `encoding`, else UTF-8), the declaration names an encoding TextDecoder does not know, or it says UTF-16 without a byte order mark. Nothing is decoded by guesswork; the message gives the byte offset.",
    fix: "Convert the file to UTF-8 (`iconv -f ISO-8859-1 -t UTF-8`) and correct the XML declaration, or declare the encoding the bytes are in.",
  },
  "iati/not-iati": {
    severity: "error",
    when: "`readIati`: the root element is neither `iati-activities` nor `iati-activity` and holds no `iati-activity` (an organisation file, an HTML page, another format), or the input is not text, bytes or an async iterable of them. (Activities wrapped in another root, as in an API response, are read, with an `iati/unmapped` warning.)",
    fix: "Pass an IATI activity file (its root is `<iati-activities>`).",
  },
  "iati/unreadable": {
    severity: "error",
    when: "`readIati`: reading the input failed (the stream or async iterable threw). The activities read before are kept.",
    fix: "Check the source of the stream (a network or file error) and read it again.",
  },
  "iati/too-large": {
    severity: "error",
    when: "`readIati`: one activity holds more text than `maxActivityChars` (16 MiB by default) or nests elements more than 48 levels deep: it is skipped, the others are read. More text than that between two tags (a text, comment or declaration that large) stops the reading. So hostile input cannot make the reader hold unbounded memory.",
    fix: "Raise `maxActivityChars` if the activity is genuine, or check the file.",
  },
  "iati/activity-incomplete": {
    severity: "error",
    when: "`readIati`: an activity lacks what a programme needs (an `iati-identifier`, a `title`, an `activity-status` the model knows, or a start date of type 1 or 2), so no programme is made from it. The message names what is missing.",
    fix: "Add the missing element to the activity (IATI requires each of them).",
  },
  "iati/duplicate-identifier": {
    severity: "error",
    when: "`readIati`: two activities have the same `iati-identifier`. Both are kept as programmes, so `validateDataset` also reports `programme/duplicate-id`.",
    fix: "Keep one activity per identifier (a file or a list of files often holds an activity twice).",
  },
  "iati/invalid-value": {
    severity: "warning",
    when: "`readIati`: a value cannot be read into the model (a country code that is not ISO 3166-1, a date that is not a calendar date, a sector code that is not a number, an amount that is not a decimal or has no currency). The element is kept under `extra.iati`; the rest of the activity is read.",
    fix: "Correct the value in the file (the message says what form is expected).",
  },
  "iati/organisation-without-ref": {
    severity: "warning",
    when: "`readIati`: a `participating-org` has no `@ref`, so no organisation id can be made for it and it is not linked to the programme. It is kept under `extra.iati`.",
    fix: "Ask the publisher for the organisation identifier, or add the organisation yourself and link it.",
  },
  "iati/invalid-option": {
    severity: "error",
    when: "`readIati` or `streamIati`: an option is unknown (`maxActivityChar`), or has a value it cannot use (`maxActivityChars: -1`, `'1e6'`, more than 2^30), or the options are not an object. The default is used.",
    fix: "Correct the option as the message says, or leave it out for its default.",
  },
  "iati/unmapped": {
    severity: "warning",
    when: "`readIati`: an element of the activity has no home in the model (a description, transactions, locations, results…). It is kept, as JSON, under the programme's `extra.iati`, never dropped; reported once per element name and activity.",
    fix: "Nothing to fix: read `extra.iati` for it, or leave it.",
  },
} as const satisfies Record<string, Rule>

/**
 * A validation issue code: a key of {@link RULES} ([validation rules](../../docs/validation.md#validation-rules)).
 *
 * @example
 * const code: IssueCode = "programme/end-before-start"
 *
 * @category Validate
 */
export type IssueCode = keyof typeof RULES

/**
 * Every validation code with its severity, what triggers it and how to fix the data
 * ([validation rules](../../docs/validation.md#validation-rules), generated from this table).
 *
 * @example
 * RULES["programme/end-before-start"].severity //=> "error"
 * Object.keys(RULES).length //=> 94
 *
 * @category Validate
 */
export const RULES: Readonly<Record<keyof typeof RULE_TABLE, Rule>> = RULE_TABLE

function dup(kind: string): Rule {
  return {
    severity: "error",
    when: `Two ${kind}s have the same id; references to it would be ambiguous.`,
    fix: "Give each record its own id, or merge the two records.",
  }
}

function endBeforeStart(): Rule {
  return {
    severity: "error",
    when: "The period ends before it starts (partial dates: the start's first day against the end's last day, so 2024-10 to 2024-10 is fine).",
    fix: "Swap or correct the dates.",
  }
}

function ref(kind: string, field: string, target: string): Rule {
  const collection =
    target === "grouping" ? "`groups` or the reference groupings" : `\`${target}s\``
  return {
    severity: "error",
    when: `A ${kind}'s \`${field}\` names ${/^[aeiou]/.test(target) ? "an" : "a"} ${target} that is not in ${collection}.`,
    fix: `Correct the id or add the ${target}.`,
  }
}

function theme(): Rule {
  return {
    severity: "warning",
    when: "A theme is not in the reference vocabulary. Themes are open, so this is allowed; it is often a typo.",
    fix: "Use a reference theme (see `THEMES`), or keep yours if it is deliberate.",
  }
}
