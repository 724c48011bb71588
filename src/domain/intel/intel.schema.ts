/** Input and output shapes of the intel API; they also feed the OpenAPI document. */
import { Type, type Static } from 'typebox'
import { Id, strict, StringEnum, Time } from '../../core/schema'
import { TLP_LEVELS } from '../../tlp'

const TlpSchema = StringEnum(TLP_LEVELS)
/** An organization by id or by its (unique) name. */
const OrgRef = Type.String({ minLength: 1, maxLength: 200 })
const StixId = Type.String({ pattern: '^[a-z0-9-]+--[0-9a-fA-F-]{36}$', maxLength: 300 })

export const ImportQuery = Type.Object(
  {
    partial: Type.Boolean({ default: false, description: 'keep the valid objects when some are rejected (default: all or nothing)' }),
    strict: Type.Boolean({ default: false, description: 'refuse what STIX 2.1 refuses: the deviation table (common, harmless deviations accepted or repaired and reported) is not applied' }),
    tlp: Type.Optional(StringEnum(TLP_LEVELS, { description: 'level of objects that carry no TLP marking (default AMBER+STRICT)' })),
    audienceOrgs: Type.Optional(Type.Array(OrgRef, { maxItems: 100, description: 'further organizations an AMBER or AMBER+STRICT object reaches, by id or name' })),
    audienceUsers: Type.Optional(Type.Array(Id, { maxItems: 100, description: 'further users a RED object reaches' })),
    incidentId: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'link the objects to this incident; only its participants may (otherwise 404, as for a missing one)' })),
  },
  strict,
)
export type ImportQuery = Static<typeof ImportQuery>

const Rejected = Type.Object({ index: Type.Integer(), id: Type.Union([Type.String(), Type.Null()]), reason: Type.String() })
const AppliedDeviationView = Type.Object({ deviation: Type.String(), decision: StringEnum(['accept', 'repair', 'refuse']), detail: Type.String() })
const Deviated = Type.Object({
  index: Type.Union([Type.Integer(), Type.Null()]),
  id: Type.Union([Type.String(), Type.Null()]),
  deviations: Type.Array(AppliedDeviationView),
})

export const ImportSummaryView = Type.Object({
  bundleId: Type.Union([Type.String(), Type.Null()]),
  objects: Type.Integer(),
  added: Type.Integer(),
  newVersions: Type.Integer(),
  olderVersions: Type.Integer(),
  duplicates: Type.Integer(),
  rejectedCount: Type.Integer(),
  rejected: Type.Array(Rejected),
  warnings: Type.Array(Type.String()),
  deviatedCount: Type.Integer({ description: 'objects stored accepted or repaired by the deviation table (docs: src/formats/stix/deviations.ts)' }),
  deviated: Type.Array(Deviated, { description: 'the first of them, each deviation named' }),
  committed: Type.Boolean(),
})

const VersionParam = Type.String({
  pattern: '^(latest|all|first|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z)$',
  default: 'latest',
  description: 'latest (default), all, first, or the `modified` timestamp of one version',
})

export const ListQuery = Type.Object(
  {
    type: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z0-9-]+$', maxLength: 250 }), { maxItems: 50 })),
    added_after: Type.Optional(Time),
    modified_after: Type.Optional(Time),
    modified_before: Type.Optional(Time),
    incident: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    tlp: Type.Optional(Type.Array(TlpSchema, { maxItems: 5 })),
    version: VersionParam,
    limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
    cursor: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,40}$' })),
  },
  strict,
)
export type ListQuery = Static<typeof ListQuery>

export const GetQuery = Type.Object({ version: VersionParam }, strict)
export const ObjectParams = Type.Object({ id: StixId }, strict)

export const ObjectView = Type.Object({
  id: Type.String(),
  type: Type.String(),
  modified: Type.Union([Type.String(), Type.Null()]),
  isLatest: Type.Boolean(),
  tlp: TlpSchema,
  orgId: Type.String(),
  dateAdded: Type.String(),
  incidentId: Type.Union([Type.String(), Type.Null()]),
  object: Type.Record(Type.String(), Type.Unknown()),
  visibleTo: Type.Optional(Type.String({ description: 'who can see this object, in words' })),
})

export const ObjectPage = Type.Object({ objects: Type.Array(ObjectView), next: Type.Union([Type.String(), Type.Null()]) })

export const ExportQuery = Type.Object(
  {
    type: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z0-9-]+$', maxLength: 250 }), { maxItems: 50 })),
    since: Type.Optional(Type.String({ format: 'date-time', description: 'objects added to the hub after this time' })),
    incident: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    max_tlp: Type.Optional(StringEnum(TLP_LEVELS, { description: 'leave out objects marked above this level' })),
  },
  strict,
)
export type ExportQuery = Static<typeof ExportQuery>

export const MispExportQuery = Type.Object(
  {
    incident: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    ids: Type.Optional(Type.Array(StixId, { minItems: 1, maxItems: 1000 })),
    info: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'the event title' })),
  },
  strict,
)
export type MispExportQuery = Static<typeof MispExportQuery>

export const MispImportQuery = Type.Object(
  {
    partial: Type.Boolean({ default: false }),
    strict: Type.Boolean({ default: false, description: 'refuse what MISP and STIX 2.1 refuse: no deviation accepted or repaired' }),
    audienceOrgs: Type.Optional(Type.Array(OrgRef, { maxItems: 100, description: 'further organizations an AMBER or AMBER+STRICT object reaches, by id or name' })),
    audienceUsers: Type.Optional(Type.Array(Id, { maxItems: 100 })),
    incidentId: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'link the objects to this incident; only its participants may (otherwise 404, as for a missing one)' })),
  },
  strict,
)
export type MispImportQuery = Static<typeof MispImportQuery>

/** A MISP JSON document: `{ "Event": {...} }` or `{ "response": [...] }`; read by readMispEvents. */
export const MispDocument = Type.Union([
  Type.Object({ Event: Type.Record(Type.String(), Type.Unknown()) }, { additionalProperties: true }),
  Type.Object({ response: Type.Array(Type.Record(Type.String(), Type.Unknown()), { minItems: 1 }) }, { additionalProperties: true }),
  // A restSearch answer in attribute or object form: read as events unless strict (deviation misp-rest-search-form).
  Type.Object(
    { response: Type.Object({ Attribute: Type.Optional(Type.Array(Type.Record(Type.String(), Type.Unknown()))), Object: Type.Optional(Type.Array(Type.Record(Type.String(), Type.Unknown()))) }, { additionalProperties: true }) },
    { additionalProperties: true },
  ),
])
