import { Type, type Static } from 'typebox'
import { Id, strict, StringEnum, Time } from '../../core/schema'
import { ORG_KINDS, ROLES } from './members'

/** An organization named by its id or by its (unique) name, as the CLI accepts it. */
export const OrgRef = (what: string) => Type.String({ minLength: 1, maxLength: 200, description: `${what}: its id or its name` })

export const OrgInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: StringEnum(['nation', 'agency', 'cert', 'partner'] as const),
    country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2, for nations' })),
    parentId: Type.Optional(OrgRef('the parent organization')),
  },
  strict,
)
export type OrgInput = Static<typeof OrgInput>

export const OrgView = Type.Object({
  id: Id,
  name: Type.String(),
  kind: StringEnum(ORG_KINDS),
  country: Type.Union([Type.String(), Type.Null()]),
  parentId: Type.Union([Id, Type.Null()]),
  createdAt: Time,
})

const RoleSchema = StringEnum(ROLES)

export const UserInput = Type.Object(
  {
    orgId: OrgRef('the user\u2019s organization'),
    email: Type.String({ format: 'email', maxLength: 254 }),
    displayName: Type.String({ minLength: 1, maxLength: 200 }),
    roles: Type.Array(RoleSchema, { minItems: 1, uniqueItems: true }),
  },
  strict,
)
export type UserInput = Static<typeof UserInput>

export const UserView = Type.Object({
  id: Id,
  orgId: Id,
  email: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(RoleSchema),
  createdAt: Time,
  disabledAt: Type.Union([Time, Type.Null()]),
})

export const TokenInput = Type.Object(
  {
    userId: Type.Optional(Id),
    name: Type.String({ minLength: 1, maxLength: 100 }),
    expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
  },
  strict,
)
export type TokenInput = Static<typeof TokenInput>

export const TokenView = Type.Object({
  id: Id,
  userId: Id,
  name: Type.String(),
  createdAt: Time,
  expiresAt: Type.Union([Time, Type.Null()]),
  lastUsedAt: Type.Union([Time, Type.Null()]),
  revokedAt: Type.Union([Time, Type.Null()]),
})

export const IssuedToken = Type.Object({
  token: Type.String({ description: 'Shown once; only its hash is stored' }),
  info: TokenView,
})

export const MeView = Type.Object({
  user: UserView,
  org: OrgView,
  orgChain: Type.Array(Id),
})
