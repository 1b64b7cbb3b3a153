// Charts in a notebook, for Deno's Jupyter kernel (`deno jupyter --install`). Each `// %%` cell
// can be pasted into a notebook: a cell whose last value has a `Symbol.for("Jupyter.display")`
// method shows what it returns — here a Vega-Lite v5 specification under its MIME type, which
// JupyterLab renders as a chart with no extension. Run as a whole, it prints what each chart
// shows:
//
//   deno run examples/charts.deno.ts
//
// The chart functions return plain JSON and load no charting engine. The world map's country
// shapes come from world-atlas (Natural Earth, 110m), which the notebook brings itself: the
// library never ships or fetches geometry.

// %% Compute the figures of the example dataset drawn from the seed texts.
import {
  countByPeriod,
  disaggregate,
  exampleDataset,
  goalCoverage,
  japanUnodcFramework,
  participationsByCountry,
} from "npm:justice-cooperation"
import {
  alumniChart,
  type CountryGeometry,
  coverageChart,
  crossTabChart,
  periodChart,
  seatsChart,
  VEGA_LITE_MIME_TYPE,
  type VegaLiteSpec,
} from "npm:justice-cooperation/charts"
import countries from "npm:world-atlas/countries-110m.json" with { type: "json" }

/** Shows a specification as a chart in a Jupyter notebook; as a script, prints its description. */
function show(spec: VegaLiteSpec) {
  console.log(spec.description)
  return {
    [Symbol.for("Jupyter.display")]: () => ({
      [VEGA_LITE_MIME_TYPE]: spec,
      "text/plain": spec.description,
    }),
  }
}

const asOf = "2025-03-31"

// %% Seats per country: a bar per country, by name.
show(seatsChart(participationsByCountry(exampleDataset, { asOf })))

// %% Programmes held per fiscal year (April to March), in time order.
show(periodChart(countByPeriod(exampleDataset, { of: "programmes", period: "fiscal-year", asOf })))

// %% Goal coverage of the Japan–UNODC strategic goals 2024–2026.
show(coverageChart(goalCoverage(japanUnodcFramework, exampleDataset, { asOf })))

// %% Alumni on a world map. The example dataset has no per-person completions, so here are a
// few made-up alumni counts, Kosovo's among them: Natural Earth's 110m map has no shape for it,
// and the chart lists it under the title rather than dropping it.
const map = alumniChart(
  {
    alumni: 23,
    countries: 4,
    byCountry: [
      { country: "VN", count: 12 },
      { country: "UA", count: 6 },
      { country: "XK", count: 3 },
      { country: "PH", count: 2 },
    ],
  },
  // world-atlas's file is plain JSON: the type says which shape it has.
  { geometry: countries as unknown as CountryGeometry },
)
console.log(`not on the map: ${JSON.stringify((map.usermeta as { notOnMap: unknown }).notOnMap)}`)
show(map)

// %% A cross-tab: seats per year of start, split by the seat's country.
show(
  crossTabChart(disaggregate(exampleDataset, { by: ["year", "country"] }), {
    x: "year",
    color: "country",
  }),
)
