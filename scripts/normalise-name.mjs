// Must stay identical to normaliseCountryName in src/reference/countries.ts (a test checks it).
export function normaliseName(name) {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .toLowerCase()
    .replace(/[^a-z0-9',()&*-]+/g, " ")
    .trim()
    .replace(/^the /, "")
}
