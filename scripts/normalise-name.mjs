// Must stay identical to normaliseCountryName in src/reference/countries.ts (a property test
// checks that the two agree on random strings).
const ABBREVIATIONS = {
  st: "saint",
  rep: "republic",
  dem: "democratic",
  fed: "federated",
  sts: "states",
  pdr: "people's democratic republic",
  sar: "special administrative region",
}

export function normaliseName(name) {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .normalize("NFC")
      .replace(/[\u2018\u2019\u02bc`´]/g, "'")
      .toLowerCase()
      .replace(/\./g, "")
      .replace(/&/g, " and ")
      .replace(/[^\p{L}\p{N}',()]+/gu, " ")
      .replace(/ *, */g, ", ")
      .replace(/ *\( */g, " (")
      .replace(/ *\) */g, ") ")
      .trim()
      // A trailing qualifier in brackets reads as one after a comma: "Korea (Republic of)".
      .replace(/^([^()]+?) \(([^()]+)\)$/, "$1, $2")
      .replace(/(^|[ (,])the(?=[ ,)]|$)/g, "$1")
      .replace(
        /(^|[ (,])(st|rep|dem|fed|sts|pdr|sar)(?=[ ,)]|$)/g,
        (_, before, word) => before + ABBREVIATIONS[word],
      )
      .replace(/ +/g, " ")
      .replace(/ ,/g, ",")
      .replace(/,,+/g, ",")
      .replace(/^[ ,]+|[ ,]+$/g, "")
      // "Korea, Republic of" reads as "Korea, Republic" (the World Bank's "Korea, Rep.").
      .replace(/(, [^,]*?) of$/, "$1")
      // No spaces beside other scripts: "ミャンマー (ビルマ)" and "ミャンマー(ビルマ)" are one name.
      .replace(/ (?=[^\0-\x7f])|(?<=[^\0-\x7f]) /g, "")
  )
}
