/** Passkeys (WebAuthn): the relying party the hub is, and a user's registered credentials. */

/**
 * Who the browser must believe it is talking to: the relying party id (a registrable domain,
 * the hub's host name) and the exact origins its pages are served from. From PUBLIC_URL, or
 * derived from the request when it is unset (see README: set PUBLIC_URL behind a proxy).
 */
export interface RelyingParty {
  id: string
  name: string
  origins: readonly string[]
}

/** A registered passkey as its owner sees it (never the public key). */
export interface PasskeyInfo {
  id: string
  name: string
  createdAt: string
  lastUsedAt: string | null
  /** singleDevice, or multiDevice (a synced passkey). */
  deviceType: string
  backedUp: boolean
  transports: string[]
}

/** What is registered: the credential, and the user it signs in. */
export interface StoredPasskey extends PasskeyInfo {
  userId: string
  credentialId: string
  publicKey: string
  counter: number
}

export type ChallengePurpose = 'register' | 'authenticate'

/** A challenge answers once, within this time (the browser's own timeout is the same). */
export const CHALLENGE_TTL_MS = 5 * 60_000

/** Where the request came from, for the audit trail. */
export interface RequestOrigin {
  address: string
  userAgent: string | null
}
