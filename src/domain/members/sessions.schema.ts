import { Type } from 'typebox'
import { Id, strict, Time } from '../../core/schema'
import { UserView } from './members.schema'

export const PasswordSignInInput = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
    totp: Type.String({ minLength: 1, maxLength: 16, description: 'The 6-digit code of the authenticator app' }),
  },
  strict,
)

export const SessionView = Type.Object({
  id: Id,
  method: Type.String({ description: 'How it was started: password, passkey, oidc' }),
  address: Type.Union([Type.String(), Type.Null()]),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  createdAt: Time,
  lastSeenAt: Time,
  idleExpiresAt: Time,
  absoluteExpiresAt: Time,
  current: Type.Boolean({ description: 'The session of this very request' }),
})

export const SignedInView = Type.Object({
  user: UserView,
  session: SessionView,
  csrfToken: Type.String({ description: 'Send it back as X-CSRF-Token on every state-changing request made with the cookie' }),
})
