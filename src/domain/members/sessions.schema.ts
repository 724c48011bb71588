import { Type } from 'typebox'
import { Id, strict, Time } from '../../core/schema'
import { UserView } from './members.schema'

export const PasswordSignInInput = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
    totp: Type.String({ minLength: 1, maxLength: 32, description: 'The 6-digit code of the authenticator app, or one of the recovery codes (each works once)' }),
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

export const EnrolmentParams = Type.Object({ token: Type.String({ minLength: 1, maxLength: 200, description: 'The token of the enrolment link' }) })

export const EnrolmentPreviewView = Type.Object({
  user: Type.Object({ id: Id, email: Type.String(), displayName: Type.String() }),
  expiresAt: Time,
  methods: Type.Array(Type.String(), { description: 'What can be set up: password+totp (passkey once that is offered)' }),
  totp: Type.Object({
    secret: Type.String({ description: 'Base32 TOTP secret proposed; send it back with the first code' }),
    uri: Type.String({ description: 'otpauth:// URI for the authenticator app (as a QR code)' }),
  }),
})

export const PasswordEnrolmentInput = Type.Object(
  {
    password: Type.String({ minLength: 1, maxLength: 1024 }),
    totpSecret: Type.String({ minLength: 1, maxLength: 128 }),
    totpCode: Type.String({ minLength: 1, maxLength: 16 }),
  },
  strict,
)

export const EnrolledView = Type.Object({
  user: UserView,
  session: SessionView,
  csrfToken: Type.String(),
  recoveryCodes: Type.Array(Type.String(), { description: 'Shown this once: each signs in once in place of a TOTP code' }),
})

export const IssuedEnrolmentView = Type.Object({
  userId: Id,
  token: Type.String({ description: 'Shown once; only its hash is stored' }),
  link: Type.String({ description: 'The link to hand to the user (PUBLIC_URL/enrol/<token>)' }),
  expiresAt: Time,
})

export const EnabledView = Type.Object({ user: UserView, enrolment: IssuedEnrolmentView })
