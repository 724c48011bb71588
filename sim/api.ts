import { randomBytes } from 'node:crypto'
import { Secret, TOTP } from 'otpauth'

/** A simulated nation's hold on the hub: its own token, in one exercise, over the hub's HTTP API only. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    what: string,
  ) {
    super(`${what}: ${status} ${body.slice(0, 300)}`)
  }
}

export interface Api {
  get<T>(path: string): Promise<T>
  post<T>(path: string, body?: unknown): Promise<T>
}

export type FetchLike = (input: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<{ status: number; text(): Promise<string>; headers: { get(name: string): string | null } }>

export function hubApi(baseUrl: string, token: string, exerciseId: string | null, fetchFn: FetchLike = fetch): Api {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...(exerciseId ? { 'shieldwall-exercise': exerciseId } : {}) }
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetchFn(`${baseUrl}/api/v1${path}`, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const text = await res.text()
    if (res.status >= 300) throw new ApiError(res.status, text, `${method} ${path}`)
    return (text ? JSON.parse(text) : null) as T
  }
  return { get: (p) => call('GET', p), post: (p, b) => call('POST', p, b ?? {}) }
}

/**
 * What a person does with the enrolment link an admin issued for them, done by a simulated
 * nation for its own user: sets a password and TOTP (which signs in), then issues itself an API
 * token with that session. Admins cannot mint tokens for others, so a bot gets its own this way.
 * `now`: the hub's clock, for the TOTP code (a test hub runs on an injected one).
 */
export async function ownTokenThroughEnrolment(baseUrl: string, admin: Api, userId: string, fetchFn: FetchLike = fetch, now: () => Date = () => new Date()): Promise<string> {
  const link = await admin.post<{ token: string }>(`/users/${userId}/enrolment`)
  const call = async (method: string, path: string, headers: Record<string, string>, body?: unknown) => {
    const res = await fetchFn(`${baseUrl}/api/v1${path}`, { method, headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
    const text = await res.text()
    if (res.status >= 300) throw new ApiError(res.status, text, `${method} ${path}`)
    return { json: JSON.parse(text) as unknown, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '' }
  }
  const preview = (await call('GET', `/enrolment/${link.token}`, {})).json as { totp: { secret: string } }
  const totp = new TOTP({ secret: Secret.fromBase32(preview.totp.secret), algorithm: 'SHA1', digits: 6, period: 30 })
  const password = randomBytes(24).toString('base64url')
  const enrolled = await call('POST', `/enrolment/${link.token}`, {}, { password, totpSecret: preview.totp.secret, totpCode: totp.generate({ timestamp: now().getTime() }) })
  const { csrfToken } = enrolled.json as { csrfToken: string }
  const issued = await call('POST', '/tokens', { cookie: enrolled.cookie, 'x-csrf-token': csrfToken }, { name: 'simulated nation' })
  return (issued.json as { token: string }).token
}
