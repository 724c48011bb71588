import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIST_MAIN, ensureBuilt } from './compiled'
import { generatedIndicator } from './intel-bundles'

/** `npm start` as a user runs it (`node dist/src/main.js`, compiled): a real process, a real port, a real data folder. */
function startProcess(dataDir: string, port: number, ready = /listening on/): { child: ChildProcess; output: () => string; listening: Promise<void>; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [DIST_MAIN], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()))
  const listening = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (ready.test(out)) {
        clearInterval(timer)
        resolve()
      } else if (child.exitCode !== null) {
        clearInterval(timer)
        reject(new Error(`exited early: ${out}`))
      }
    }, 50)
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => out, listening, exited }
}

describe('npm start', () => {
  beforeAll(ensureBuilt, 300_000)
  const dir = mkdtempSync(join(tmpdir(), 'shieldwall-start-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const port = 18_000 + (process.pid % 1000)

  it('prints the first admin token once, serves with it, and shuts down cleanly on SIGTERM', async () => {
    // Its lines are separate writes to a pipe: wait for the last one (a first start's `curl` hint).
    const first = startProcess(dir, port, /curl .*\/api\/v1\/me/)
    await first.listening
    const token = /sw_[A-Za-z0-9_-]{43}/.exec(first.output())?.[0]
    expect(token).toBeDefined()
    expect(first.output()).toContain(`curl -H "Authorization: Bearer ${token}" http://127.0.0.1:${port}/api/v1/me`)
    const me = await fetch(`http://127.0.0.1:${port}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })
    expect(me.status).toBe(200)
    // What the compiled hub reads beside its code: the import worker's entry and the STIX pattern grammar.
    const api = (path: string, body: unknown) =>
      fetch(`http://127.0.0.1:${port}/api/v1${path}`, { method: 'POST', body: JSON.stringify(body), headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } })
    const bundleOf = (n: number, objects: unknown[]) => ({ type: 'bundle', id: `bundle--7e1d0000-0000-4000-8000-00000000000${n}`, objects })
    const imported = await api('/intel/bundles', bundleOf(1, [generatedIndicator(1), generatedIndicator(2), generatedIndicator(3)]))
    expect(imported.status).toBe(200)
    expect(await imported.json()).toMatchObject({ added: 3 })
    // A compound pattern is read by the grammar (a simple equality is not): its values are then found.
    const compound = { ...generatedIndicator(4), pattern: "[ipv4-addr:value = '10.99.0.1'] OR [domain-name:value = 'compiled.example']" }
    expect((await api('/intel/bundles', bundleOf(2, [compound]))).status).toBe(200)
    const lookup = await api('/intel/lookup', { values: ['compiled.example'] })
    expect(((await lookup.json()) as { matches: number }).matches).toBe(1)
    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)

    const second = startProcess(dir, port)
    await second.listening
    expect(second.output()).not.toMatch(/sw_[A-Za-z0-9_-]{43}/)
    const again = await fetch(`http://127.0.0.1:${port}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })
    expect(again.status).toBe(200)
    second.child.kill('SIGINT')
    expect(await second.exited).toBe(0)
  })

  it('refuses a bad configuration with the variable named and exit code 2', async () => {
    const child = spawn(process.execPath, [DIST_MAIN], { env: { ...process.env, DATA_DIR: dir, PORT: 'eighty' }, stdio: ['ignore', 'pipe', 'pipe'] })
    let err = ''
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code).toBe(2)
    expect(err).toContain('PORT must be a whole number')
  })
})
