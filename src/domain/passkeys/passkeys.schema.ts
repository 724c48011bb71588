/**
 * The WebAuthn JSON the browser sends (what @simplewebauthn/browser's startRegistration and
 * startAuthentication return) and the views of a passkey. The options the hub hands out are the
 * library's own JSON, passed to the browser as they are.
 */
import { Type, type Static } from 'typebox'
import { Id, strict, Time } from '../../core/schema'

const B64Url = Type.String({ pattern: '^[A-Za-z0-9_-]*$', maxLength: 16384 })

const CredentialBase = {
  id: B64Url,
  rawId: B64Url,
  type: Type.Literal('public-key'),
  authenticatorAttachment: Type.Optional(Type.String({ maxLength: 32 })),
  clientExtensionResults: Type.Object({}, { additionalProperties: true }),
}

export const RegistrationResponse = Type.Object(
  {
    ...CredentialBase,
    response: Type.Object(
      {
        clientDataJSON: B64Url,
        attestationObject: B64Url,
        authenticatorData: Type.Optional(B64Url),
        transports: Type.Optional(Type.Array(Type.String({ maxLength: 32 }), { maxItems: 10 })),
        publicKeyAlgorithm: Type.Optional(Type.Integer()),
        publicKey: Type.Optional(B64Url),
      },
      strict,
    ),
  },
  strict,
)

export const AuthenticationResponse = Type.Object(
  {
    ...CredentialBase,
    response: Type.Object(
      {
        clientDataJSON: B64Url,
        authenticatorData: B64Url,
        signature: B64Url,
        userHandle: Type.Optional(B64Url),
      },
      strict,
    ),
  },
  strict,
)

export const PasskeyRegistrationInput = Type.Object(
  { response: RegistrationResponse, name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })) },
  strict,
)
export type PasskeyRegistrationInput = Static<typeof PasskeyRegistrationInput>

export const PasskeySignInInput = Type.Object({ response: AuthenticationResponse }, strict)
export type PasskeySignInInput = Static<typeof PasskeySignInInput>

export const PasskeyView = Type.Object({
  id: Id,
  name: Type.String(),
  createdAt: Time,
  lastUsedAt: Type.Union([Time, Type.Null()]),
  deviceType: Type.String(),
  backedUp: Type.Boolean(),
  transports: Type.Array(Type.String()),
})

/** The library's options JSON, handed to the browser unchanged (WebAuthn's PublicKeyCredential*OptionsJSON). */
export const WebAuthnOptions = Type.Object({ challenge: Type.String() }, { additionalProperties: true, description: 'PublicKeyCredentialCreationOptionsJSON or PublicKeyCredentialRequestOptionsJSON, for @simplewebauthn/browser' })
