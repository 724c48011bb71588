/** What a first CLI user tripped over: flags named in errors, how a user gets a token, counts in words. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliIn } from '../test/cli'
import { objectCount, perSecond } from './commands/intel'

describe('the CLI speaks in its own terms', () => {
  let dir: string
  let run: ReturnType<typeof cliIn>
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shieldwall-cli-friction-'))
    run = cliIn(dir)
    await run('setup')
    await run('org', 'add', '--name', 'Latvia', '--kind', 'nation', '--country', 'LV')
    await run('user', 'add', '--org', 'Latvia', '--email', 'poc@cert.lv', '--name', 'POC', '--roles', 'admin,poc')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('names its own flag, not the API field, when a value is wrong', async () => {
    const res = await run('org', 'add', '--name', 'CERT-LV', '--kind', 'cert')
    expect(res.code).toBe(2)
    expect(res.err).toContain('--parent')
    expect(res.err).not.toContain('parentId')
    const wrongParent = await run('org', 'add', '--name', 'CERT-LV', '--kind', 'cert', '--parent', 'Latvia')
    expect(wrongParent.code).toBe(0)
    const underCert = await run('org', 'add', '--name', 'Sub', '--kind', 'cert', '--parent', 'CERT-LV')
    expect(underCert.code).toBe(2)
    expect(underCert.err).toMatch(/--parent/)
  })

  it('mints no token for a user, and says how they get one instead', async () => {
    const res = await run('token', 'issue', '--user', 'poc@cert.lv', '--no-expiry')
    expect(res.code).toBe(2)
    expect(res.err).toContain('shieldwall user enrol --user poc@cert.lv')
  })

  it('counts objects in words that agree with the number', () => {
    expect([objectCount(1), objectCount(0), objectCount(2)]).toEqual(['1 object', '0 objects', '2 objects'])
    expect([perSecond(1), perSecond(250)]).toEqual(['1 object/s', '250 objects/s'])
  })
})
