/**
 * The master scenario events list (MSEL): the published schema of a scenario, served at
 * GET /api/v1/exercises/scenario-schema and committed as docs/scenario.schema.json.
 */
import { Type, type Static } from 'typebox'
import { strict, StringEnum } from '../../core/schema'

export const EVENT_TYPES = ['inject', 'information', 'contingency'] as const
export const CHANNELS = ['incident-report', 'assistance-request', 'intel-bundle', 'decision-to-propose', 'message'] as const
export type Channel = (typeof CHANNELS)[number]

export const CHECK_KINDS = ['incident-reported', 'request-submitted', 'offer-accepted', 'request-delivered', 'request-closed', 'intel-shared', 'decision-decided'] as const
export type CheckKind = (typeof CHECK_KINDS)[number]

/** A participant: a nation's ISO 3166-1 alpha-2 code, or an organization's name. */
const Participant = Type.String({ minLength: 1, maxLength: 200, description: 'a nation by ISO 3166-1 alpha-2 code (EE), or an organization by name' })

/** Scenario offsets as planners write them: H+02:30 (hours and minutes from the start). */
export const OFFSET_PATTERN = '^(H\\+)?\\d{1,3}:[0-5]\\d$'

export const ExpectedAction = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9._-]+$', description: 'unique within the scenario' }),
    description: Type.String({ minLength: 1, maxLength: 1000, description: 'e.g. the receiving nation\u2019s POC submits a request for malware analysis' }),
    check: Type.Object(
      {
        kind: StringEnum(CHECK_KINDS, { description: 'what is looked for in the exercise world after the inject' }),
        by: Type.Optional(Participant),
        category: Type.Optional(Type.String({ minLength: 1, maxLength: 80, description: 'capability category (requests, offers)' })),
      },
      strict,
    ),
    withinMinutes: Type.Integer({ minimum: 1, maximum: 100_000, description: 'time limit after the inject\u2019s release, in scenario minutes' }),
  },
  strict,
)
export type ExpectedAction = Static<typeof ExpectedAction>

export const ScenarioEvent = Type.Object(
  {
    serial: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9._-]+$', description: 'unique within the scenario, e.g. INJ-004' }),
    offset: Type.String({ pattern: OFFSET_PATTERN, description: 'from the scenario start: H+HH:MM (or HH:MM)' }),
    scenarioTime: Type.Optional(Type.String({ format: 'date-time', description: 'optional; when given it must equal start + offset' })),
    type: StringEnum(EVENT_TYPES),
    from: Participant,
    to: Type.Array(Participant, { maxItems: 64, uniqueItems: true }),
    channel: StringEnum(CHANNELS),
    content: Type.Record(Type.String(), Type.Unknown(), { description: 'what the channel carries; see the content schemas per channel' }),
    expected: Type.Optional(Type.Array(ExpectedAction, { maxItems: 50 })),
  },
  strict,
)
export type ScenarioEvent = Static<typeof ScenarioEvent>

export const Scenario = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.Optional(Type.String({ maxLength: 20_000 })),
    start: Type.String({ format: 'date-time', description: 'scenario time at H+00:00' }),
    events: Type.Array(ScenarioEvent, { minItems: 1, maxItems: 5000 }),
  },
  strict,
)
export type Scenario = Static<typeof Scenario>

/** What each channel's content holds (checked after the shape of the event). */
export const CONTENT_SCHEMAS = {
  'incident-report': Type.Object(
    {
      title: Type.String({ minLength: 1, maxLength: 300 }),
      summary: Type.String({ maxLength: 20_000 }),
      sectors: Type.Array(Type.String(), { maxItems: 40 }),
      rsitClass: Type.String(),
      rsitType: Type.String(),
      severity: Type.Integer({ minimum: 0, maximum: 5 }),
      malicious: Type.Optional(Type.Boolean()),
      crossBorder: Type.Optional(Type.Boolean()),
      attackIds: Type.Optional(Type.Array(Type.String(), { maxItems: 200 })),
      tlp: Type.Optional(StringEnum(['CLEAR', 'GREEN'] as const, { description: 'GREEN by default: every participant sees it' })),
    },
    strict,
  ),
  'assistance-request': Type.Object(
    {
      incident: Type.String({ minLength: 1, maxLength: 40, description: 'serial of the incident-report event this request is for' }),
      category: Type.String({ minLength: 1, maxLength: 80 }),
      urgency: StringEnum(['critical', 'high', 'medium', 'low'] as const),
      needed: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
      summary: Type.String({ minLength: 1, maxLength: 4000 }),
    },
    strict,
  ),
  'intel-bundle': Type.Object({ objects: Type.Array(Type.Record(Type.String(), Type.Unknown()), { minItems: 1, maxItems: 1000 }) }, strict),
  'decision-to-propose': Type.Object(
    {
      kind: StringEnum(['consultation', 'joint-attribution', 'tlp-release', 'collective-response'] as const),
      text: Type.String({ minLength: 1, maxLength: 20_000 }),
      procedure: Type.Optional(StringEnum(['silence', 'consensus', 'majority'] as const)),
      deadlineMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
    },
    strict,
  ),
  message: Type.Object({ text: Type.String({ minLength: 1, maxLength: 20_000 }) }, strict),
} as const satisfies Record<Channel, unknown>

/**
 * The published document: the scenario's JSON Schema, with each channel's content schema beside it
 * (x-content-by-channel). Served at GET /api/v1/exercises/scenario-schema and committed as
 * docs/scenario.schema.json (a test holds the two together).
 */
export function publishedScenarioSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://shieldwall.dev/schemas/scenario.schema.json',
    title: 'Shieldwall scenario (master scenario events list)',
    ...JSON.parse(JSON.stringify(Scenario)),
    'x-content-by-channel': JSON.parse(JSON.stringify(CONTENT_SCHEMAS)),
  }
}
