/** Single sign-on per nation: an OpenID Connect provider for a nation's organization tree. */

/** The user attribute the provider's claim is matched against. */
export const USER_ATTRIBUTES = ['email', 'id'] as const
export type UserAttribute = (typeof USER_ATTRIBUTES)[number]

/** A nation's provider as its admin sees it: the client secret is never shown again. */
export interface SsoProvider {
  orgId: string
  issuer: string
  clientId: string
  /** The ID token (or UserInfo) claim that names the user, e.g. email or preferred_username. */
  claim: string
  userAttribute: UserAttribute
  createdAt: string
  updatedAt: string
}

/** A sign-in begun at the provider: the browser carries the state, the hub keeps the rest. */
export interface SsoAttempt {
  orgId: string
  codeVerifier: string
  nonce: string
  redirectUri: string
  expiresAt: string
}

/** A sign-in must come back from the provider within this time. */
export const ATTEMPT_TTL_MS = 10 * 60_000

/** What the hub needs to talk to providers (from the configuration). */
export interface SsoSettings {
  /** SSO_SECRET_KEY: 32 bytes; null: providers cannot be configured (their secrets could not be kept). */
  secretKey: Buffer | null
}

/**
 * Providers must be reached over HTTPS, except on this machine's loopback (a provider for
 * development or tests, which cannot be reached from elsewhere anyway).
 */
export function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
}
