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
  /** NATS_URL: nats://… to use NATS JetStream as the bus (several hub processes); unset: in-process bus. */
  readonly natsUrl: string | null
  /** HUB_NAME: display name of the hub organization created on first start. Default "Shieldwall Hub". */
  readonly hubName: string
  /** LOG_LEVEL: pino level (fatal, error, warn, info, debug, trace, silent). Default info. */
  readonly logLevel: string
  /** BODY_LIMIT: largest JSON request body in bytes. Default 1048576 (1 MiB). */
  readonly bodyLimit: number
  /** PROCESS_NAME: stable name of this hub process (its durable bus consumer). Default hostname-port. */
  readonly processName: string
  /**
   * CORRELATION_CAP: over-correlation cap. A value held by more than this many intel objects
   * stops raising correlation events (it is too common to mean anything). Default 100.
   */
  readonly correlationCap: number
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const logLevel = env.LOG_LEVEL || 'info'
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`)
  const port = intVar(env, 'PORT', 8080, 0, 65535)
  return Object.freeze({
    host: env.HOST || '127.0.0.1',
    port,
    dataDir: resolve(env.DATA_DIR || './data'),
    databaseUrl: urlVar(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    natsUrl: urlVar(env, 'NATS_URL', ['nats:', 'tls:']),
    hubName: env.HUB_NAME || 'Shieldwall Hub',
    logLevel,
    bodyLimit: intVar(env, 'BODY_LIMIT', 1_048_576, 1024, 1_073_741_824),
    correlationCap: intVar(env, 'CORRELATION_CAP', 100, 1, 1_000_000),
    processName: env.PROCESS_NAME || `${(env.HOSTNAME || 'hub').replace(/[^A-Za-z0-9_-]/g, '_')}-${port}`,
  })
}
