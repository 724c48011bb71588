/** Input and output shapes of the intel feeds API (and its OpenAPI document). Credentials go in, never out. */
import { Type, type Static } from 'typebox'
import { Id, strict, StringEnum, Time } from '../../../core/schema'
import { TLP_LEVELS } from '../../../tlp'

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()])

export const FeedAuthInput = Type.Object(
  {
    kind: StringEnum(['none', 'basic', 'bearer'] as const, { description: 'HTTP Basic (username and password), Bearer (token), or none' }),
    username: Type.Optional(Type.String({ maxLength: 500 })),
    password: Type.Optional(Type.String({ minLength: 1, maxLength: 4000 })),
    token: Type.Optional(Type.String({ minLength: 1, maxLength: 8000 })),
  },
  { ...strict, description: 'kept sealed (AES-256-GCM) and never shown again' },
)
export type FeedAuthInput = Static<typeof FeedAuthInput>

const feedFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  apiRoot: Type.String({ minLength: 1, maxLength: 2000, description: 'the TAXII 2.1 API root URL (http or https), e.g. https://peer.example/taxii2/api1/' }),
  collectionId: Type.String({ minLength: 1, maxLength: 200, description: 'the collection’s id at that API root' }),
  auth: FeedAuthInput,
  pollSeconds: Type.Integer({ minimum: 60, maximum: 7 * 86_400, description: 'how often the hub polls it' }),
  pageSize: Type.Integer({ minimum: 1, maximum: 10_000, description: 'objects asked for per page (limit); default 1000' }),
  tlp: StringEnum(TLP_LEVELS, { description: 'the level its objects get (an object carrying a stricter one keeps it); default AMBER+STRICT' }),
  audienceOrgs: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 100, description: 'further organizations its AMBER objects reach, by id or name' }),
  incidentId: Nullable(Type.String({ minLength: 1, maxLength: 100, description: 'link its objects to this incident (the subscriber must take part in it)' })),
}

export const FeedInput = Type.Object(
  {
    name: feedFields.name,
    apiRoot: feedFields.apiRoot,
    collectionId: feedFields.collectionId,
    auth: feedFields.auth,
    pollSeconds: Type.Optional(feedFields.pollSeconds),
    pageSize: Type.Optional(feedFields.pageSize),
    tlp: Type.Optional(feedFields.tlp),
    audienceOrgs: Type.Optional(feedFields.audienceOrgs),
    incidentId: Type.Optional(feedFields.incidentId),
  },
  strict,
)
export type FeedInput = Static<typeof FeedInput>

export const FeedUpdate = Type.Partial(Type.Object(feedFields, strict))
export type FeedUpdate = Static<typeof FeedUpdate>

export const FeedState = Type.Object({
  lastPollAt: Nullable(Time),
  lastSuccessAt: Nullable(Time),
  lastErrorAt: Nullable(Time),
  lastError: Nullable(Type.String({ description: 'why the last poll failed (cleared by a success)' })),
  failures: Type.Integer({ description: 'polls failed in a row: each doubles the wait, up to FEED_BACKOFF_CAP_SECONDS' }),
  objectsAdded: Type.Integer({ description: 'objects (and new versions) imported since the feed was created' }),
  lastPollAdded: Type.Integer({ description: 'objects (and new versions) imported by the last poll' }),
  lastPollRejected: Type.Integer({ description: 'objects the last poll refused as invalid STIX 2.1 (the valid ones of a page are kept)' }),
  nextPollAt: Time,
  addedAfter: Nullable(Type.String({ description: 'the cursor: the next poll asks for objects added after this' })),
  paging: Type.Boolean({ description: 'a poll stopped in the middle of the peer’s pages: the next one resumes there' }),
  polling: Type.Boolean({ description: 'a hub process is polling it now' }),
})

export const FeedView = Type.Object({
  id: Id,
  orgId: Id,
  name: Type.String(),
  apiRoot: Type.String(),
  collectionId: Type.String(),
  auth: StringEnum(['none', 'basic', 'bearer'] as const),
  pollSeconds: Type.Integer(),
  pageSize: Type.Integer(),
  tlp: StringEnum(TLP_LEVELS),
  audienceOrgs: Type.Array(Id),
  incidentId: Nullable(Type.String()),
  createdBy: Type.String(),
  createdAt: Time,
  updatedAt: Time,
  state: FeedState,
})
export type FeedView = Static<typeof FeedView>
