/**
 * The hub and the CLI get their dependencies from one composition: from the same configuration
 * they hold the same settings (the CLI once lacked OFFER_PARALLEL) and the same fast ingest path.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLocal, type Local } from '../cli/local'
import { DIALECTS, PG_URL } from '../test/store'
import { loadConfig } from './config'
import { createLogger } from './core/logger'
import type { Deps } from './domain/deps'
import { createHub, type Hub } from './hub'
import { dropPgSchema } from './store/db'

/** What a use case reads from its Deps besides the database, the clock and the event sink. */
const settingsOf = (deps: Deps) => ({
  offerParallel: deps.offerParallel,
  correlationCap: deps.correlation?.cap,
  warningLists: deps.correlation?.warningLists,
  intelBulk: deps.intelBulk && Object.keys(deps.intelBulk).sort(),
})

describe.each(DIALECTS)('one composition for the hub and the CLI (%s)', (dialect) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'shieldwall-compose-'))
  const schema = `t_${randomBytes(6).toString('hex')}`
  const env = {
    LOG_LEVEL: 'silent',
    ROLES: 'http',
    DATA_DIR: dataDir,
    OFFER_PARALLEL: '5',
    CORRELATION_CAP: '7',
    ...(dialect === 'postgres' ? { DATABASE_URL: PG_URL!, DATABASE_SCHEMA: schema } : {}),
  }
  let hub: Hub
  let local: Local
  beforeAll(async () => {
    hub = await createHub(loadConfig(env), { logger: createLogger('silent') })
    local = await openLocal({ out: () => undefined, err: () => undefined, isTty: false, env })
  })
  afterAll(async () => {
    await local?.close()
    await hub?.close()
    if (dialect === 'postgres') await dropPgSchema(PG_URL!, schema)
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('gives the CLI the settings the hub has, taken from the configuration', () => {
    expect(settingsOf(local.deps)).toEqual(settingsOf(hub.deps))
    expect(settingsOf(local.deps)).toMatchObject({ offerParallel: 5, correlationCap: 7 })
    expect(Object.keys(local.deps).sort()).toEqual(Object.keys(hub.deps).sort())
  })

  it('opens the same database for both', async () => {
    const hubOrgs = await hub.deps.db.selectFrom('org').select('id').execute()
    expect(hubOrgs.length).toBe(1)
    expect(await local.deps.db.selectFrom('org').select('id').execute()).toEqual(hubOrgs)
  })
})
