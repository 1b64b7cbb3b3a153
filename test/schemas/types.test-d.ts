import { describe, expectTypeOf, it } from "vitest"
import type {
  CountryCode,
  Dataset,
  Money,
  Organisation,
  PartialDate,
  Participant,
  Participation,
  Pledge,
  Programme,
  StrategicFramework,
} from "../../src/index.js"

describe("inferred entity types follow DESIGN.md §6", () => {
  it("field types are plain strings and numbers", () => {
    expectTypeOf<CountryCode>().toEqualTypeOf<string>()
    expectTypeOf<PartialDate>().toEqualTypeOf<string>()
    expectTypeOf<Money["amount"]>().toEqualTypeOf<number>()
    expectTypeOf<Money["currency"]>().toEqualTypeOf<string>()
  })

  it("programmes", () => {
    expectTypeOf<Programme["period"]>().toExtend<{ start: string; end?: string | undefined }>()
    expectTypeOf<Programme["status"]>().toEqualTypeOf<
      "planned" | "ongoing" | "completed" | "cancelled" | "postponed"
    >()
    expectTypeOf<NonNullable<Programme["reportedParticipants"]>["total"]>().toEqualTypeOf<number>()
    expectTypeOf<
      NonNullable<NonNullable<Programme["reportedParticipants"]>["byCountry"]>
    >().toExtend<Record<string, number>>()
    expectTypeOf<NonNullable<Programme["organisations"]>[number]["role"]>().toEqualTypeOf<
      "funding" | "accountable" | "extending" | "implementing"
    >()
  })

  it("participants and participations", () => {
    expectTypeOf<Participant["gender"]>().toEqualTypeOf<
      "female" | "male" | "other" | "undisclosed" | undefined
    >()
    expectTypeOf<Participation["role"]>().toEqualTypeOf<
      "participant" | "lecturer" | "observer" | "staff" | undefined
    >()
    expectTypeOf<Participation>().not.toHaveProperty("id")
  })

  it("pledge targets are a union on kind", () => {
    type Target = Pledge["targets"][number]
    expectTypeOf<Extract<Target, { kind: "money" }>["money"]>().toEqualTypeOf<Money>()
    expectTypeOf<Extract<Target, { kind: "quantity" }>["value"]>().toEqualTypeOf<number>()
    expectTypeOf<Pledge["period"]["end"]>().toEqualTypeOf<string>()
  })

  it("organisations, frameworks and datasets", () => {
    expectTypeOf<Organisation["type"]>().toEqualTypeOf<
      "government" | "un-entity" | "intergovernmental" | "ngo" | "academic" | "private" | "other"
    >()
    expectTypeOf<StrategicFramework["goals"][number]["id"]>().toEqualTypeOf<string>()
    expectTypeOf<Dataset["participations"]>().toEqualTypeOf<Participation[] | undefined>()
  })
})
