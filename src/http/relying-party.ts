import type { FastifyRequest } from 'fastify'
import type { Deps } from '../domain/deps'
import type { RelyingParty } from '../domain/passkeys'

/**
 * Where people reach the hub: PUBLIC_URL, else this request's own scheme and Host (with
 * TRUST_PROXY, the proxy's X-Forwarded-Proto/Host). Deriving it is safe for passkeys (the browser
 * writes the true origin into what the authenticator signs, and credentials are scoped to
 * the relying party), but a stable PUBLIC_URL is what an identity provider registers.
 */
export const publicOriginOf = (deps: Deps, req: FastifyRequest): string => deps.publicOrigin ?? `${req.protocol}://${req.host}`

/** The passkeys' relying party: the hub's host name, and its one origin. */
export function relyingPartyOf(deps: Deps, req: FastifyRequest): RelyingParty {
  const origin = publicOriginOf(deps, req)
  return { id: new URL(origin).hostname, name: 'Shieldwall', origins: [origin] }
}
