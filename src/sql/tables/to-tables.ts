// toTables: a dataset in, the plain rows of the flat schema out. Pure.

import type { Dataset } from "../../schemas/dataset.js"
import { TABLE_COLUMNS, type TableName, type Tables } from "./columns.js"
import { figureRows, frameworkRows, groupRows, pledgeRows } from "./records.js"
import { countryCountRows, emptyTables, json, type Loose, listRows, value } from "./values.js"

/**
 * Turns a dataset into the flat tables of the SQL schema (docs/sql.md): one row per fact —
 * programmes and their countries, groups, themes, goal links, pledges, organisations, SDG
 * targets, DAC codes and reported figures per country; participants; participations;
 * organisations; groupings and their dated memberships (the dataset's, then the reference
 * groupings it does not define); frameworks with their goals, priority regions and the regions'
 * countries, groups and themes; reported figures; pledges with their recipients, themes,
 * targets and fulfilments. No nested or map types: every value is text, a number, a boolean or
 * `null`, so any SQL engine can load the tables and `sqlFor`'s SQL can run over them.
 *
 * Every field the counting rules read has a column or a table, and `extra` (and the `sources`
 * of figures and pledges) is kept as JSON text. The dataset is not validated here, nor
 * modified: validate it first (`validateDataset`), as the SQL trusts it.
 *
 * @param dataset - A dataset (every list optional); not modified.
 * @returns Every table of {@link TABLE_COLUMNS}, each a list of rows (possibly empty).
 *
 * @example
 * const tables = toTables({ programmes: [uncac26] })
 * tables.reported_by_country //=> [{ programme: "uncac-26", country: "UA", count: 4 }]
 *
 * @category SQL
 */
export function toTables(dataset: Dataset): Tables {
  const tables = emptyTables(Object.keys(TABLE_COLUMNS) as TableName[])
  ;(dataset.programmes ?? []).forEach((p, ordinal) => {
    const reported = p.reportedParticipants as Loose | undefined
    tables.programmes.push({
      ordinal,
      id: p.id,
      title: value(p.title),
      kind: value(p.kind),
      status: value(p.status),
      period_start: value(p.period?.start),
      period_end: value(p.period?.end),
      series_id: value(p.series?.id),
      series_session: value(p.series?.session),
      mode: value(p.mode),
      venue_country: value(p.venue?.country),
      venue_city: value(p.venue?.city),
      budget_amount: value(p.budget?.amount),
      budget_currency: value(p.budget?.currency),
      budget_approximate: value(p.budget?.approximate),
      reported_total: value(reported?.total),
      reported_countries: value(reported?.countries),
      reported_approximate: value(reported?.approximate),
      extra: json(p.extra),
    })
    const id = p.id
    const rows = (name: TableName, list: readonly unknown[] | undefined, column: string) =>
      listRows(tables, name, "programme", id, list, column)
    rows("programme_countries", p.countries, "country")
    rows("programme_groups", p.groups, "group_id")
    rows("programme_themes", p.themes, "theme")
    ;(p.goals ?? []).forEach((link, k) => {
      tables.programme_goals.push({
        programme: id,
        ordinal: k,
        framework: link.framework,
        goal: link.goal,
      })
    })
    rows("programme_pledges", p.pledges, "pledge")
    ;(p.organisations ?? []).forEach((o, k) => {
      tables.programme_organisations.push({
        programme: id,
        ordinal: k,
        organisation: o.organisation,
        role: o.role,
      })
    })
    rows("programme_sdg_targets", p.sdgTargets, "target")
    rows("programme_dac_codes", p.dacPurposeCodes, "code")
    countryCountRows(tables, "reported_by_country", "programme", id, reported?.byCountry)
  })

  ;(dataset.participants ?? []).forEach((p, ordinal) => {
    tables.participants.push({
      ordinal,
      id: p.id,
      country: value(p.country),
      name: value(p.name),
      gender: value(p.gender),
      birth_year: value(p.birthYear),
      organisation: value(p.organisation),
      profession: value(p.profession),
      extra: json(p.extra),
    })
  })

  let ordinal = 0
  for (const p of dataset.participations ?? []) {
    tables.participations.push({
      ordinal: ordinal++,
      participant: value(p.participant),
      programme: value(p.programme),
      role: value(p.role),
      status: value(p.status),
      country: value(p.country),
      completed_on: value(p.completedOn),
      extra: json(p.extra),
    })
  }

  ;(dataset.organisations ?? []).forEach((o, k) => {
    tables.organisations.push({
      ordinal: k,
      id: o.id,
      name: value(o.name),
      acronym: value(o.acronym),
      type: value(o.type),
      country: value(o.country),
      extra: json(o.extra),
    })
  })

  groupRows(dataset.groups ?? [], tables)
  ;(dataset.frameworks ?? []).forEach((f, k) => {
    frameworkRows(f, k, tables)
  })
  const { figures, pledges } = dataset as Loose
  if (Array.isArray(figures))
    figures.forEach((figure, k) => {
      figureRows(figure, k, tables)
    })
  if (Array.isArray(pledges))
    pledges.forEach((pledge, k) => {
      pledgeRows(pledge, k, tables)
    })
  return tables
}
