/**
 * A real OpenID provider (the certified oidc-provider package) on loopback, for single sign-on
 * tests, and a browser-like driver (fetch, a cookie jar per origin, redirects followed by hand,
 * the provider's development sign-in and consent forms filled in).
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider from 'oidc-provider'

export interface TestProvider {
  /** The issuer identifier its discovery document names. */
  issuer: string
  /** Where it listens (the same as issuer, unless started with `claimIssuer`). */
  url: string
  close(): Promise<void>
}

export interface ProviderClient {
  clientId: string
  clientSecret: string
  redirectUri: string
}

function signingKey() {
  // RS256: what relying parties expect unless told otherwise (id_token_signed_response_alg).
  const jwk = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' })
  return { ...jwk, kid: randomBytes(8).toString('hex'), alg: 'RS256', use: 'sig' }
}

/**
 * Starts a provider. `accounts` maps an account id (what is typed at its sign-in form) to its
 * claims. `claimIssuer`: the host the provider names itself with, other than the one it listens
 * on (a discovery document naming another issuer).
 */
export async function startProvider(opts: { client: ProviderClient; accounts: Record<string, { email: string; emailVerified?: boolean; preferred_username?: string }>; claimIssuer?: (port: number) => string }): Promise<TestProvider> {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null
  const server: Server = createServer((req, res) => handler?.(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  const url = `http://127.0.0.1:${port}`
  const issuer = opts.claimIssuer?.(port) ?? url
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: opts.client.clientId,
        client_secret: opts.client.clientSecret,
        redirect_uris: [opts.client.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [signingKey()] as never },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['preferred_username'] },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    findAccount: (_ctx, id) => {
      const account = opts.accounts[id]
      if (!account) return undefined
      return { accountId: id, claims: () => ({ sub: id, email: account.email, email_verified: account.emailVerified ?? true, ...(account.preferred_username ? { preferred_username: account.preferred_username } : {}) }) }
    },
  })
  const callback = provider.callback()
  handler = (req, res) => void callback(req, res)
  return {
    issuer,
    url,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** A browser, as far as redirects, cookies and plain forms go. */
export class TestBrowser {
  readonly #jar = new Map<string, Map<string, string>>()

  cookie(origin: string, name: string): string | null {
    return this.#jar.get(origin)?.get(name) ?? null
  }

  setCookie(origin: string, name: string, value: string): void {
    const jar = this.#jar.get(origin) ?? new Map<string, string>()
    jar.set(name, value)
    this.#jar.set(origin, jar)
  }

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const origin = new URL(url).origin
    const cookies = [...(this.#jar.get(origin) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ')
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: { ...(cookies ? { cookie: cookies } : {}), ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    })
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';')
      const eq = pair!.indexOf('=')
      const expired = /max-age=0|expires=thu, 01 jan 1970/i.test(c)
      if (expired) this.#jar.get(origin)?.delete(pair!.slice(0, eq).trim())
      else this.setCookie(origin, pair!.slice(0, eq).trim(), pair!.slice(eq + 1))
    }
    return res
  }

  /**
   * Follows redirects from `url`, filling in the provider's sign-in form with `login` and
   * consenting, until a redirect leads to `stopAt` (the hub's callback), which it returns unvisited.
   */
  async signInAt(url: string, login: string, stopAt: string): Promise<string> {
    let next = url
    for (let hop = 0; hop < 20; hop++) {
      if (next.startsWith(stopAt)) return next
      const res = await this.request(next)
      const location = res.headers.get('location')
      if (res.status >= 300 && res.status < 400 && location) {
        next = new URL(location, next).href
        continue
      }
      const html = await res.text()
      const action = /<form[^>]*action="([^"]+)"[^>]*method="post"/i.exec(html)?.[1]
      const prompt = /name="prompt" value="([a-z]+)"/.exec(html)?.[1]
      if (res.status !== 200 || !action || !prompt) throw new Error(`the provider answered ${res.status} at ${next}: ${html.replace(/<style[\s\S]*?<\/style>/, "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").slice(0, 400)}`)
      const posted = await this.request(new URL(action.replace(/&amp;/g, '&'), next).href, { method: 'POST', form: prompt === 'login' ? { prompt, login, password: 'any' } : { prompt } })
      const to = posted.headers.get('location')
      if (!to) throw new Error(`the provider's ${prompt} form answered ${posted.status}`)
      next = new URL(to, next).href
    }
    throw new Error('too many redirects')
  }
}
