import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cliRunner } from '../test/cli'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { actorOf, addObjects, indicatorFor, testWorld } from '../src/domain/intel/correlation/correlation.test-helper'
import { openStore } from '../src/store/db'
import type { Marking } from '../src/tlp'

const cli = (dataDir: string) => cliRunner({ DATA_DIR: dataDir })

describe('shieldwall intel lookup', () => {
  let dir: string
  let run: ReturnType<typeof cli>
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shieldwall-lookup-'))
    run = cli(dir)
    expect((await run(['setup'])).code).toBe(0)
    expect((await run(['org', 'add', '--name', 'Estonia', '--kind', 'nation', '--country', 'EE'])).code).toBe(0)
    expect((await run(['org', 'add', '--name', 'Latvia', '--kind', 'nation', '--country', 'LV'])).code).toBe(0)
    expect((await run(['user', 'add', '--org', 'Estonia', '--email', 'ee@example.org', '--name', 'EE'])).code).toBe(0)
    expect((await run(['user', 'add', '--org', 'Latvia', '--email', 'lv@example.org', '--name', 'LV'])).code).toBe(0)
    const orgs = JSON.parse((await run(['--json', 'org', 'list'])).out) as { id: string; name: string; parentId: string | null }[]
    const lv = orgs.find((o) => o.name === 'Latvia')!
    const store = await openStore({ databaseUrl: null, dataDir: dir })
    try {
      const w = testWorld(store)
      const actor = actorOf('lv-uploader', [lv.id, lv.parentId!])
      const mk = (tlp: Marking['tlp']): Marking => ({ tlp, audienceOrgs: [lv.id], audienceUsers: [], originatorOrg: lv.id, originatorUser: actor.userId })
      ids.green = (await addObjects(w, actor, mk('GREEN'), [indicatorFor("[domain-name:value = 'evil.example.org']")]))[0]!.stixId
      ids.amber = (await addObjects(w, actor, mk('AMBER'), [indicatorFor("[ipv4-addr:value = '185.30.30.30']")]))[0]!.stixId
    } finally {
      await store.close()
    }
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('prints the matches the chosen user may see, from a file, and nothing else', async () => {
    const file = join(dir, 'values.txt')
    writeFileSync(file, '# suspects\nEVIL.example.org\n185.30.30.30\n\n8.8.8.8\n')
    const res = await run(['intel', 'lookup', file, '--as', 'ee@example.org'])
    expect(res.code).toBe(0)
    expect(res.out).toContain(ids.green)
    expect(res.out).not.toContain(ids.amber)
    expect(res.out).toContain('3 values, 1 visible matches')
    expect(res.out).toMatch(/on warning lists: 1 \(8\.8\.8\.8/)
  })

  it('reads standard input with -, and prints JSON with --json', async () => {
    const res = await run(['--json', 'intel', 'lookup', '-', '--as', 'lv@example.org'], 'evil.example.org\n185.30.30.30\n')
    expect(res.code).toBe(0)
    const body = JSON.parse(res.out) as { values: number; matches: number; results: { matches: { objectId: string }[] }[] }
    expect(body.values).toBe(2)
    expect(body.results.flatMap((r) => r.matches.map((m) => m.objectId)).sort()).toEqual([ids.green, ids.amber].sort())
  })

  it('answers bad input with one line and exit code 2', async () => {
    expect(await run(['intel', 'lookup', join(dir, 'nope.txt')])).toMatchObject({ code: 2, err: expect.stringContaining('cannot read') })
    expect(await run(['intel', 'lookup', '-', '--as', 'nobody@example.org'], 'x\n')).toMatchObject({ code: 2, err: expect.stringContaining('no active user') })
    expect(await run(['intel', 'lookup', '-', '--batch', '0'], 'x\n')).toMatchObject({ code: 2, err: expect.stringContaining('--batch') })
  })
})
