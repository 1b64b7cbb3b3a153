export { type Country, findCountry, isCountryCode, listCountries } from "./countries.js"
export { findCountryJa } from "./countries-ja.js"
export { type DacPurposeCode, findDacPurposeCode, listDacPurposeCodes } from "./dac.js"
export { exampleDataset } from "./example-dataset.js"
export {
  findGrouping,
  groupingMembers,
  groupsOf,
  isMember,
  listGroupings,
  membersOf,
  resolveGrouping,
} from "./groupings.js"
export { japanUnodcFramework } from "./japan-unodc-framework.js"
export {
  findSdgGoal,
  findSdgTarget,
  listSdgGoals,
  listSdgTargets,
  type SdgGoal,
  type SdgTarget,
} from "./sdgs.js"
export { findTheme, isKnownTheme, THEMES, type Theme } from "./themes.js"
