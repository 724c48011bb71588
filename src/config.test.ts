import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config'

describe('configuration', () => {
  it('has working defaults for a fresh machine', () => {
    const c = loadConfig({})
    expect(c).toMatchObject({ host: '127.0.0.1', port: 8080, databaseUrl: null, natsUrl: null, logLevel: 'info', bodyLimit: 1_048_576 })
    expect(c.dataDir).toMatch(/\/data$/)
    expect(Object.isFrozen(c)).toBe(true)
  })

  it.each([
    [{ PORT: '70000' }, /PORT must be a whole number from 0 to 65535/],
    [{ PORT: '80.5' }, /PORT/],
    [{ DATABASE_URL: 'mysql://db/x' }, /DATABASE_URL must start with postgres:\/\/ or postgresql:\/\//],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL is not a URL/],
    [{ NATS_URL: 'http://x' }, /NATS_URL must start with nats:\/\//],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ BODY_LIMIT: '10' }, /BODY_LIMIT/],
  ])('fails fast on %o, naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError)
    expect(() => loadConfig(env)).toThrow(message)
  })

  it('reads SSO_SECRET_KEY as 32 bytes of base64 or hex, and never echoes a bad one', () => {
    const key = Buffer.alloc(32, 7)
    expect(loadConfig({ SSO_SECRET_KEY: key.toString('base64') }).ssoSecretKey).toEqual(key)
    expect(loadConfig({ SSO_SECRET_KEY: key.toString('hex') }).ssoSecretKey).toEqual(key)
    expect(loadConfig({}).ssoSecretKey).toBeNull()
    const short = Buffer.alloc(16, 7).toString('base64')
    expect(() => loadConfig({ SSO_SECRET_KEY: short })).toThrow(/SSO_SECRET_KEY must be 32 bytes/)
    try {
      loadConfig({ SSO_SECRET_KEY: short })
    } catch (e) {
      expect(String(e)).not.toContain(short)
    }
  })

  it('derives the passkeys\u2019 origin from the request unless PUBLIC_URL is given', () => {
    expect(loadConfig({}).publicUrlSet).toBe(false)
    expect(loadConfig({ PUBLIC_URL: 'https://hub.example.org' }).publicUrlSet).toBe(true)
  })
})
