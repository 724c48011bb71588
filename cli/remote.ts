/**
 * The CLI's calls to a running hub's HTTP API, through the typed client generated from
 * openapi.json (src/client): a route that changes shape breaks `tsc` here, not a user's terminal.
 */
import { createHubClient, type ResponseBody } from '../src/client/hub-client'
import { CliUsageError } from './io'

export type Identity = ResponseBody<'/api/v1/me', 'get'>

/**
 * Who `token` acts as at the hub at `baseUrl`. Null when the hub cannot be reached or is not ready
 * (it may be starting: the caller retries). A refused token, or a URL that answers but is no hub,
 * is a CliUsageError, since asking again will not help.
 */
export async function whoAmI(baseUrl: string, token: string): Promise<Identity | null> {
  const res = await createHubClient(baseUrl, token).GET('/api/v1/me').catch(() => null)
  if (!res) return null
  if (res.data) return res.data
  const status = res.response.status
  const detail = (res.error as { detail?: unknown } | undefined)?.detail
  if (status === 401 || status === 403) throw new CliUsageError(`the hub refused the token: ${typeof detail === 'string' ? detail : status}`)
  if (status < 500) throw new CliUsageError(`${baseUrl} does not answer as a Shieldwall hub (GET /api/v1/me: ${status})`)
  return null
}
