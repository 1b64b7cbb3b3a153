// Renders a Vega-Lite specification headlessly with the v5 line of vega and vega-lite (dev
// dependencies), and reads back what it shows: the marks (type, role, number of items) and
// every piece of text (titles, axis labels, legend labels, text marks). No pixels.
import { readFileSync } from "node:fs"
import * as vega from "vega"
import * as vegaLite from "vega-lite"

export type Rendered = {
  /** Every mark group with at least one item: its type, name and item count. */
  marks: { type: string; name: string; role: string; items: number }[]
  /** Every text drawn: titles, subtitles, axis and legend labels, text marks. */
  texts: string[]
  /** The SVG, for the checks that need it (aria label). */
  svg: string
  /** The fill of every item of the data marks (role "mark"), by mark type. */
  fills: Record<string, string[]>
  /** What vega warned about while rendering. */
  warnings: string[]
}

type SceneItem = {
  marktype?: string
  name?: string
  role?: string
  items?: SceneItem[]
  text?: unknown
  fill?: unknown
}

/** Compiles, parses and renders; throws on any compile or runtime error. */
export async function render(spec: unknown): Promise<Rendered> {
  // What a renderer receives: the JSON text of the specification, nothing else.
  const json = JSON.parse(JSON.stringify(spec))
  const warnings: string[] = []
  const logger = {
    level: (_?: number) => logger,
    error: (...args: unknown[]) => {
      throw new Error(args.map(String).join(" "))
    },
    warn: (...args: unknown[]) => {
      warnings.push(args.map(String).join(" "))
      return logger
    },
    info: () => logger,
    debug: () => logger,
  }
  const compiled = vegaLite.compile(json, { logger: logger as never }).spec
  const view = new vega.View(vega.parse(compiled), { renderer: "none" })
  view.logger(logger as never)
  await view.runAsync()
  const svg = await view.toSVG()
  const marks: Rendered["marks"] = []
  const texts: string[] = []
  const fills: Record<string, string[]> = {}
  const visit = (item: SceneItem) => {
    if (item.marktype !== undefined && Array.isArray(item.items)) {
      if (item.items.length > 0)
        marks.push({
          type: item.marktype,
          name: item.name ?? "",
          role: item.role ?? "",
          items: item.items.length,
        })
      for (const child of item.items) {
        if (item.role === "mark") (fills[item.marktype] ??= []).push(String(child.fill))
        if (item.marktype === "text" && child.text !== undefined && child.text !== null) {
          // A multi-line text (a title's subtitle lines) is one item per line.
          for (const line of Array.isArray(child.text) ? child.text : [child.text])
            if (String(line) !== "") texts.push(String(line))
        }
        visit(child)
      }
    } else if (Array.isArray(item.items)) {
      for (const child of item.items) visit(child)
    }
  }
  visit((view.scenegraph() as unknown as { root: SceneItem }).root)
  view.finalize()
  return { marks, texts, svg, fills, warnings }
}

/** Items of the data marks (not axes, legends or titles) of a type. */
export function dataMarks(rendered: Rendered, type: string): number {
  return rendered.marks
    .filter((m) => m.type === type && m.role === "mark")
    .reduce((sum, m) => sum + m.items, 0)
}

/** world-atlas's 110m countries (TopoJSON), from the dev dependency. */
export function worldAtlas(): {
  type: "Topology"
  objects: Record<string, { geometries: { id?: string; properties: { name: string } }[] }>
} {
  return JSON.parse(
    readFileSync(
      new URL("../../node_modules/world-atlas/countries-110m.json", import.meta.url),
      "utf8",
    ),
  )
}
