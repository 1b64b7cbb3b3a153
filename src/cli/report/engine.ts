import type { VegaLiteSpec } from "../../charts/spec.js"

/** Draws a Vega-Lite specification as an SVG string. */
export type ChartEngine = { readonly toSvg: (spec: VegaLiteSpec) => Promise<string> }

/** The packages `report` draws with, and the versions it is tested with. */
export const ENGINE_INSTALL = "npm install --save-dev vega@5 vega-lite@5"

/**
 * Loads vega and vega-lite (optional peer dependencies of the package: only `report` uses
 * them, so that installing or importing the library never brings a charting engine). Returns
 * undefined when they are not installed.
 */
export async function loadChartEngine(): Promise<ChartEngine | undefined> {
  let vega: typeof import("vega")
  let vegaLite: typeof import("vega-lite")
  try {
    vega = await import("vega")
    vegaLite = await import("vega-lite")
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") return undefined
    throw error
  }
  return {
    async toSvg(spec) {
      const compiled = vegaLite.compile(spec as never).spec
      const view = new vega.View(vega.parse(compiled), { renderer: "none" })
      view.logLevel(vega.Error)
      try {
        return await view.toSVG()
      } finally {
        view.finalize()
      }
    },
  }
}
