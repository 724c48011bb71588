import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { cliIn } from '../test/cli'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from './main'

/** Runs the CLI in process against its own data folder, capturing what it prints. */
const cli = cliIn

describe('the shieldwall CLI', () => {
  let dir: string
  let run: ReturnType<typeof cli>
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'shieldwall-cli-'))
    run = cli(dir)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('sets up the hub once, printing the first admin token only the first time', async () => {
    const first = await run('setup')
    expect(first.code).toBe(0)
    expect(first.out).toMatch(/sw_[A-Za-z0-9_-]{43}/)
    const second = await run('setup')
    expect(second.out).toBe('the hub is already set up')
  })

  it('admits organizations, adds users, enrols, disables and re-enables them, with --json for scripts; mints no token for anyone', async () => {
    expect((await run('org', 'add', '--name', 'Estonia', '--kind', 'nation', '--country', 'ee')).code).toBe(0)
    expect((await run('org', 'add', '--name', 'CERT-EE', '--kind', 'cert', '--parent', 'Estonia')).code).toBe(0)
    const list = await run('--json', 'org', 'list')
    const orgs = JSON.parse(list.out) as { name: string; kind: string }[]
    expect(orgs.map((o) => o.name)).toEqual(expect.arrayContaining(['Estonia', 'CERT-EE']))
    expect((await run('user', 'add', '--org', 'CERT-EE', '--email', 'analyst@cert.ee', '--name', 'Analyst', '--roles', 'analyst,poc')).code).toBe(0)
    const enrol = await run('user', 'enrol', '--user', 'analyst@cert.ee')
    expect(enrol.code, enrol.err).toBe(0)
    expect(enrol.out).toMatch(/^http:\/\/localhost:8080\/enrol\/se_[A-Za-z0-9_-]{43}\n\(enrolment link for analyst@cert.ee: works once/)
    const minted = await run('token', 'issue', '--user', 'analyst@cert.ee')
    expect(minted.code).toBe(2)
    expect(minted.err).toMatch(/nobody issues API tokens for another user.*user enrol --user analyst@cert.ee/)
    const disabled = JSON.parse((await run('--json', 'user', 'disable', '--user', 'analyst@cert.ee')).out) as { disabledAt: string | null }
    expect(disabled.disabledAt).not.toBeNull()
    expect((await run('user', 'enrol', '--user', 'analyst@cert.ee')).err).toBe('shieldwall: That user is disabled; enable them first')
    const enabled = JSON.parse((await run('--json', 'user', 'enable', '--user', 'analyst@cert.ee')).out) as { link: string }
    expect(enabled.link).toMatch(/\/enrol\/se_/)
  })

  it('answers bad input with one clear line and exit code 2, changing nothing', async () => {
    const before = (await run('--json', 'org', 'list')).out
    for (const argv of [
      ['org', 'add', '--name', 'Atlantis', '--kind', 'nation', '--country', 'QQ'],
      ['org', 'add', '--name', 'Estonia', '--kind', 'nation', '--country', 'EE'],
      ['org', 'add', '--name', 'X', '--kind', 'empire'],
      ['user', 'add', '--org', 'Nowhere', '--email', 'a@b.cd', '--name', 'A'],
      ['user', 'add', '--org', 'Estonia', '--email', 'not-an-address', '--name', 'A'],
      ['token', 'issue', '--user', 'ghost@nowhere.org'],
      ['no-such-command'],
    ]) {
      const r = await run(...argv)
      expect(r.code, argv.join(' ')).toBe(2)
      expect(r.err.split('\n').filter(Boolean), argv.join(' ')).toHaveLength(1)
    }
    expect((await run('--json', 'org', 'list')).out).toBe(before)
  })

  it('audit verify passes on an intact chain and names the first broken link after tampering', async () => {
    const ok = await run('--json', 'audit', 'verify')
    expect(ok.code).toBe(0)
    const good = JSON.parse(ok.out) as { ok: boolean; entries: number }
    expect(good).toMatchObject({ ok: true })
    expect(good.entries).toBeGreaterThan(4)

    // Behind the hub's back: rewrite what the third entry says happened.
    const raw = new Database(join(dir, 'shieldwall.db'))
    raw.prepare("update audit_log set detail = '{\"name\":\"forged\"}' where seq = 3").run()
    raw.close()

    const broken = await run('audit', 'verify')
    expect(broken.code).toBe(1)
    expect(broken.err).toBe('shieldwall: audit chain broken at entry 3: entry content does not match its hash')
  })

  it('refuses a bad configuration with the variable named', async () => {
    const out: string[] = []
    const err: string[] = []
    const code = await runCli(['org', 'list'], { out: (l) => out.push(l), err: (l) => err.push(l), isTty: false, env: { DATA_DIR: dir, DATABASE_URL: 'mysql://x' } })
    expect(code).toBe(2)
    expect(err.join('')).toMatch(/DATABASE_URL must start with postgres/)
  })
})
