export { type Country, findCountry, isCountryCode, listCountries } from "./countries.js"
export { exampleDataset } from "./example-dataset.js"
