// The records the flat tables hold whole, read back from their rows: reported figures and
// pledges (small lists, which pledgeProgress and reportedFigures read in JavaScript). Pure: the
// inverse of records.ts for these two, every NULL an absent field.

import type { ReportedFigure } from "../../schemas/figure.js"
import type { Pledge } from "../../schemas/pledge.js"

type Row = Record<string, unknown>

/** A number from an engine: a number, a BigInt or a numeric string. */
const number = (v: unknown): number => (typeof v === "bigint" ? Number(v) : Number(v))

/** The fields whose value is not NULL, numbers as numbers and JSON text parsed. */
function fields(row: Row, names: Record<string, string | [string, "number" | "json"]>): Row {
  const out: Row = {}
  for (const [field, spec] of Object.entries(names)) {
    const [column, kind] = typeof spec === "string" ? [spec, "text"] : spec
    const v = row[column]
    if (v === null || v === undefined) continue
    out[field] = kind === "number" ? number(v) : kind === "json" ? JSON.parse(String(v)) : v
  }
  return out
}

/** The rows of a child table per owner id, in the order of their ordinal. */
function byOwner(rows: readonly Row[] | undefined, owner: string): Map<string, Row[]> {
  const map = new Map<string, Row[]>()
  const sorted = [...(rows ?? [])].sort((a, b) => number(a.ordinal) - number(b.ordinal))
  for (const row of sorted) {
    const id = String(row[owner])
    const list = map.get(id)
    if (list === undefined) map.set(id, [row])
    else list.push(row)
  }
  return map
}

const values = (rows: Row[] | undefined, column: string) =>
  rows === undefined ? undefined : rows.map((r) => r[column] as string)

/** Reported figures from the rows of `figures`, `figure_programmes` and `figure_by_country`. */
export function figuresFromTables(tables: {
  figures: readonly Row[]
  figure_programmes?: readonly Row[]
  figure_by_country?: readonly Row[]
}): ReportedFigure[] {
  const programmes = byOwner(tables.figure_programmes, "figure")
  const counts = new Map<string, Record<string, number>>()
  for (const row of tables.figure_by_country ?? []) {
    const id = String(row.figure)
    const map = counts.get(id) ?? {}
    map[String(row.country)] = number(row.count)
    counts.set(id, map)
  }
  return [...tables.figures]
    .sort((a, b) => number(a.ordinal) - number(b.ordinal))
    .map((row) => {
      const id = String(row.id)
      const scope = fields(row, { organisation: "scope_organisation", series: "scope_series" })
      const listed = values(programmes.get(id), "programme")
      if (listed !== undefined) scope.programmes = listed
      const byCountry = counts.get(id)
      return {
        ...fields(row, {
          id: "id",
          metric: "metric",
          value: ["value", "number"],
          bound: "bound",
          countries: ["countries", "number"],
        }),
        ...(byCountry === undefined ? {} : { byCountry }),
        scope,
        ...fields(row, {
          asOf: "as_of",
          since: "since",
          sources: ["sources", "json"],
          extra: ["extra", "json"],
        }),
      } as ReportedFigure
    })
}

/** Pledges from the rows of `pledges` and its `pledge_…` tables. */
export function pledgesFromTables(tables: {
  pledges: readonly Row[]
  pledge_recipient_countries?: readonly Row[]
  pledge_recipient_groups?: readonly Row[]
  pledge_themes?: readonly Row[]
  pledge_targets?: readonly Row[]
  pledge_fulfilments?: readonly Row[]
}): Pledge[] {
  const countries = byOwner(tables.pledge_recipient_countries, "pledge")
  const groups = byOwner(tables.pledge_recipient_groups, "pledge")
  const themes = byOwner(tables.pledge_themes, "pledge")
  const targets = byOwner(tables.pledge_targets, "pledge")
  const fulfilments = byOwner(tables.pledge_fulfilments, "pledge")
  const money = (row: Row) =>
    row.money_amount === null || row.money_amount === undefined
      ? {}
      : {
          money: {
            amount: number(row.money_amount),
            currency: String(row.money_currency),
            ...(row.money_approximate === null || row.money_approximate === undefined
              ? {}
              : { approximate: row.money_approximate === true }),
          },
        }
  return [...tables.pledges]
    .sort((a, b) => number(a.ordinal) - number(b.ordinal))
    .map((row) => {
      const id = String(row.id)
      const recipient = fields(row, { organisation: "recipient_organisation" })
      const listedCountries = values(countries.get(id), "country")
      if (listedCountries !== undefined) recipient.countries = listedCountries
      const listedGroups = values(groups.get(id), "group_id")
      if (listedGroups !== undefined) recipient.groups = listedGroups
      const pledgeThemes = values(themes.get(id), "theme")
      const pledgeFulfilments = fulfilments.get(id)?.map((f) => ({
        ...fields(f, { target: "target", on: "on_date", kind: "kind" }),
        ...money(f),
        ...fields(f, { value: ["value", "number"], source: "source" }),
      }))
      return {
        ...fields(row, {
          id: "id",
          title: "title",
          pledger: "pledger",
          announcedOn: "announced_on",
          occasion: "occasion",
        }),
        period: fields(row, { start: "period_start", end: "period_end" }),
        ...(Object.keys(recipient).length === 0 ? {} : { recipient }),
        ...(pledgeThemes === undefined ? {} : { themes: pledgeThemes }),
        targets: (targets.get(id) ?? []).map((t) => ({
          ...fields(t, { id: "target", kind: "kind" }),
          ...money(t),
          ...fields(t, {
            metric: "metric",
            value: ["value", "number"],
            unit: "unit",
            approximate: "approximate",
          }),
        })),
        ...(pledgeFulfilments === undefined ? {} : { fulfilments: pledgeFulfilments }),
        ...fields(row, { sources: ["sources", "json"], extra: ["extra", "json"] }),
      } as Pledge
    })
}
