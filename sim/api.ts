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

export type FetchLike = (input: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<{ status: number; text(): Promise<string> }>

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
