import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliRunner } from '../test/cli'
import { startTaxiiPeer, type TaxiiPeer } from '../test/taxii-peer'
import { openStore } from '../src/store/db'

describe('shieldwall intel feed', () => {
  let dir: string
  let peer: TaxiiPeer
  let run: ReturnType<typeof cliRunner>
  const as = ['--as', 'admin@ee.example.org']

  beforeAll(async () => {
    peer = await startTaxiiPeer()
    await peer.add(0, 5)
    dir = mkdtempSync(join(tmpdir(), 'shieldwall-feeds-'))
    run = cliRunner({ DATA_DIR: dir, PEER_TOKEN: peer.token, WRONG_PASSWORD: 'not-a-token', FEED_TIMEOUT_MS: '10000' })
    expect((await run(['setup'])).code).toBe(0)
    expect((await run(['org', 'add', '--name', 'Estonia', '--kind', 'nation', '--country', 'EE'])).code).toBe(0)
    expect((await run(['user', 'add', '--org', 'Estonia', '--email', 'admin@ee.example.org', '--name', 'EE admin', '--roles', 'admin'])).code).toBe(0)
  }, 60_000)
  afterAll(async () => {
    await peer?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const bearer = ['--auth', 'bearer', '--token-env', 'PEER_TOKEN']
  async function add(auth = bearer): Promise<string> {
    const r = await run(['--json', 'intel', 'feed', 'add', ...as, '--name', 'peer', '--api-root', peer.apiRoot, '--collection', peer.collectionId, ...auth, '--page-size', '2', '--tlp', 'amber'])
    expect(r.code, r.err).toBe(0)
    expect(r.out).not.toContain(peer.token)
    return (JSON.parse(r.out) as { id: string }).id
  }

  it('adds a feed with the token from an environment variable, sealed with a key generated in the data folder', async () => {
    const id = await add()
    expect(statSync(join(dir, 'feed-secret.key')).mode & 0o777).toBe(0o600)
    const store = await openStore({ databaseUrl: null, dataDir: dir })
    try {
      const row = await store.db.selectFrom('intel_feed').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
      expect(row.sealed_secret).toMatch(/^v1\./)
      expect(JSON.stringify(row)).not.toContain(peer.token)
    } finally {
      await store.close()
    }
  })

  it('polls a feed now against the peer and prints its state; list and show read it back', async () => {
    const id = await add()
    const polled = await run(['intel', 'feed', 'poll', id, ...as])
    expect(polled.code, polled.err).toBe(0)
    expect(polled.out).toMatch(/objects added\s+5/)
    expect(polled.out).toMatch(/state\s+ok at/)
    const list = await run(['intel', 'feed', 'list'])
    expect(list.out).toContain(id)
    const shown = JSON.parse((await run(['--json', 'intel', 'feed', 'show', id])).out) as { state: { objectsAdded: number; paging: boolean } }
    expect(shown.state).toMatchObject({ objectsAdded: 5, paging: false })
  })

  it('a failed poll prints the error state and exits 1; a missing token variable is a usage error', async () => {
    const r = await run(['--json', 'intel', 'feed', 'add', ...as, '--name', 'bad', '--api-root', peer.apiRoot, '--collection', peer.collectionId, '--auth', 'bearer', '--token-env', 'NO_SUCH_VAR'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/NO_SUCH_VAR is not set/)
    const id = await add(['--auth', 'basic', '--username', 'x', '--password-env', 'WRONG_PASSWORD'])
    const polled = await run(['intel', 'feed', 'poll', id, ...as])
    expect(polled.code).toBe(1)
    expect(polled.out).toMatch(/last error\s+the peer answered HTTP 401/)
  })

  it('removes a feed: it is gone, what it imported stays', async () => {
    const id = await add()
    expect((await run(['intel', 'feed', 'poll', id, ...as])).code).toBe(0)
    const removed = await run(['intel', 'feed', 'remove', id, ...as])
    expect(removed.code, removed.err).toBe(0)
    expect(removed.out).toMatch(new RegExp(`^removed feed ${id} \\(peer\\)`))
    const shown = await run(['intel', 'feed', 'show', id])
    expect(shown.code).toBe(2)
    expect(shown.err).toMatch(/not found/i)
    const store = await openStore({ databaseUrl: null, dataDir: dir })
    try {
      const rows = await store.db.selectFrom('intel_object').innerJoin('org', 'org.id', 'intel_object.org_id').select('intel_object.id').where('org.name', '=', 'Estonia').execute()
      expect(rows).toHaveLength(5)
    } finally {
      await store.close()
    }
  })
})
