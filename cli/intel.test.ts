import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { cliIn } from '../test/cli'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generatedIndicator, writeIndicatorBundle } from '../test/intel-bundles'
import { BIN, ensureBuilt } from '../test/compiled'
import { NO_SHARED_DATA, SHARED_DATA } from '../test/shared-data'


const cli = cliIn

const bundleOf = (objects: unknown[]) => JSON.stringify({ type: 'bundle', id: 'bundle--0a0b0c0d-0000-4000-8000-000000000001', objects })

describe('shieldwall intel', () => {
  let dir: string
  let run: ReturnType<typeof cli>
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shieldwall-intel-'))
    run = cli(dir)
    expect((await run('setup')).code).toBe(0)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('imports a bundle with a summary, refuses a broken one whole, and keeps the valid part with --partial', async () => {
    const good = join(dir, 'good.json')
    writeFileSync(good, bundleOf([generatedIndicator(1), generatedIndicator(2)]))
    const first = await run('--json', 'intel', 'import', good)
    expect(first.code).toBe(0)
    expect(JSON.parse(first.out)).toMatchObject({ added: 2, duplicates: 0, committed: true })
    const again = await run('intel', 'import', good)
    expect(again.out).toMatch(/duplicates\s+2/)

    const broken = join(dir, 'broken.json')
    writeFileSync(broken, bundleOf([generatedIndicator(3), { ...generatedIndicator(4), pattern_type: undefined }]))
    const refused = await run('intel', 'import', broken)
    expect(refused.code).toBe(2)
    expect(refused.out).toContain(`rejected #1 ${String(generatedIndicator(4).id)}: /pattern_type`)
    expect(refused.out).toMatch(/committed\s+no/)
    const partial = await run('--json', 'intel', 'import', '--partial', broken)
    expect(JSON.parse(partial.out)).toMatchObject({ added: 1, rejectedCount: 1, committed: true })

    const malformed = join(dir, 'malformed.json')
    writeFileSync(malformed, bundleOf([generatedIndicator(5)]).slice(0, 200))
    const bad = await run('intel', 'import', malformed)
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('not valid JSON')
    expect((await run('intel', 'import', join(dir, 'missing.json'))).code).toBe(2)
  })

  it.skipIf(NO_SHARED_DATA)('exports what a member may see, and imports MISP events', async () => {
    expect((await run('org', 'add', '--name', 'Latvia', '--kind', 'nation', '--country', 'LV')).code).toBe(0)
    expect((await run('user', 'add', '--org', 'Latvia', '--email', 'a@lv.example', '--name', 'A')).code).toBe(0)
    // Intel is linked only to an incident the uploader takes part in; "inc-1" is none, so nothing is imported.
    const unlinked = await run('--json', 'intel', 'misp-import', join(SHARED_DATA, 'misp', 'misp_indicators_test.json'), '--as', 'a@lv.example', '--incident', 'inc-1')
    expect(unlinked.code).toBe(2)
    expect(unlinked.err).toContain('Incident not found or not visible to you')
    const misp = await run('--json', 'intel', 'misp-import', join(SHARED_DATA, 'misp', 'misp_indicators_test.json'), '--as', 'a@lv.example')
    expect(misp.code).toBe(0)
    expect(JSON.parse(misp.out).added).toBeGreaterThan(10)

    const hub = JSON.parse((await run('intel', 'export')).out) as { objects: { id: string; type: string }[] }
    expect(hub.objects.map((o) => o.id)).toContain(generatedIndicator(1).id)
    const member = JSON.parse((await run('intel', 'export', '--as', 'a@lv.example', '--type', 'indicator')).out) as { objects: { id: string; type: string }[] }
    // The hub's own imports are AMBER+STRICT to the hub: a Latvian user sees none of them.
    expect(member.objects.map((o) => o.id)).not.toContain(generatedIndicator(1).id)
    expect(member.objects.filter((o) => o.type === 'indicator').length).toBeGreaterThan(5)
    expect((await run('intel', 'export', '--max-tlp', 'purple')).code).toBe(2)
  })

  it('an import killed with SIGKILL half way leaves nothing of its bundle, and a re-run completes', async () => {
    ensureBuilt()
    const big = join(dir, 'big.json')
    // The first progress line comes after the first batch (2,000 objects) is written: the rest must
    // outlast the kill's journey, and a bigger bundle only makes the re-run longer.
    const count = 30_000
    await writeIndicatorBundle(big, count)
    const dataDir = join(dir, 'killed')
    expect((await cli(dataDir)('setup')).code).toBe(0)
    const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' }
    const shieldwall = BIN

    const child = spawn(process.execPath, [shieldwall, 'intel', 'import', big], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let progress = ''
    const killedMidway = await new Promise<boolean>((resolve) => {
      child.stderr.on('data', (d: Buffer) => {
        progress += d.toString()
        // The first progress line: objects are being written inside the import's transaction.
        if (/imported \d+ objects/.test(progress) && child.exitCode === null) {
          child.kill('SIGKILL')
          resolve(true)
        }
      })
      child.on('exit', () => resolve(false))
    })
    await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.on('exit', r)))
    expect(killedMidway, progress).toBe(true)
    expect(child.signalCode).toBe('SIGKILL')
    expect(Number(/imported (\d+) objects/.exec(progress)![1])).toBeLessThan(count)

    const db = new Database(join(dataDir, 'shieldwall.db'))
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(db.prepare('select count(*) as n from intel_object').get()).toEqual({ n: 0 })
      expect(db.prepare('select count(*) as n from intel_posting').get()).toEqual({ n: 0 })
      expect(db.prepare("select count(*) as n from outbox_event where type = 'intel.added'").get()).toEqual({ n: 0 })
    } finally {
      db.close()
    }

    const rerun = spawn(process.execPath, [shieldwall, '--json', 'intel', 'import', big], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    rerun.stdout.on('data', (d: Buffer) => (out += d.toString()))
    const code = await new Promise((r) => rerun.on('exit', r))
    expect(code).toBe(0)
    expect(JSON.parse(out)).toMatchObject({ added: count, committed: true })
    const after = new Database(join(dataDir, 'shieldwall.db'), { readonly: true })
    try {
      expect(after.prepare('select count(*) as n from intel_object').get()).toEqual({ n: count })
      expect(after.prepare('select count(*) as n from intel_posting').get()).toEqual({ n: count })
    } finally {
      after.close()
    }
  }, 180_000)
})
