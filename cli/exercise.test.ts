import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliRunner } from '../test/cli'
import { makeController } from '../test/exercises'
import { makeNation, startTestHub, type TestHub } from '../test/hub'

describe('`shieldwall exercise` against a running hub', () => {
  let t: TestHub
  let base: string
  let ctl: { token: string }
  let nations: Awaited<ReturnType<typeof makeNation>>[]
  const dir = mkdtempSync(join(tmpdir(), 'sw-exercise-cli-'))
  beforeAll(async () => {
    t = await startTestHub('sqlite')
    base = await t.hub.app.listen({ host: '127.0.0.1', port: 0 })
    ctl = await makeController(t)
    nations = [await makeNation(t), await makeNation(t)]
  })
  afterAll(() => t.close())
  const as = (token: string) => {
    const run = cliRunner({ SHIELDWALL_TOKEN: token })
    return (...argv: string[]) => run([...argv, '--url', base])
  }

  it('validates a CSV sheet locally, naming each error by line and column, and exits 2', async () => {
    const sheet = join(dir, 'bad.csv')
    writeFileSync(sheet, ['Serial,Offset,Scenario time,Type,From,To,Channel,Content,Expected id,Expected action,Check,Within', 'A,H+00:00,,inject,EE,,fax,hello,,,,', 'B,soon,,inject,EE,,message,hi,,,,'].join('\n'))
    const res = await cliRunner({})(['exercise', 'validate', sheet, '--start', '2026-04-14T08:00:00Z'])
    expect(res.code).toBe(2)
    expect(res.err).toContain('line 2: Channel')
    expect(res.err).toContain('line 3: Offset')
  })

  it('creates, starts, jumps, lists injects, reports and keeps a lesson', async () => {
    const [a, b] = nations.map((n) => n.country) as [string, string]
    const file = join(dir, 'drill.yaml')
    writeFileSync(file, `name: CLI drill\nstart: 2026-04-14T08:00:00Z\nevents:\n  - { serial: M1, offset: "H+01:00", type: inject, from: ${a}, to: [${b}], channel: message, content: { text: Call us } }\n`)
    const run = as(ctl.token)
    const created = await run('exercise', 'create', '--json', '--name', 'CLI drill', '--participants', `${a},${b}`, '--simulated', b, '--scenario', file, '--speed', '60')
    expect(created.code, created.err).toBe(0)
    const id = (JSON.parse(created.out) as { id: string }).id
    expect((await run('exercise', 'start', id)).out).toMatch(/state\s+running/)
    const jumped = await run('exercise', 'jump', id, '--to', '2026-04-14T09:00:00Z')
    expect(jumped.out).toMatch(/injects\s+1 released/)
    const injects = await run('exercise', 'injects', id)
    expect(injects.out).toMatch(/M1\s+H\+01:00\s+message/)
    expect((await as(nations[1]!.admin.token)('exercise', 'lesson', id, '--title', 'Call trees', '--text', 'Our call tree was out of date')).code).toBe(0)
    const lessons = await run('exercise', 'lessons', '--q', 'call tree')
    expect(lessons.out).toContain('Our call tree was out of date')
    const report = await run('exercise', 'report', id)
    expect(JSON.parse(report.out)).toMatchObject({ exercise: { id, state: 'running' }, lessons: [{ title: 'Call trees' }] })
    const pdf = join(dir, 'report.pdf')
    expect((await run('exercise', 'report', id, '--pdf', pdf)).code).toBe(0)
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')
  }, 60_000)
})
