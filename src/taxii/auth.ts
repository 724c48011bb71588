/**
 * TAXII authentication (the issue's): HTTP Basic with any user name and an API token as the
 * password, which is what TAXII clients offer, or a Bearer token as on the API. The token is
 * checked by the members capability exactly as the API checks it.
 */
import type { FastifyRequest } from 'fastify'
import { unauthorized } from '../core/errors'
import type { Deps } from '../domain/deps'
import { members, type Actor } from '../domain/members'

/** The token a request carries (Basic password or Bearer), null when it carries none. */
export function tokenOf(req: FastifyRequest): string | null {
  const h = req.headers.authorization
  if (h === undefined || h.trim() === '') return null
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(h)
  if (bearer) return bearer[1]!
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(h)
  if (basic) {
    const pair = Buffer.from(basic[1]!, 'base64').toString('utf8')
    const colon = pair.indexOf(':')
    if (colon >= 0 && colon < pair.length - 1) return pair.slice(colon + 1)
  }
  throw unauthorized('Use HTTP Basic (any user name, an API token as the password) or "Authorization: Bearer <token>"')
}

/** The authenticated actor of `req` (in the real world), or null when it brings no credentials. */
export async function actorOfRequest(deps: Deps, req: FastifyRequest): Promise<Actor | null> {
  const token = tokenOf(req)
  return token === null ? null : (await members.authenticateCredential(deps, token)).actor
}
