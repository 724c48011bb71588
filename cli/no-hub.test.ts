import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { dropPgSchema, openStore } from '../src/store/db'
import { migrateToLatest } from '../src/store/migrate'
import { cliRunner } from '../test/cli'
import { PG_URL } from '../test/store'

/** Commands that work on the hub's store, each of which must refuse a store with no hub. */
const STORE_COMMANDS = [
  ['org', 'list'],
  ['--json', 'org', 'list'],
  ['org', 'add', '--name', 'Estonia', '--kind', 'nation', '--country', 'EE'],
  ['token', 'issue', '--user', 'admin@hub.local'],
  ['audit', 'verify'],
  ['incident', 'list'],
  ['migrate'],
]

const expectRefused = (r: { code: number; out: string; err: string }, location: string): void => {
  expect(r.code).toBe(2)
  expect(r.out).toBe('')
  expect(r.err.split('\n')).toHaveLength(1)
  expect(r.err).toContain(`no hub in ${location}`)
  expect(r.err).toContain('DATA_DIR')
  expect(r.err).toContain('DATABASE_URL')
  expect(r.err).toContain('shieldwall setup')
}

describe('the CLI on a store with no hub (SQLite)', () => {
  const parent = mkdtempSync(join(tmpdir(), 'shieldwall-nohub-'))
  afterAll(() => rmSync(parent, { recursive: true, force: true }))

  it('refuses with exit code 2, naming the file it looked for, and creates nothing', async () => {
    const dataDir = join(parent, 'not-the-hub')
    const run = cliRunner({ DATA_DIR: dataDir })
    for (const argv of STORE_COMMANDS) expectRefused(await run(argv), `SQLite ${join(dataDir, 'shieldwall.db')}`)
    expect(existsSync(dataDir)).toBe(false)
  })

  it('refuses an empty folder the same way, leaving it empty', async () => {
    const dataDir = mkdtempSync(join(parent, 'empty-'))
    expectRefused(await cliRunner({ DATA_DIR: dataDir })(['org', 'list']), `SQLite ${join(dataDir, 'shieldwall.db')}`)
    expect(readdirSync(dataDir)).toEqual([])
  })

  it('refuses a store whose tables are there but no hub organization', async () => {
    const dataDir = join(parent, 'tables-only')
    const store = await openStore({ databaseUrl: null, dataDir })
    await migrateToLatest(store)
    await store.close()
    const r = await cliRunner({ DATA_DIR: dataDir })(['org', 'list'])
    expectRefused(r, `SQLite ${join(dataDir, 'shieldwall.db')}`)
    expect(r.err).toContain('no hub organization')
  })

  it('works on the store once `setup` has created the hub there', async () => {
    const dataDir = join(parent, 'the-hub')
    const run = cliRunner({ DATA_DIR: dataDir })
    expect((await run(['setup'])).code).toBe(0)
    const list = await run(['--json', 'org', 'list'])
    expect(list.code).toBe(0)
    expect(JSON.parse(list.out)).toMatchObject([{ kind: 'hub' }])
    expect((await run(['migrate'])).out).toBe('schema is up to date')
  })
})

describe.skipIf(!PG_URL)('the CLI on a store with no hub (PostgreSQL)', () => {
  const url = PG_URL ?? 'postgres://skipped'
  const schema = `nohub_${randomBytes(5).toString('hex')}`
  const withPasswordSetTo = (password: string): string => {
    const u = new URL(url)
    u.password = password
    return u.toString()
  }
  /** The same database with a password in the URL: the message must not repeat it. */
  const withPassword = withPasswordSetTo('not-to-be-printed')
  const shown = withPasswordSetTo('')
  afterAll(() => dropPgSchema(url, schema))

  it('refuses a schema that is not there without creating it, naming the URL without its password', async () => {
    const run = cliRunner({ DATABASE_URL: withPassword, DATABASE_SCHEMA: schema })
    for (const argv of STORE_COMMANDS) {
      const r = await run(argv)
      expectRefused(r, `PostgreSQL ${shown} (schema ${schema})`)
      expect(r.err).not.toContain('not-to-be-printed')
    }
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      expect((await client.query('select 1 from information_schema.schemata where schema_name = $1', [schema])).rowCount).toBe(0)
    } finally {
      await client.end()
    }
  })

  it('refuses an empty schema, and works once `setup` has created the hub there', async () => {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    await client.query(`create schema if not exists ${schema}`).finally(() => client.end())
    const run = cliRunner({ DATABASE_URL: url, DATABASE_SCHEMA: schema })
    const empty = await run(['org', 'list'])
    expectRefused(empty, `PostgreSQL ${shown} (schema ${schema})`)
    expect(empty.err).toContain('no Shieldwall tables')
    expect((await run(['setup'])).code).toBe(0)
    const list = await run(['--json', 'org', 'list'])
    expect(list.code).toBe(0)
    expect(JSON.parse(list.out)).toMatchObject([{ kind: 'hub' }])
  })
})
