import type { StrategicFramework } from "../../schemas/strategic-framework.js"
import { quote } from "../../text/quote.js"
import type { GroupResolver } from "./group-resolver.js"

/**
 * Per priority region of a framework: its countries, those it lists and the members of its
 * groups at any time from day `first` to day `last` (the framework's period).
 */
export function regionCountries(
  framework: StrategicFramework,
  resolver: GroupResolver,
  first: number,
  last: number,
): Set<string>[] {
  return (framework.priorityRegions ?? []).map((region) => {
    const countries = new Set(region.countries ?? [])
    for (const id of region.groups ?? []) {
      const where = `priority region ${quote(region.id)} of framework ${quote(framework.id)}`
      for (const country of resolver.resolve(id, where).membersDuring(first, last))
        countries.add(country)
    }
    return countries
  })
}
