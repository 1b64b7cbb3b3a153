import { type CountryCode, findCountry, type Programme, programmeSchema } from "justice-cooperation"
import { type Country, findCountry as find2 } from "justice-cooperation/reference"

const code: CountryCode = "VN"
const country: Country | undefined = findCountry(code) ?? find2("Laos")
const programme: Programme = programmeSchema.parse({})

export { country, programme }
