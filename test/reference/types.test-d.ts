import { describe, expectTypeOf, it } from "vitest"
import {
  type DacPurposeCode,
  exampleDataset,
  findDacPurposeCode,
  findGrouping,
  findSdgTarget,
  findTheme,
  groupsOf,
  isMember,
  japanUnodcFramework,
  membersOf,
  type SdgTarget,
  type Theme,
} from "../../src/reference/index.js"
import type { Dataset, Grouping, StrategicFramework } from "../../src/schemas/index.js"

describe("reference types", () => {
  it("look-ups return plain codes and ids", () => {
    expectTypeOf(membersOf).toEqualTypeOf<(group: string, on?: string) => string[]>()
    expectTypeOf(membersOf("ASEAN")).toEqualTypeOf<string[]>()
    expectTypeOf(groupsOf("VN", "2024")).toEqualTypeOf<string[]>()
    expectTypeOf(isMember("ASEAN", "VN")).toEqualTypeOf<boolean>()
    expectTypeOf(findGrouping("ASEAN")).toEqualTypeOf<Grouping | undefined>()
  })

  it("vocabularies are typed records", () => {
    expectTypeOf(findTheme("drugs")).toEqualTypeOf<Theme | undefined>()
    expectTypeOf(findSdgTarget("16.5")).toEqualTypeOf<SdgTarget | undefined>()
    expectTypeOf(findDacPurposeCode(15113)).toEqualTypeOf<DacPurposeCode | undefined>()
  })

  it("the example data are entities of the contract", () => {
    expectTypeOf(exampleDataset).toEqualTypeOf<Dataset>()
    expectTypeOf(japanUnodcFramework).toEqualTypeOf<StrategicFramework>()
  })
})
