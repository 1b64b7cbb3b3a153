import { DAC_PURPOSE_CODES } from "./dac-data.js"

/**
 * An OECD DAC (CRS) purpose code, as the IATI Sector codelist publishes it.
 *
 * @example
 * const code: DacPurposeCode | undefined = findDacPurposeCode(15130) // code?.category === 151
 *
 * @category Reference
 */
export type DacPurposeCode = {
  /** The five-digit code: `15113`. */
  code: number
  /** Its English name: `"Anti-corruption organisations and institutions"`. */
  name: string
  /** Its three-digit DAC category: `151` (Government and civil society), `152` (Conflict, peace and security). */
  category: number
  /** `"withdrawn"` codes are kept for reading older data; report new data with active ones. */
  status: "active" | "withdrawn"
  /** The day a withdrawn code was withdrawn. */
  withdrawnOn?: string
}

/**
 * The DAC purpose codes of the 151xx (Government and civil society) and 152xx (Conflict,
 * peace and security) families, withdrawn ones included, plus the other codes the theme
 * vocabulary names (16063 Narcotics control), sorted by code. Frozen.
 *
 * @example
 * listDacPurposeCodes().some((c) => c.code === 15130) //=> true
 *
 * @category Reference
 */
export function listDacPurposeCodes(): readonly DacPurposeCode[] {
  return DAC_PURPOSE_CODES
}

/**
 * A shipped DAC purpose code by its number, or `undefined`.
 *
 * @example
 * findDacPurposeCode(15113)?.name   //=> "Anti-corruption organisations and institutions"
 * findDacPurposeCode(15120)?.status //=> "withdrawn"
 * findDacPurposeCode(11110)         //=> undefined (education is not shipped)
 *
 * @category Reference
 */
export function findDacPurposeCode(code: number): DacPurposeCode | undefined {
  return DAC_PURPOSE_CODES.find((c) => c.code === code)
}
