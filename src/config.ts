/**
 * The only reader of process.env. Every variable is documented here, validated once at start,
 * and frozen; a bad value stops the process with a message naming the variable.
 */
import { resolve } from 'node:path'

export interface Config {
  /** HOST: interface the HTTP server binds to. Default 127.0.0.1. */
  readonly host: string
  /** PORT: TCP port of the HTTP server. Default 8080. */
  readonly port: number
  /** DATA_DIR: folder of the embedded SQLite database. Default ./data. */
  readonly dataDir: string
  /** DATABASE_URL: postgres://… to run on PostgreSQL; unset runs embedded SQLite in DATA_DIR. */
  readonly databaseUrl: string | null
  /**
   * DATABASE_SCHEMA: PostgreSQL schema the hub's tables live in (created if missing); unset: the
   * server's search_path (normally "public"). Lets several hubs, or test runs, share one database.
   */
  readonly databaseSchema: string | null
  /** NATS_URL: nats://… to use NATS JetStream as the bus (several hub processes); unset: in-process bus. */
  readonly natsUrl: string | null
  /** NATS_STREAM: the JetStream stream of this hub; every process of one hub uses the same. Default SHIELDWALL. */
  readonly natsStream: string
  /** NATS_SUBJECT_PREFIX: events go to `<prefix>.<type>`; the stream captures `<prefix>.>`. Default shieldwall.events. */
  readonly natsSubjectPrefix: string
  /** LIVE_MAX_BUFFERED: bytes queued for one live-feed client before it is closed as too slow (4008). Default 4194304. */
  readonly liveMaxBuffered: number
  /** LIVE_HEARTBEAT_SECONDS: idle live-feed connections get a heartbeat this often. Default 20. */
  readonly liveHeartbeatSeconds: number
  /** HUB_NAME: display name of the hub organization created on first start. Default "Shieldwall Hub". */
  readonly hubName: string
  /** LOG_LEVEL: pino level (fatal, error, warn, info, debug, trace, silent). Default info. */
  readonly logLevel: string
  /** BODY_LIMIT: largest JSON request body in bytes. Default 1048576 (1 MiB). */
  readonly bodyLimit: number
  /** PROCESS_NAME: stable name of this hub process (its durable bus consumer). Default hostname-port. */
  readonly processName: string
  /** OFFER_PARALLEL: how many candidate providers an assistance request is offered to at once. Default 3. */
  readonly offerParallel: number
  /** ROLES: comma-separated roles this process runs: http (the API), jobs (the deadline runner). Default http,jobs. */
  readonly roles: readonly HubRole[]
  /** JOBS_POLL_MS: how often the deadline runner looks for due rows besides its timer to the next one. Default 5000. */
  readonly jobsPollMs: number
  /**
   * CORRELATION_CAP: over-correlation cap. A value held by more than this many intel objects
   * stops raising correlation events (it is too common to mean anything). Default 100.
   */
  readonly correlationCap: number
  /**
   * HTTP_HEADERS_TIMEOUT_MS: a client must send its whole request head within this time, or the
   * connection is cut (slowloris). Default 10000.
   */
  readonly httpHeadersTimeoutMs: number
  /** HTTP_REQUEST_TIMEOUT_MS: a client must send its whole request (head and body) within this time. Default 30000. */
  readonly httpRequestTimeoutMs: number
  /** HTTP_KEEP_ALIVE_TIMEOUT_MS: an idle keep-alive connection is closed after this time. Default 5000. */
  readonly httpKeepAliveTimeoutMs: number
  /**
   * TLS_CERT_FILE and TLS_KEY_FILE: PEM certificate (chain) and private key; when both are set the
   * hub serves HTTPS itself. Set both or neither.
   */
  readonly tls: { certFile: string; keyFile: string } | null
  /**
   * TRUST_PROXY: the hub runs behind a proxy that terminates TLS and sets X-Forwarded-For/-Proto:
   * "true" (trust whoever connects), or comma-separated addresses/CIDRs of the proxies. Default: trust none.
   */
  readonly trustProxy: boolean | string
  /** PUBLIC_URL: the address people open the hub at, for enrolment links. Default http://localhost:PORT. */
  readonly publicUrl: string
  /** SESSION_IDLE_MINUTES: a browser session unused this long ends. Default 30. */
  readonly sessionIdleMinutes: number
  /** SESSION_ABSOLUTE_HOURS: a browser session ends this long after sign-in, used or not. Default 12. */
  readonly sessionAbsoluteHours: number
  /** ENROLMENT_HOURS: how long an enrolment link works. Default 24. */
  readonly enrolmentHours: number
  /**
   * FEED_SECRET_KEY: the AES-256-GCM key that seals intel feed credentials at rest: 32 bytes as
   * 64 hex digits or base64. Unset: the key in DATA_DIR/feed-secret.key, generated on first use.
   * Every process of one hub (and its CLI) needs the same key: set it when they share PostgreSQL.
   */
  readonly feedSecretKey: string | null
  /** FEED_TIMEOUT_MS: one request to a feed's TAXII server, answer and body, must end within this time. Default 30000. */
  readonly feedTimeoutMs: number
  /** FEED_BACKOFF_CAP_SECONDS: the longest wait before a failing feed is polled again (the wait doubles per failure). Default 3600. */
  readonly feedBackoffCapSeconds: number
  /**
   * TAXII_PUBLIC_ROOT: "true" opens the TAXII API root /taxii2/public/ to callers without
   * credentials, serving TLP:CLEAR objects only (and discovery then answers them). Default false.
   */
  readonly taxiiPublicRoot: boolean
  /** TAXII_MAX_CONTENT_LENGTH: largest TAXII request body in bytes, advertised as max_content_length (larger: 413). Default 10485760. */
  readonly taxiiMaxContentLength: number
  /** TAXII_PAGE_LIMIT: most objects one TAXII page returns (a larger `limit` is cut to it). Default 1000. */
  readonly taxiiPageLimit: number
  /**
   * Whether PUBLIC_URL was set. When it is, the passkeys' relying party (its host name) and
   * origin, and the single sign-on redirect URI, come from it; when not, from each request's
   * Host (fine on localhost; set PUBLIC_URL behind a proxy).
   */
  readonly publicUrlSet: boolean
  /**
   * SSO_SECRET_KEY: 32 random bytes, base64 or hex (`openssl rand -base64 32`), that encrypt the
   * nations' OpenID client secrets in the database. Unset: single sign-on cannot be configured.
   */
  readonly ssoSecretKey: Buffer | null
  /** SMTP_URL: smtp://user:pass@host:port (or smtps://…) the hub sends notification mail through; unset: no mail (mail notifications fail and retry). */
  readonly smtpUrl: string | null
  /** NOTIFY_FROM: the From address of notification mail, also the hub key's user id. Default shieldwall@localhost. */
  readonly notifyFrom: string
  /** NOTIFY_POLL_MS: how often the notify sender looks for due notifications (jobs role). Default 2000. */
  readonly notifyPollMs: number
}

export const HUB_ROLES = ['http', 'jobs'] as const
export type HubRole = (typeof HUB_ROLES)[number]

function rolesVar(env: NodeJS.ProcessEnv): HubRole[] {
  const raw = env.ROLES
  if (raw === undefined || raw === '') return [...HUB_ROLES]
  const roles = raw.split(',').map((r) => r.trim()).filter(Boolean)
  const bad = roles.find((r) => !(HUB_ROLES as readonly string[]).includes(r))
  if (bad !== undefined || roles.length === 0) throw new ConfigError(`ROLES must be a comma-separated list of ${HUB_ROLES.join(', ')}, got "${raw}"`)
  return [...new Set(roles)] as HubRole[]
}

export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`)
  }
  return n
}

function boolVar(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  if (raw === 'true' || raw === '1') return true
  if (raw === 'false' || raw === '0') return false
  throw new ConfigError(`${name} must be true or false, got "${raw}"`)
}

function urlVar(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string | null {
  const raw = env[name]
  if (raw === undefined || raw === '') return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError(`${name} is not a URL: "${raw}"`)
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}, got "${url.protocol}//"`)
  }
  return raw
}

/** A 32-byte key as 64 hex digits or base64 (standard or url-safe). */
function keyVar(env: NodeJS.ProcessEnv, name: string): string | null {
  const raw = env[name]
  if (raw === undefined || raw === '') return null
  const bytes = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : /^[A-Za-z0-9+/_-]{43}=?$/.test(raw) ? Buffer.from(raw, 'base64') : null
  if (bytes === null || bytes.length !== 32) throw new ConfigError(`${name} must be 32 bytes as 64 hex digits or base64 (e.g. openssl rand -hex 32)`)
  return bytes.toString('hex')
}

function nameVar(env: NodeJS.ProcessEnv, name: string, shape: RegExp, what: string): string | null {
  const raw = env[name]
  if (raw === undefined || raw === '') return null
  if (!shape.test(raw)) throw new ConfigError(`${name} must be ${what}, got "${raw}"`)
  return raw
}

function secretKeyVar(env: NodeJS.ProcessEnv, name: string): Buffer | null {
  const raw = env[name]
  if (raw === undefined || raw === '') return null
  const key = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : /^[A-Za-z0-9+/_-]{43}=?$/.test(raw) ? Buffer.from(raw, 'base64') : null
  // The value itself is never echoed: it is a secret.
  if (key?.length !== 32) throw new ConfigError(`${name} must be 32 bytes, base64 or hex (e.g. openssl rand -base64 32)`)
  return key
}

function trustProxyVar(env: NodeJS.ProcessEnv): boolean | string {
  const raw = env.TRUST_PROXY
  if (raw === undefined || raw === '' || raw === 'false') return false
  if (raw === 'true') return true
  if (!/^[0-9A-Fa-f.:/, ]+$/.test(raw) || /^\d+$/.test(raw)) throw new ConfigError(`TRUST_PROXY must be true, or comma-separated addresses/CIDRs of the proxies, got "${raw}"`)
  return raw
}

function tlsVar(env: NodeJS.ProcessEnv): Config['tls'] {
  const certFile = env.TLS_CERT_FILE || ''
  const keyFile = env.TLS_KEY_FILE || ''
  if (!certFile && !keyFile) return null
  if (!certFile || !keyFile) throw new ConfigError('TLS_CERT_FILE and TLS_KEY_FILE go together: set both to serve HTTPS, or neither')
  return { certFile: resolve(certFile), keyFile: resolve(keyFile) }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const logLevel = env.LOG_LEVEL || 'info'
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`)
  const port = intVar(env, 'PORT', 8080, 0, 65535)
  return Object.freeze({
    host: env.HOST || '127.0.0.1',
    port,
    dataDir: resolve(env.DATA_DIR || './data'),
    databaseUrl: urlVar(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    databaseSchema: nameVar(env, 'DATABASE_SCHEMA', /^[a-z_][a-z0-9_]{0,62}$/, 'lower-case letters, digits and _'),
    natsUrl: urlVar(env, 'NATS_URL', ['nats:', 'tls:']),
    natsStream: nameVar(env, 'NATS_STREAM', /^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, _ and -') ?? 'SHIELDWALL',
    natsSubjectPrefix: nameVar(env, 'NATS_SUBJECT_PREFIX', /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, 'dot-separated words') ?? 'shieldwall.events',
    liveMaxBuffered: intVar(env, 'LIVE_MAX_BUFFERED', 4_194_304, 1024, 1_073_741_824),
    liveHeartbeatSeconds: intVar(env, 'LIVE_HEARTBEAT_SECONDS', 20, 1, 3600),
    hubName: env.HUB_NAME || 'Shieldwall Hub',
    logLevel,
    bodyLimit: intVar(env, 'BODY_LIMIT', 1_048_576, 1024, 1_073_741_824),
    offerParallel: intVar(env, 'OFFER_PARALLEL', 3, 1, 50),
    roles: rolesVar(env),
    jobsPollMs: intVar(env, 'JOBS_POLL_MS', 5000, 50, 3_600_000),
    correlationCap: intVar(env, 'CORRELATION_CAP', 100, 1, 1_000_000),
    httpHeadersTimeoutMs: intVar(env, 'HTTP_HEADERS_TIMEOUT_MS', 10_000, 100, 600_000),
    httpRequestTimeoutMs: intVar(env, 'HTTP_REQUEST_TIMEOUT_MS', 30_000, 100, 3_600_000),
    httpKeepAliveTimeoutMs: intVar(env, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 5_000, 100, 600_000),
    tls: tlsVar(env),
    trustProxy: trustProxyVar(env),
    publicUrl: (urlVar(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `${env.TLS_CERT_FILE ? 'https' : 'http'}://localhost:${port}`).replace(/\/+$/, ''),
    sessionIdleMinutes: intVar(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionAbsoluteHours: intVar(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 30),
    enrolmentHours: intVar(env, 'ENROLMENT_HOURS', 24, 1, 24 * 14),
    feedSecretKey: keyVar(env, 'FEED_SECRET_KEY'),
    feedTimeoutMs: intVar(env, 'FEED_TIMEOUT_MS', 30_000, 100, 600_000),
    feedBackoffCapSeconds: intVar(env, 'FEED_BACKOFF_CAP_SECONDS', 3600, 1, 7 * 86_400),
    taxiiPublicRoot: boolVar(env, 'TAXII_PUBLIC_ROOT', false),
    taxiiMaxContentLength: intVar(env, 'TAXII_MAX_CONTENT_LENGTH', 10_485_760, 1024, 1_073_741_824),
    taxiiPageLimit: intVar(env, 'TAXII_PAGE_LIMIT', 1000, 1, 10_000),
    publicUrlSet: (env.PUBLIC_URL ?? '') !== '',
    ssoSecretKey: secretKeyVar(env, 'SSO_SECRET_KEY'),
    smtpUrl: urlVar(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    notifyFrom: nameVar(env, 'NOTIFY_FROM', /^[^\s@<>]+@[^\s@<>]+$/, 'an e-mail address') ?? 'shieldwall@localhost',
    notifyPollMs: intVar(env, 'NOTIFY_POLL_MS', 2000, 50, 3_600_000),
    processName: env.PROCESS_NAME || `${(env.HOSTNAME || 'hub').replace(/[^A-Za-z0-9_-]/g, '_')}-${port}`,
  })
}
