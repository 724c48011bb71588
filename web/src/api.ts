/**
 * The console's way to the API: the generated typed client (src/client), one per call so that it
 * always carries the current credential, and `ok()` that turns a refusal into an ApiError with
 * the problem document's words.
 */
import { createHubClient, type HubClient } from '../../src/client/hub-client'
import { currentCsrf, currentToken } from './session'

export type { RequestBody, ResponseBody } from '../../src/client/hub-client'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])
export const CSRF_HEADER = 'X-CSRF-Token'

/** The client, with the bearer token when signed in with one, else the session cookie (same origin) and its CSRF header on writes. */
export function api(): HubClient {
  const client = createHubClient(location.origin, currentToken())
  const csrf = currentCsrf()
  if (csrf)
    client.use({
      onRequest: ({ request }) => {
        if (!SAFE.has(request.method)) request.headers.set(CSRF_HEADER, csrf)
        return request
      },
    })
  return client
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: { title?: string; detail?: string; code?: string } | undefined,
  ) {
    super(problem?.detail ?? problem?.title ?? `The hub answered ${status}`)
  }
}

/** The body of a successful answer; a refusal throws an ApiError (TanStack Query shows it). */
export async function ok<D>(call: Promise<{ data?: D; error?: unknown; response: Response }>): Promise<D> {
  const res = await call
  if (!res.response.ok) throw new ApiError(res.response.status, res.error as ApiError['problem'])
  return res.data as D
}

/** A request body sent as written (a STIX bundle read from a file), outside the typed contract. */
export const rawJson = (text: string) => ({
  body: text as never,
  bodySerializer: (b: unknown) => b as string,
  headers: { 'content-type': 'application/json' },
})
