/**
 * A fetch() over Fastify's inject(): the typed client talks to an in-process hub through the whole
 * HTTP stack (routing, auth, validation, serialization, error mapping) without opening a socket.
 */
import type { HubApp } from '../src/surfaces/surface'

// Statuses whose responses have no body; a Response refuses to be built with one.
const NO_BODY = new Set([101, 204, 205, 304])

export function injectFetch(app: HubApp): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url)
    const payload = request.body ? Buffer.from(await request.arrayBuffer()) : undefined
    const res = await app.inject({
      method: request.method as 'GET',
      url: url.pathname + url.search,
      headers: Object.fromEntries(request.headers),
      ...(payload ? { payload } : {}),
    })
    const headers = new Headers()
    for (const [name, value] of Object.entries(res.headers)) {
      for (const v of [value ?? []].flat()) headers.append(name, String(v))
    }
    return new Response(NO_BODY.has(res.statusCode) ? null : res.rawPayload, { status: res.statusCode, headers })
  }
}
