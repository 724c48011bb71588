import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

/** `npm start` as a user runs it: a real process, a real port, a real data folder. */
function startProcess(dataDir: string, port: number): { child: ChildProcess; output: () => string; listening: Promise<void>; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()))
  const listening = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (out.includes('listening on')) {
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
  const dir = mkdtempSync(join(tmpdir(), 'shieldwall-start-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const port = 18_000 + (process.pid % 1000)

  it('prints the first admin token once, serves with it, and shuts down cleanly on SIGTERM', async () => {
    const first = startProcess(dir, port)
    await first.listening
    const token = /sw_[A-Za-z0-9_-]{43}/.exec(first.output())?.[0]
    expect(token).toBeDefined()
    expect(first.output()).toContain(`curl -H "Authorization: Bearer ${token}" http://127.0.0.1:${port}/api/v1/me`)
    const me = await fetch(`http://127.0.0.1:${port}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })
    expect(me.status).toBe(200)
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
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: { ...process.env, DATA_DIR: dir, PORT: 'eighty' }, stdio: ['ignore', 'pipe', 'pipe'] })
    let err = ''
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code).toBe(2)
    expect(err).toContain('PORT must be a whole number')
  })
})
