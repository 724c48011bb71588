import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliIn } from '../test/cli'
import { BIN, ensureBuilt, ROOT } from '../test/compiled'
import { buildProgram, COMMAND_MODULES } from './main'

/**
 * The installed `shieldwall` runs the compiled CLI and loads only the code of the command it
 * runs. A module-load hook (Node's customization hooks, in the child) lists every module of ours
 * that a run loads.
 */
describe('the shieldwall bin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shieldwall-bin-'))
  const hooks = join(dir, 'hooks.mjs')
  const register = join(dir, 'register.mjs')
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  beforeAll(async () => {
    ensureBuilt()
    writeFileSync(hooks, `import { appendFileSync } from 'node:fs'
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.SW_LOADED_LOG, url + '\\n')
  return next(url, context)
}
`)
    writeFileSync(register, `import { register } from 'node:module'\nregister(${JSON.stringify(pathToFileURL(hooks).href)})\n`)
    expect((await cliIn(join(dir, 'hub'))('setup')).code).toBe(0)
  }, 300_000)

  /** Runs the bin as installed; returns its output and the modules of this repository it loaded. */
  const runBin = (...argv: string[]) => {
    const log = join(dir, `loaded-${argv.join('-').replace(/\W+/g, '_')}.txt`)
    writeFileSync(log, '')
    const r = spawnSync(process.execPath, ['--import', register, BIN, ...argv], {
      env: { ...process.env, DATA_DIR: join(dir, 'hub'), SW_LOADED_LOG: log, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    })
    const ours = readFileSync(log, 'utf8').split('\n').filter((u) => u.startsWith(pathToFileURL(ROOT).href) && !u.includes('/node_modules/'))
    return { code: r.status, out: r.stdout, err: r.stderr, loaded: ours.map((u) => u.slice(pathToFileURL(ROOT).href.length + 1)) }
  }

  it('prints the help of every command from compiled code, loading no command module', () => {
    const help = runBin('--help')
    expect(help.code, help.err).toBe(0)
    for (const name of COMMAND_MODULES.flatMap((m) => Object.keys(m.commands))) expect(help.out).toMatch(new RegExp(`^  ${name}\\b`, 'm'))
    expect(help.loaded).toContain('dist/cli/main.js')
    expect(help.loaded.filter((f) => f.endsWith('.ts'))).toEqual([])
    expect(help.loaded.filter((f) => f.startsWith('dist/cli/commands/') || f.startsWith('dist/src/store/') || f.startsWith('dist/src/domain/'))).toEqual([])
  })

  it('runs `org list` with the members commands only, not the hub, the HTTP API or the other commands', () => {
    const list = runBin('--json', 'org', 'list')
    expect(list.code, list.err).toBe(0)
    expect(JSON.parse(list.out)).toMatchObject([{ kind: 'hub' }])
    expect(list.loaded).toContain('dist/cli/commands/members.js')
    const other = list.loaded.filter((f) => /^dist\/cli\/commands\/(?!members)/.test(f) || f === 'dist/src/hub.js' || f.startsWith('dist/src/http/') || f.startsWith('dist/src/live/'))
    expect(other).toEqual([])
  })
})

describe('the CLI command table', () => {
  it('lists each top-level command with the description its module registers', async () => {
    const io = { out: () => undefined, err: () => undefined, isTty: false, env: {} }
    const registered = (await buildProgram(io, 'all')).commands.map((c) => [c.name(), c.description()])
    const listed = COMMAND_MODULES.flatMap((m) => Object.entries(m.commands))
    expect(Object.fromEntries(listed)).toEqual(Object.fromEntries(registered))
    expect(listed).toHaveLength(registered.length)
  })
})
