import jc = require("justice-cooperation")
import reference = require("justice-cooperation/reference")

const code: jc.CountryCode = "VN"
const programme: jc.Programme = jc.programmeSchema.parse({ id: "x" })
const country: reference.Country | undefined = reference.findCountry(code)
export = { country, programme }
