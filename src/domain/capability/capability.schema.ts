import { Type, type Static } from 'typebox'
import { Id, strict, StringEnum, Time } from '../../core/schema'
import { VocabString } from '../vocab'

const Country = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 code of a member nation' })

// Vocabulary fields are plain strings here and checked in the domain, so a bad value gets a 422
// that names the vocabulary, not a bare schema error.
export const WorkingHoursInput = Type.Object(
  {
    tz: Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone, e.g. Europe/Tallinn' }),
    days: Type.Array(Type.Integer(), { minItems: 1, maxItems: 7, description: 'ISO weekdays on which a shift starts (1 = Monday)' }),
    start: Type.String({ description: 'HH:MM' }),
    end: Type.String({ description: 'HH:MM; before start: the shift runs past midnight' }),
  },
  strict,
)

export const CapabilityInput = Type.Object(
  {
    orgId: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'the lending organization, by id or name: the nation or one under it; default the caller\u2019s' })),
    category: VocabString('capability-categories', { description: 'FIRST CSIRT Services Framework 2.1 service or hub category (GET /api/v1/vocab/capability-categories)' }),
    description: Type.String({ minLength: 1, maxLength: 4000 }),
    capacity: Type.Integer({ minimum: 1, maximum: 1000, description: 'assignments at once' }),
    languages: Type.Array(VocabString('languages'), { minItems: 1, maxItems: 50, uniqueItems: true, description: 'ISO 639-1 codes' }),
    delivery: StringEnum(['remote', 'on_site', 'both'] as const),
    responseHours: Type.Integer({ minimum: 0, maximum: 720, description: 'response-time commitment' }),
    sectors: Type.Array(VocabString('nis2-sectors'), { maxItems: 60, uniqueItems: true, description: 'NIS2 Annex I/II sectors and defence' }),
    workingHours: WorkingHoursInput,
    serves: Type.Optional(
      Type.Object({ only: Type.Optional(Type.Array(Country, { uniqueItems: true })), never: Type.Optional(Type.Array(Country, { uniqueItems: true })) }, strict),
    ),
    visibleTo: Type.Optional(
      Type.Array(Country, { uniqueItems: true, maxItems: 64, description: 'only these nations and the organizations under them (as they are when read), with the lending nation, may see it (AMBER); absent: every member (GREEN)' }),
    ),
  },
  strict,
)
export type CapabilityInput = Static<typeof CapabilityInput>

export const StandbyInput = Type.Object(
  {
    from: Time,
    until: Time,
  },
  strict,
)
export type StandbyInput = Static<typeof StandbyInput>

export const CapabilityView = Type.Object({
  id: Id,
  orgId: Id,
  nation: Type.String(),
  category: Type.String(),
  description: Type.String(),
  capacity: Type.Integer(),
  languages: Type.Array(Type.String()),
  delivery: Type.String(),
  responseHours: Type.Integer(),
  sectors: Type.Array(Type.String()),
  workingHours: Type.Object({ tz: Type.String(), days: Type.Array(Type.Integer()), start: Type.String(), end: Type.String() }),
  serves: Type.Object({ only: Type.Optional(Type.Array(Type.String())), never: Type.Optional(Type.Array(Type.String())) }),
  visibleTo: Type.Union([Type.Array(Type.String()), Type.Null()]),
  standby: Type.Union([Type.Object({ from: Time, until: Time }), Type.Null()]),
  tlp: Type.String(),
  createdAt: Time,
  updatedAt: Time,
})
export type CapabilityView = Static<typeof CapabilityView>

export const CapabilityQuery = Type.Object(
  {
    category: Type.Optional(Type.String()),
    nation: Type.Optional(Country),
    limit: Type.Integer({ minimum: 1, maximum: 1000, default: 200 }),
  },
  strict,
)
export type CapabilityQuery = Static<typeof CapabilityQuery>
