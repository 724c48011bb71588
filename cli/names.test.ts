import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliRunner } from '../test/cli'
import { makeNation, startTestHub, type TestHub } from '../test/hub'
import { DIALECTS } from '../test/store'
import { operatorAsksForHelp } from '../test/assistance-world'
import { addObjects, indicatorFor, testWorld } from '../src/domain/intel/correlation/correlation.test-helper'
import { lookupValues } from '../src/domain/intel/lookup'
import { members } from '../src/domain/members'
import { openStore } from '../src/store/db'
import type { Marking } from '../src/tlp'

describe('the CLI prints names beside ids: intel lookup and audit list (the hub\u2019s own store)', () => {
  let dir: string
  let run: ReturnType<typeof cliRunner>

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shieldwall-names-'))
    run = cliRunner({ DATA_DIR: dir })
    expect((await run(['setup'])).code).toBe(0)
    expect((await run(['org', 'add', '--name', 'Estonia', '--kind', 'nation', '--country', 'EE'])).code).toBe(0)
    expect((await run(['org', 'add', '--name', 'Latvia', '--kind', 'nation', '--country', 'LV'])).code).toBe(0)
    expect((await run(['org', 'add', '--name', 'CERT-LV Secret Unit', '--kind', 'cert', '--parent', 'Latvia'])).code).toBe(0)
    expect((await run(['user', 'add', '--org', 'Estonia', '--email', 'ee@example.org', '--name', 'Eve Estonian'])).code).toBe(0)
    expect((await run(['user', 'add', '--org', 'Latvia', '--email', 'lv@example.org', '--name', 'Liga Latvian'])).code).toBe(0)
    expect((await run(['user', 'add', '--org', 'CERT-LV Secret Unit', '--email', 'sec@example.org', '--name', 'Sec'])).code).toBe(0)
    const store = await openStore({ databaseUrl: null, dataDir: dir })
    try {
      const w = testWorld(store)
      const lv = (await members.findUserByEmailOrId(w.deps, 'lv@example.org'))!
      const sec = (await members.findUserByEmailOrId(w.deps, 'sec@example.org'))!
      const lvActor = await members.actorFor(store.db, lv)
      const secActor = await members.actorFor(store.db, sec)
      const mk = (tlp: Marking['tlp'], a: typeof lvActor, users: string[] = []): Marking => ({ tlp, audienceOrgs: [], audienceUsers: users, originatorOrg: a.orgId, originatorUser: a.userId })
      await addObjects(w, lvActor, mk('GREEN', lvActor), [indicatorFor("[domain-name:value = 'evil.example.org']")])
      await addObjects(w, secActor, mk('RED', secActor, [sec.id]), [indicatorFor("[domain-name:value = 'evil.example.org']")])
      // An audited act of a named user: a lookup that matches an object under RED.
      await lookupValues(w.deps, secActor, { values: ['evil.example.org'] })
    } finally {
      await store.close()
    }
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('intel lookup names the uploading organization, and never one whose object the viewer may not see', async () => {
    const res = await run(['intel', 'lookup', '-', '--as', 'ee@example.org'], 'evil.example.org\n')
    expect(res.code, res.err).toBe(0)
    expect(res.out.split('\n')[0]).toMatch(/ORG +ORGNAME/)
    expect(res.out).toMatch(/ Latvia /)
    expect(res.out).not.toContain('Secret Unit')
    expect(res.out).toContain('1 values, 1 visible matches')
  })

  it('audit list names who acted and their organization beside the ids', async () => {
    const res = await run(['audit', 'list', '--limit', '1000'])
    expect(res.code, res.err).toBe(0)
    expect(res.out).toMatch(/Sec <[0-9a-f-]{36}> \(CERT-LV Secret Unit\) +intel\.lookup/)
    const json = JSON.parse((await run(['--json', 'audit', 'list'])).out) as { actor: string; actorName: string | null; actorOrgName: string | null }[]
    expect(json.some((e) => e.actorName === 'Sec' && e.actorOrgName === 'CERT-LV Secret Unit')).toBe(true)
    expect((await run(['audit', 'list', '--limit', '0'])).code).toBe(2)
  })
})

describe.each(DIALECTS)('the CLI\u2019s candidate and offer lists name organizations (%s)', (dialect) => {
  let t: TestHub
  let base: string
  beforeAll(async () => {
    t = await startTestHub(dialect)
    base = await t.hub.app.listen({ host: '127.0.0.1', port: 0 })
  })
  afterAll(() => t.close())

  it('assistance candidates and assistance offers print the organization name beside its id', async () => {
    const w = await operatorAsksForHelp(t)
    const candidates = await cliRunner({ SHIELDWALL_TOKEN: w.reporter.token })(['assistance', 'candidates', w.requestId, '--url', base])
    expect(candidates.code, candidates.err).toBe(0)
    expect(candidates.out).toContain(`${w.provider.org.name} <${w.provider.org.id}>`)
    const offers = await cliRunner({})(['assistance', 'offers', '--url', base, '--token', w.provider.admin.token])
    expect(offers.code, offers.err).toBe(0)
    expect(offers.out).toContain(`${w.provider.org.name} <${w.provider.org.id}>`)
    expect(offers.out).toContain(w.offerId)
  })

  it('a request the caller may not see is refused in one line, exit code 2', async () => {
    const stranger = await makeNation(t)
    const w = await operatorAsksForHelp(t)
    const res = await cliRunner({ SHIELDWALL_TOKEN: stranger.admin.token })(['assistance', 'candidates', w.requestId, '--url', base])
    expect(res.code).toBe(2)
    expect(res.err).toMatch(/^shieldwall: the hub refused the candidates \(404/)
  })
})
