import { field } from "../../record-fields.js"
import { type CountryCounts, countryCounts } from "../country-counts.js"

/**
 * A reported figure's `byCountry` as the `figure/…` rules compare it: how many countries it
 * names and what their finite figures add up to; undefined when it is not an object.
 */
export function figureByCountry(figure: Record<string, unknown>): CountryCounts | undefined {
  return countryCounts(field(figure, "byCountry"))
}
