/**
 * The key that seals intel feed credentials: FEED_SECRET_KEY when set, else the key file in the
 * data folder, generated (32 random bytes, mode 0600) the first time a feed needs it. Resolved
 * lazily, so a hub with no feeds never writes the file.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Config } from './config'

export const FEED_KEY_FILE = 'feed-secret.key'

function keyFromFile(dataDir: string): Buffer {
  const path = join(dataDir, FEED_KEY_FILE)
  try {
    mkdirSync(dataDir, { recursive: true })
    // 'wx': never overwrite a key another process (or an earlier start) wrote.
    writeFileSync(path, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 })
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
  }
  const text = readFileSync(path, 'utf8').trim()
  if (!/^[0-9a-f]{64}$/.test(text)) throw new Error(`${path} does not hold a 32-byte key as 64 hex digits`)
  return Buffer.from(text, 'hex')
}

/** A memoized reader of the key. */
export function feedSecretKey(config: Pick<Config, 'feedSecretKey' | 'dataDir'>): () => Buffer {
  let key: Buffer | null = null
  return () => (key ??= config.feedSecretKey !== null ? Buffer.from(config.feedSecretKey, 'hex') : keyFromFile(config.dataDir))
}
