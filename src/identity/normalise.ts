// How names and ids are set side by side (docs/identity.md): what is set aside before two
// records are compared, and nothing else. Pure functions, no imports.

/** Letters that NFKD does not split into a base letter and a mark. */
const LETTERS: Record<string, string> = {
  đ: "d",
  ð: "d",
  ħ: "h",
  ı: "i",
  ł: "l",
  ø: "o",
  œ: "oe",
  æ: "ae",
  ß: "ss",
  þ: "th",
  ŧ: "t",
}
const SPECIAL = /[đðħıłøœæßþŧ]/g

/**
 * The words of a name with case, accents, punctuation and word order set aside:
 * `"NGUYỄN Thị Lan"`, `"Lan Nguyen Thi"` and `"nguyen-thi, LAN"` all give
 * `["lan", "nguyen", "thi"]`. Compatibility forms are folded (NFKD: full-width letters,
 * ligatures), marks removed (`ễ` → `e`), a few letters without a decomposition mapped (`đ` → `d`,
 * `ø` → `o`, `ß` → `ss`), apostrophes removed (`O'Brien` → `obrien`), and any other character
 * that is not a letter or digit separates words. Scripts are not transliterated: that is the
 * caller's `transliterate` option.
 */
export function nameWords(name: string): string[] {
  const folded = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(SPECIAL, (letter) => LETTERS[letter] ?? letter)
    .replace(/['’ʼ‘`´]/g, "")
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== "")
  return words.sort()
}

/**
 * An id with case, punctuation and zero padding set aside: `P-0007`, `P-007`, `p0007` and
 * `P 7` all give `p7`. Each run of digits loses its leading zeros (a run of zeros stays `0`),
 * letters are lower-cased, and then every other character is dropped (`2019-007` → `20197`).
 */
export function idKey(id: string): string {
  return id
    .normalize("NFKD")
    .toLowerCase()
    .replace(/\d+/g, stripZeros)
    .replace(/[^\p{L}\p{N}]+/gu, "")
}

/** The digits of an id, each run without leading zeros (`VN-2019-0007` → `20197`); "" without digits. */
export function idDigits(id: string): string {
  return id.replace(/\d+/g, stripZeros).replace(/\D+/g, "")
}

function stripZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, "")
}
