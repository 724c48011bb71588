import { Type, type Static } from 'typebox'
import { TLP_LEVELS } from '../../tlp'
import { Id, strict, StringEnum, Time } from '../../core/schema'
import { VocabInteger, VocabString } from '../vocab'
import { INCIDENT_STATUSES } from './incident'

const NullableTime = Type.Union([Time, Type.Null()])

/**
 * The largest page of incidents over HTTP: about 250 KiB and a few milliseconds of the event
 * loop, so that one caller's list cannot hold up the other requests for long.
 */
export const INCIDENT_PAGE_MAX = 200

// Vocabulary fields (sectors, RSIT, ATT&CK) are checked in the domain and answered with a 422.
const fields = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  summary: Type.String({ maxLength: 20_000 }),
  sectors: Type.Array(VocabString('nis2-sectors'), { maxItems: 40, uniqueItems: true, description: 'NIS2 Annex I/II sectors and defence' }),
  rsitClass: VocabString('rsit-classes', { description: 'ENISA RSIT class (machine tag predicate)' }),
  rsitType: VocabString('rsit-types', { description: 'ENISA RSIT type within the class (GET /api/v1/vocab/rsit-types gives each type\u2019s class)' }),
  severity: VocabInteger('nciss-levels', { minimum: 0, maximum: 5, description: 'NCISS level 0 (Baseline) to 5 (Emergency)' }),
  malicious: Type.Boolean(),
  crossBorder: Type.Boolean(),
  detectedAt: NullableTime,
  startedAt: NullableTime,
  awareAt: Time,
  attackIds: Type.Array(Type.String(), { maxItems: 200, uniqueItems: true, description: 'MITRE ATT&CK technique ids: T1234 or T1234.001' }),
  intelIds: Type.Array(Type.String(), { maxItems: 500, uniqueItems: true, description: 'STIX ids of linked intel' }),
  tlp: StringEnum(TLP_LEVELS),
  audienceOrgs: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 500, uniqueItems: true, description: 'AMBER / AMBER+STRICT audience: organizations by id or name' }),
  audienceUsers: Type.Array(Id, { maxItems: 500, uniqueItems: true, description: 'named users (RED: its whole audience; AMBER: beside the organizations)' }),
}

export const IncidentInput = Type.Object(
  {
    orgId: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'reporting organization, by id or name: the caller\u2019s or one under it; default the caller\u2019s' })),
    title: fields.title,
    summary: fields.summary,
    sectors: fields.sectors,
    rsitClass: fields.rsitClass,
    rsitType: fields.rsitType,
    severity: fields.severity,
    malicious: fields.malicious,
    crossBorder: fields.crossBorder,
    detectedAt: Type.Optional(fields.detectedAt),
    startedAt: Type.Optional(fields.startedAt),
    awareAt: Type.Optional(Type.String({ format: 'date-time', description: 'when the reporter became aware (starts the NIS2 clock); default detectedAt, else now' })),
    attackIds: Type.Optional(fields.attackIds),
    intelIds: Type.Optional(fields.intelIds),
    tlp: fields.tlp,
    audienceOrgs: Type.Optional(fields.audienceOrgs),
    audienceUsers: Type.Optional(fields.audienceUsers),
    shareWithNation: Type.Optional(
      Type.Boolean({ description: 'AMBER and AMBER+STRICT: add the nation’s CERTs and points of contact to the audience (default true); false keeps the audience exactly as given' }),
    ),
  },
  strict,
)
export type IncidentInput = Static<typeof IncidentInput>

export const IncidentPatch = Type.Object(
  {
    title: Type.Optional(fields.title),
    summary: Type.Optional(fields.summary),
    sectors: Type.Optional(fields.sectors),
    rsitClass: Type.Optional(fields.rsitClass),
    rsitType: Type.Optional(fields.rsitType),
    severity: Type.Optional(fields.severity),
    malicious: Type.Optional(fields.malicious),
    crossBorder: Type.Optional(fields.crossBorder),
    detectedAt: Type.Optional(fields.detectedAt),
    startedAt: Type.Optional(fields.startedAt),
    attackIds: Type.Optional(fields.attackIds),
    intelIds: Type.Optional(fields.intelIds),
    earlyWarningAt: Type.Optional(NullableTime),
    notificationAt: Type.Optional(NullableTime),
    finalReportAt: Type.Optional(NullableTime),
  },
  strict,
)
export type IncidentPatch = Static<typeof IncidentPatch>

export const AudienceInput = Type.Object(
  {
    orgs: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 500, uniqueItems: true, description: 'organizations to add, by id or name (AMBER: with the organizations under them)' })),
    users: Type.Optional(Type.Array(Id, { maxItems: 500, uniqueItems: true, description: 'users to add by name' })),
  },
  strict,
)
export type AudienceInput = Static<typeof AudienceInput>

export const StatusInput = Type.Object({ status: StringEnum(INCIDENT_STATUSES) }, strict)
export const TimelineInput = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 10_000 }), happenedAt: Type.Optional(Time) },
  strict,
)
export type TimelineInput = Static<typeof TimelineInput>

const StageView = Type.Object({
  stage: Type.String(),
  dueAt: Time,
  submittedAt: NullableTime,
  status: Type.String(),
  marginMs: Type.Number(),
})

export const Nis2ClockView = Type.Object({
  awareAt: Time,
  stages: Type.Array(StageView),
  next: Type.Union([StageView, Type.Null()]),
  anyOverdue: Type.Boolean(),
})

export const TimelineView = Type.Object({ id: Id, at: Time, happenedAt: Time, author: Type.String(), authorOrg: Type.String(), text: Type.String() })

export const IncidentView = Type.Object({
  id: Id,
  orgId: Id,
  nationId: Id,
  reportedBy: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  sectors: Type.Array(Type.String()),
  rsitClass: Type.String(),
  rsitType: Type.String(),
  severity: Type.Integer(),
  severityName: Type.String(),
  malicious: Type.Boolean(),
  crossBorder: Type.Boolean(),
  status: Type.String(),
  detectedAt: NullableTime,
  startedAt: NullableTime,
  reportedAt: Time,
  awareAt: Time,
  attackIds: Type.Array(Type.String()),
  intelIds: Type.Array(Type.String()),
  tlp: Type.String(),
  audienceOrgs: Type.Array(Type.String()),
  audienceUsers: Type.Array(Type.String()),
  visibleTo: Type.String({ description: 'who can see this incident, in words' }),
  createdAt: Time,
  updatedAt: Time,
  nis2: Type.Optional(Nis2ClockView),
  timeline: Type.Optional(Type.Array(TimelineView)),
})
export type IncidentView = Static<typeof IncidentView>

export const IncidentQuery = Type.Object(
  {
    status: Type.Optional(StringEnum(INCIDENT_STATUSES)),
    limit: Type.Integer({
      minimum: 1,
      maximum: 1000,
      default: 100,
      description: `rows wanted; a page holds at most ${INCIDENT_PAGE_MAX} (a larger limit is served ${INCIDENT_PAGE_MAX} at a time): follow the Link header's rel="next"`,
    }),
    cursor: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,200}$', description: 'where the previous page ended: the cursor of its Link rel="next"' })),
  },
  strict,
)
export type IncidentQuery = Static<typeof IncidentQuery>
