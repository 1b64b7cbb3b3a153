export { type Country, findCountry, isCountryCode, listCountries } from "./countries.js"
export { exampleDataset } from "./example-dataset.js"
export {
  findGrouping,
  groupingMembers,
  groupsOf,
  listGroupings,
  membersOf,
  resolveGrouping,
} from "./groupings.js"
export { isKnownTheme, THEMES, type Theme } from "./themes.js"
