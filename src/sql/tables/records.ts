// The rows of the records that are more than one row: groupings, frameworks, reported figures
// and pledges. Pure.

import { listGroupings } from "../../reference/groupings.js"
import type { Grouping } from "../../schemas/grouping.js"
import type { StrategicFramework } from "../../schemas/strategic-framework.js"
import type { Tables } from "./columns.js"
import { countryCountRows, json, type Loose, listRows, value } from "./values.js"

/** The groupings' rows: the dataset's, then every reference grouping it does not define. */
export function groupRows(groups: readonly Grouping[], tables: Tables): void {
  const own = new Set(groups.map((g) => g.id))
  const all: [Grouping, string][] = [
    ...groups.map((g): [Grouping, string] => [g, "dataset"]),
    ...listGroupings()
      .filter((g) => !own.has(g.id))
      .map((g): [Grouping, string] => [g, "reference"]),
  ]
  all.forEach(([g, source], ordinal) => {
    tables.groups.push({ ordinal, id: g.id, name: value(g.name), source, extra: json(g.extra) })
    for (const m of g.members ?? [])
      tables.group_members.push({
        group_id: g.id,
        group_ordinal: ordinal,
        country: value(m.country),
        member_from: value(m.from),
        member_until: value(m.until),
      })
  })
}

/** A framework's rows: the framework, its goals (and their themes), regions and their parts. */
export function frameworkRows(f: StrategicFramework, ordinal: number, tables: Tables): void {
  const framework = f.id
  tables.frameworks.push({
    ordinal,
    id: framework,
    title: value(f.title),
    adopted_on: value(f.adoptedOn),
    period_start: value(f.period?.start),
    period_end: value(f.period?.end),
    extra: json(f.extra),
  })
  ;(f.goals ?? []).forEach((goal, k) => {
    tables.framework_goals.push({
      framework,
      ordinal: k,
      goal: goal.id,
      title: value(goal.title),
      description: value(goal.description),
    })
    const themes = (goal as Loose).themes
    if (Array.isArray(themes))
      themes.forEach((theme, j) => {
        tables.framework_goal_themes.push({
          framework,
          goal_ordinal: k,
          ordinal: j,
          theme: value(theme),
        })
      })
  })
  ;(f.priorityRegions ?? []).forEach((region, k) => {
    tables.framework_regions.push({
      framework,
      ordinal: k,
      region: region.id,
      name: value(region.name),
    })
    for (const country of region.countries ?? [])
      tables.framework_region_countries.push({ framework, region_ordinal: k, country })
    for (const group of region.groups ?? [])
      tables.framework_region_groups.push({ framework, region_ordinal: k, group_id: group })
    region.themes.forEach((theme, j) => {
      tables.framework_region_themes.push({ framework, region_ordinal: k, ordinal: j, theme })
    })
  })
}

/** A reported figure's rows (DESIGN.md §7.1): the figure, its programmes, its counts per country. */
export function figureRows(figure: Loose, ordinal: number, tables: Tables): void {
  const scope = (figure.scope ?? {}) as Loose
  const id = value(figure.id)
  tables.figures.push({
    ordinal,
    id,
    metric: value(figure.metric),
    value: value(figure.value),
    bound: value(figure.bound),
    countries: value(figure.countries),
    scope_organisation: value(scope.organisation),
    scope_series: value(scope.series),
    as_of: value(figure.asOf),
    since: value(figure.since),
    extra: json(figure.extra),
    sources: json(figure.sources),
  })
  listRows(
    tables,
    "figure_programmes",
    "figure",
    String(id),
    scope.programmes as unknown[],
    "programme",
  )
  countryCountRows(tables, "figure_by_country", "figure", id, figure.byCountry)
}

/** A pledge's rows: the pledge, its recipients, themes, targets and fulfilments. */
export function pledgeRows(pledge: Loose, ordinal: number, tables: Tables): void {
  const id = String(pledge.id)
  const period = (pledge.period ?? {}) as Loose
  const recipient = (pledge.recipient ?? {}) as Loose
  tables.pledges.push({
    ordinal,
    id,
    title: value(pledge.title),
    pledger: value(pledge.pledger),
    announced_on: value(pledge.announcedOn),
    occasion: value(pledge.occasion),
    period_start: value(period.start),
    period_end: value(period.end),
    recipient_organisation: value(recipient.organisation),
    extra: json(pledge.extra),
    sources: json(pledge.sources),
  })
  const rows = (name: keyof Tables, list: unknown, column: string) =>
    listRows(tables, name, "pledge", id, list as unknown[], column)
  rows("pledge_recipient_countries", recipient.countries, "country")
  rows("pledge_recipient_groups", recipient.groups, "group_id")
  rows("pledge_themes", pledge.themes, "theme")
  // A money value's three columns.
  const money = (m: unknown) => {
    const { amount, currency, approximate } = (m ?? {}) as Loose
    return {
      money_amount: value(amount),
      money_currency: value(currency),
      money_approximate: value(approximate),
    }
  }
  ;((pledge.targets ?? []) as Loose[]).forEach((t, k) => {
    tables.pledge_targets.push({
      pledge: id,
      ordinal: k,
      target: value(t.id),
      kind: value(t.kind),
      ...money(t.money),
      metric: value(t.metric),
      value: value(t.value),
      unit: value(t.unit),
      approximate: value(t.approximate),
    })
  })
  ;((pledge.fulfilments ?? []) as Loose[]).forEach((f, k) => {
    tables.pledge_fulfilments.push({
      pledge: id,
      ordinal: k,
      target: value(f.target),
      on_date: value(f.on),
      kind: value(f.kind),
      ...money(f.money),
      value: value(f.value),
      source: value(f.source),
    })
  })
}
