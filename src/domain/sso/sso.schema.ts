import { Type, type Static } from 'typebox'
import { Id, strict, StringEnum, Time } from '../../core/schema'
import { USER_ATTRIBUTES } from './sso'

export const SsoProviderInput = Type.Object(
  {
    issuer: Type.String({ format: 'uri', maxLength: 500, description: 'The issuer identifier, exactly as the provider’s discovery document names it (HTTPS; http only on loopback)' }),
    clientId: Type.String({ minLength: 1, maxLength: 500 }),
    clientSecret: Type.String({ minLength: 1, maxLength: 2000, description: 'Kept encrypted (SSO_SECRET_KEY); never shown again' }),
    claim: Type.String({ pattern: '^[A-Za-z0-9_.:-]{1,100}$', description: 'The claim that names the user, e.g. email or preferred_username' }),
    userAttribute: Type.Optional(StringEnum(USER_ATTRIBUTES, { description: 'The user attribute the claim must equal (default email)' })),
  },
  strict,
)
export type SsoProviderInput = Static<typeof SsoProviderInput>

export const SsoProviderView = Type.Object({
  orgId: Id,
  issuer: Type.String(),
  clientId: Type.String(),
  claim: Type.String(),
  userAttribute: StringEnum(USER_ATTRIBUTES),
  createdAt: Time,
  updatedAt: Time,
})
