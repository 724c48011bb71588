/**
 * The typed client of the hub's API: openapi-fetch over the types generated from openapi.json
 * (src/client/schema.ts). Paths, parameters, bodies and success responses are checked at compile
 * time; a request that no longer matches a route stops `tsc` instead of failing in the field.
 */
import createClient, { type Client } from 'openapi-fetch'
import type { paths } from './schema'

export type { paths } from './schema'
export type HubClient = Client<paths>

export interface HubClientOptions {
  /** Another transport than the global fetch (the tests pass one over Fastify's inject()). */
  fetch?: (request: Request) => Promise<Response>
}

/** A client for the hub at `baseUrl` (e.g. http://127.0.0.1:8080) that sends `token` as its bearer token; null: anonymous. */
export function createHubClient(baseUrl: string, token: string | null, opts: HubClientOptions = {}): HubClient {
  return createClient<paths>({
    baseUrl: baseUrl.replace(/\/+$/, ''),
    headers: token ? { authorization: `Bearer ${token}` } : {},
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  })
}

type JsonContent<T> = T extends { content: { 'application/json': infer B } } ? B : never

/** The JSON body a route takes, e.g. RequestBody<'/api/v1/orgs', 'post'>. */
export type RequestBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { requestBody?: infer R } ? JsonContent<NonNullable<R>> : never

/** The JSON body a route answers with on success, e.g. ResponseBody<'/api/v1/me', 'get'>. */
export type ResponseBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: infer R }
  ? JsonContent<R[Extract<keyof R, 200 | 201>]>
  : never
