// The country names of the library's own, for scripts/generate-countries.mjs (and the tests):
// forms that none of the generator's sources has, and names it refuses as ambiguous. Each is
// listed in docs/reference.md.

// Names that none of the sources has, in use in the domain: the seed texts, the World Bank's
// country names (data.worldbank.org), the IMF's (World Economic Outlook, IFS), and codes other
// systems give Kosovo. Each is the library's own choice, listed in docs/reference.md.
export const OWN_ALIASES = {
  KG: ["Kyrgyz", "Kyrgyz Republic"], // seed 000 writes "Kyrgyz"; World Bank, IMF
  CD: ["DR Congo", "DRC"],
  SH: ["Saint Helena, Ascension and Tristan da Cunha"], // the ISO short name
  TF: ["French Southern and Antarctic Lands"],
  GS: ["South Georgia"],
  MM: ["Burma"],
  TL: ["East Timor"],
  SZ: ["Swaziland"],
  MK: ["Macedonia"],
  EG: ["Egypt, Arab Rep."], // World Bank
  YE: ["Yemen, Rep."], // World Bank
  VE: ["Venezuela, RB"], // World Bank
  SK: ["Slovak Republic"], // World Bank, IMF
  PS: ["West Bank and Gaza"], // World Bank, IMF
  HK: ["Hong Kong SAR, China", "Hong Kong SAR", "China, P.R.: Hong Kong"], // World Bank, IMF
  MO: ["Macao SAR, China", "Macao SAR", "Macau", "China, P.R.: Macao"], // World Bank, IMF
  CN: ["China, P.R.: Mainland"], // IMF
  TW: ["Taiwan Province of China"], // IMF
  XK: ["XKX", "UNK"], // the World Bank's and the UN's codes for Kosovo
}

// Names that read as two countries, whatever a single source says: "Korea" (the IMF's name for
// the Republic of Korea, and half of the Democratic People's Republic's), "Congo", "Virgin
// Islands" (British or U.S.). findCountry returns undefined for them.
export const AMBIGUOUS = {
  Korea: ["KR", "KP"],
  Congo: ["CD", "CG"],
  "Virgin Islands": ["VG", "VI"],
}

// Japanese forms in use in Japan's government texts that neither i18n-iso-countries nor CLDR
// has (the Ministry of Foreign Affairs writes 米国 and 豪州).
export const OWN_ALIASES_JA = {
  US: ["米国"],
  AU: ["豪州"],
}
