import type { AlumniTotals } from "../aggregate/alumni-totals.js"
import type { ParticipationsByCountry } from "../aggregate/participations-by-country.js"
import type { CountryCount } from "../aggregate/types.js"
import { findCountry } from "../reference/countries.js"
import { countryName, formatCount, plural } from "./format.js"
import type { ChartOptions, ReadOptions, VegaLiteSpec } from "./spec.js"
import { countRowsInput, emptyChart, header, namedBars, namedCounts, readChart } from "./spec.js"

/** The fill of a country without data: a neutral grey, distinct from the lightest shade. */
const NO_DATA = "#e3e3e3"

type CountryRow = { country: string; name: string; count: number }

function namedRows(rows: readonly CountryCount[]): CountryRow[] {
  return rows.map(({ country, count }) => ({ country, name: countryName(country), count }))
}

/** Horizontal bars, one per country, in the order of the result (count descending, then code). */
function countryBars(
  rows: CountryRow[],
  measure: string,
  axis: string,
  read: ReadOptions,
): Record<string, unknown> {
  return namedBars(rows, { name: "Country", id: "country", idTitle: "Code", measure, axis }, read)
}

/**
 * A bar chart of seats per country, one bar per country by name in the result's order.
 *
 * Seats not attributed to a country are named under the title, not drawn; an empty result is a
 * sentence in place of the bars. See [charts](../../docs/charts.md).
 *
 * @example
 * const spec = seatsChart(participationsByCountry(dataset))
 * spec.description //=> "Seats per country: 274 seats, 4 in 1 country, 270 not attributed to a country. …"
 *
 * @category Charts
 */
export function seatsChart(
  result: ParticipationsByCountry & { readonly approximate?: boolean | undefined },
  options?: ChartOptions,
): VegaLiteSpec {
  const read = readChart(SEATS, options, result)
  const title = read.title ?? "Seats per country"
  const rows = namedRows(result.rows)
  const counted = rows.reduce((sum, row) => sum + row.count, 0)
  const subtitle = [
    `${plural(result.total, "seat")} in all; ${formatCount(counted)} in ${plural(rows.length, "country", "countries")}`,
  ]
  if (result.unattributed > 0)
    subtitle.push(
      `${formatCount(result.unattributed)} not attributed to a country (reported without one): not drawn`,
    )
  if (result.approximate === true) subtitle.push("Some counts come from approximate figures")
  if (rows.length === 0)
    return emptyChart(title, "No seats attributed to a country.", subtitle, read)
  const top = namedCounts(rows.slice(0, 3))
  return {
    ...header(`${title}: bar chart. ${subtitle.join(". ")}. Most seats: ${top}.`, title, subtitle),
    ...countryBars(rows, "Seats", "Seats (participants who attended or completed)", read),
  }
}

/**
 * Country geometry for {@link alumniChart}'s map: a TopoJSON topology (such as world-atlas's
 * `countries-110m.json`) or a GeoJSON feature collection, whose features carry the ISO 3166-1
 * numeric code (`"704"` or `704`) in `id` or in the property that `idField` names.
 *
 * @example
 * const geometry: CountryGeometry = JSON.parse(readFileSync("node_modules/world-atlas/countries-110m.json", "utf8"))
 *
 * @category Charts
 */
export type CountryGeometry =
  | {
      readonly type: "Topology"
      readonly objects: Readonly<Record<string, { readonly geometries?: readonly unknown[] }>>
      readonly [key: string]: unknown
    }
  | {
      readonly type: "FeatureCollection"
      readonly features: readonly unknown[]
      readonly [key: string]: unknown
    }

/**
 * The options of {@link alumniChart}.
 *
 * @example
 * alumniChart(alumni, { geometry, feature: "countries", projection: "equalEarth" } satisfies AlumniChartOptions)
 *
 * @category Charts
 */
export type AlumniChartOptions = ChartOptions & {
  /** Country shapes: with them the chart is a world map, without them bars. */
  readonly geometry?: CountryGeometry | undefined
  /** The TopoJSON object holding the countries (default `"countries"`, else the first object). */
  readonly feature?: string | undefined
  /** Where a feature's ISO numeric code is: `"id"` (default) or a path such as `"properties.iso_n3"`. */
  readonly idField?: string | undefined
  /** A Vega-Lite projection type (default `"equalEarth"`). */
  readonly projection?: string | undefined
}

/** The value at a dotted path of an object. */
function at(value: unknown, path: readonly string[]): unknown {
  let current = value
  for (const key of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, key))
      return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

/** An ISO numeric code as a number (`"004"`, `4` → 4), else undefined. */
function numericCode(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isInteger(value)) return value
  if (typeof value === "string" && /^\d{1,3}$/.test(value.trim())) return Number(value)
  return undefined
}

/**
 * Alumni per home country: a world map when `geometry` is given, bars otherwise.
 *
 * The map joins by ISO 3166-1 numeric code and inlines the geometry as given; countries with
 * alumni that the geometry lacks are listed under the title and in `usermeta.notOnMap`, never
 * silently missing. See [charts](../../docs/charts.md#a-world-map-of-alumni).
 *
 * @example
 * import countries from "world-atlas/countries-110m.json" with { type: "json" }
 * const map = alumniChart(alumniTotals(dataset), { geometry: countries })
 * map.usermeta.notOnMap //=> [{ country: "XK", name: "Kosovo", count: 2 }] when Kosovo has alumni
 *
 * @category Charts
 */
export function alumniChart(result: AlumniTotals, options?: AlumniChartOptions): VegaLiteSpec {
  const read = readChart(ALUMNI, options, result)
  const title = read.title ?? "Alumni by home country"
  const rows = namedRows(result.byCountry)
  const subtitle = [
    `${plural(result.alumni, "alumnus", "alumni")} from ${plural(result.countries, "country", "countries")} (people who completed a programme)`,
  ]
  const geometry = options?.geometry
  if (geometry === undefined) {
    if (rows.length === 0)
      return emptyChart(title, "No alumni: no completions recorded per person.", subtitle, read)
    return {
      ...header(
        `${title}: bar chart. ${subtitle[0]}. Most alumni: ${namedCounts(rows.slice(0, 3))}.`,
        title,
        subtitle,
      ),
      ...countryBars(rows, "Alumni", "Alumni (distinct people)", read),
    }
  }
  return alumniMap(result, rows, title, subtitle, geometry, options ?? {}, read)
}

function alumniMap(
  result: AlumniTotals,
  rows: CountryRow[],
  title: string,
  subtitle: string[],
  geometry: CountryGeometry,
  options: AlumniChartOptions,
  read: ReadOptions,
): VegaLiteSpec {
  const chart = "alumniChart"
  const idField = options.idField ?? "id"
  if (typeof idField !== "string" || idField === "")
    throw new TypeError(`${chart}: options.idField must be a field path such as "id"`)
  const path = idField.split(".")
  let features: readonly unknown[]
  let format: Record<string, unknown>
  if (typeof geometry === "object" && geometry !== null && geometry.type === "Topology") {
    const objects = geometry.objects
    const names = typeof objects === "object" && objects !== null ? Object.keys(objects) : []
    const feature = options.feature ?? (names.includes("countries") ? "countries" : names[0])
    const object = feature === undefined ? undefined : at(objects, [feature])
    const list = at(object, ["geometries"])
    if (feature === undefined || !Array.isArray(list))
      throw new TypeError(
        `${chart}: options.geometry has no TopoJSON object ${feature === undefined ? "" : `'${feature}' `}with geometries; objects: ${names.join(", ") || "none"}`,
      )
    features = list
    format = { type: "topojson", feature }
  } else if (
    typeof geometry === "object" &&
    geometry !== null &&
    geometry.type === "FeatureCollection" &&
    Array.isArray(geometry.features)
  ) {
    features = geometry.features
    format = { type: "json", property: "features" }
  } else {
    throw new TypeError(
      `${chart}: options.geometry must be a TopoJSON topology (type "Topology") or a GeoJSON FeatureCollection`,
    )
  }
  const onMap = new Set<number>()
  for (const feature of features) {
    const code = numericCode(at(feature, path))
    if (code !== undefined) onMap.add(code)
  }
  const values: { key: number; country: string; name: string; count: number }[] = []
  const notOnMap: CountryRow[] = []
  for (const row of rows) {
    const code = numericCode(findCountry(row.country)?.numeric)
    if (code !== undefined && onMap.has(code)) values.push({ key: code, ...row })
    else notOnMap.push(row)
  }
  if (notOnMap.length > 0)
    subtitle.push(`Not on the map (no shape in the geometry): ${namedCounts(notOnMap)}`)
  subtitle.push(
    values.length === 0
      ? "No alumni recorded in any country on the map"
      : "Grey: no alumni recorded",
  )
  const top = namedCounts(rows.slice(0, 3))
  return {
    ...header(
      `${title}: world map shaded by the number of alumni. ${subtitle[0]}.${top === "" ? "" : ` Most alumni: ${top}.`}${notOnMap.length > 0 ? ` ${subtitle[1]}.` : ""}`,
      title,
      subtitle,
    ),
    width: read.width ?? 640,
    height: read.height ?? 340,
    projection: { type: options.projection ?? "equalEarth" },
    data: { values: geometry, format },
    transform: [
      {
        calculate: `toNumber(datum${path.map((key) => `[${JSON.stringify(key)}]`).join("")})`,
        as: "key",
      },
      {
        lookup: "key",
        from: { data: { values }, key: "key", fields: ["country", "name", "count"] },
      },
    ],
    // invalid: null keeps the shapes without alumni (a null count), drawn grey by the condition.
    mark: { type: "geoshape", stroke: "#ffffff", strokeWidth: 0.5, invalid: null },
    encoding: {
      color:
        values.length === 0
          ? { value: NO_DATA }
          : {
              condition: { test: "datum.count == null", value: NO_DATA },
              field: "count",
              type: "quantitative",
              title: "Alumni",
              scale: { scheme: "blues" },
            },
      tooltip: [
        { field: "name", type: "nominal", title: "Country" },
        { field: "count", type: "quantitative", title: "Alumni", format: "," },
      ],
    },
    usermeta: { notOnMap, total: result.alumni },
  }
}

const SEATS = countRowsInput<ParticipationsByCountry>(
  "seatsChart",
  "the result of participationsByCountry ({ total, unattributed, rows })",
  "rows",
  "country",
)

const ALUMNI = countRowsInput<AlumniTotals>(
  "alumniChart",
  "the result of alumniTotals ({ alumni, countries, byCountry })",
  "byCountry",
  "country",
)
