/**
 * Passkeys through @simplewebauthn/browser: the hub serves the WebAuthn options as JSON, the
 * browser's authenticator answers, the answer goes back as served. Sign-in and enrolment set the
 * session cookie and answer the CSRF token.
 */
import { startAuthentication, startRegistration } from '@simplewebauthn/browser'
import { api, ok } from './api'

type Options = Parameters<typeof startAuthentication>[0]['optionsJSON']
type CreationOptions = Parameters<typeof startRegistration>[0]['optionsJSON']

export async function signInWithPasskey(): Promise<string> {
  const options = await ok(api().POST('/api/v1/session/passkey-options'))
  const response = await startAuthentication({ optionsJSON: options as unknown as Options })
  const signed = await ok(api().POST('/api/v1/session/passkey', { body: { response: response as never } }))
  return signed.csrfToken
}

export async function addPasskey(name: string): Promise<void> {
  const options = await ok(api().POST('/api/v1/passkeys/registration-options'))
  const response = await startRegistration({ optionsJSON: options as unknown as CreationOptions })
  await ok(api().POST('/api/v1/passkeys', { body: { name, response: response as never } }))
}

export async function enrolWithPasskey(token: string, name: string): Promise<string> {
  const path = { params: { path: { token } } }
  const options = await ok(api().POST('/api/v1/enrolment/{token}/passkey-options', path))
  const response = await startRegistration({ optionsJSON: options as unknown as CreationOptions })
  const done = await ok(api().POST('/api/v1/enrolment/{token}/passkey', { ...path, body: { name, response: response as never } }))
  return done.csrfToken
}
