import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cliRunner } from '../test/cli'

// The vocabularies are the hub's code, not its data: the command opens no database.
const nowhere = join(tmpdir(), `shieldwall-vocab-${process.pid}-none`)
const run = (...argv: string[]) => cliRunner({ DATA_DIR: nowhere })(argv)

describe('shieldwall vocab', () => {
  it('lists every vocabulary with its size and source', async () => {
    const r = await run('vocab')
    expect(r.code).toBe(0)
    for (const name of ['capability-categories', 'nis2-sectors', 'rsit-classes', 'rsit-types', 'nciss-levels', 'languages', 'urgencies']) expect(r.out).toContain(name)
    expect(r.out).toContain('Directive (EU) 2022/2555')
  })

  it('prints one vocabulary with labels and details, or JSON for scripts', async () => {
    const r = await run('vocab', 'nciss-levels')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^4\s+Severe\s+colour=red\s*$/m)
    const json = JSON.parse((await run('--json', 'vocab', 'urgencies')).out) as { values: { id: string }[] }
    expect(json.values.map((v) => v.id)).toEqual(['critical', 'high', 'medium', 'low'])
  })

  it('an unknown name exits 2 naming those there are', async () => {
    const r = await run('vocab', 'colours')
    expect(r.code).toBe(2)
    expect(r.err).toContain('there are: capability-categories')
  })

  it('opens no database', () => {
    expect(existsSync(nowhere)).toBe(false)
  })
})
