import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliRunner } from '../test/cli'
import { decisionWorld } from '../test/decisions'
import { startTestHub, type TestHub } from '../test/hub'
import { deadlineOf } from './commands/decisions'

describe('`shieldwall decision` against a running hub', () => {
  let t: TestHub
  let base: string
  let w: Awaited<ReturnType<typeof decisionWorld>>
  beforeAll(async () => {
    t = await startTestHub('sqlite')
    base = await t.hub.app.listen({ host: '127.0.0.1', port: 0 })
    w = await decisionWorld(t)
  })
  afterAll(() => t.close())
  const as = (token: string) => {
    const run = cliRunner({ SHIELDWALL_TOKEN: token })
    return (...argv: string[]) => run([...argv, '--url', base])
  }

  it('proposes, lists, answers and shows the record, down to the outcome', async () => {
    const ee = as(w.ee.admin.token)
    const lv = as(w.lv.admin.token)
    const deadline = new Date(t.clock.now().getTime() + 3_600_000).toISOString()
    const proposed = await ee('decision', 'propose', '--json', '--kind', 'attribution', '--title', 'Attribute the wiper', '--text', 'The Allies attribute it to APT-X.',
      '--to', `${w.lv.org.name},${w.lt.org.id}`, '--procedure', 'consensus', '--deadline', deadline)
    expect(proposed.code, proposed.err).toBe(0)
    const id = (JSON.parse(proposed.out) as { id: string }).id
    const listed = await lv('decision', 'list', '--state', 'open')
    expect(listed.code, listed.err).toBe(0)
    expect(listed.out).toContain(id)
    expect(listed.out).toContain('Attribute the wiper')
    const answered = await lv('decision', 'answer', id, 'concur')
    expect(answered.code, answered.err).toBe(0)
    expect(answered.out).toMatch(/you may answer\s+yes/)
    expect((await as(w.lt.admin.token)('decision', 'answer', id, 'object', '--reason', 'Evidence too thin')).code).toBe(0)
    t.clock.set(deadline)
    await t.hub.jobs.runDue()
    const shown = await lv('decision', 'show', id)
    expect(shown.code, shown.err).toBe(0)
    expect(shown.out).toMatch(/outcome\s+rejected/)
    expect(shown.out).toContain('| The Allies attribute it to APT-X.')
    expect(shown.out).toContain('Evidence too thin')
    const page = await lv('decision', 'show', id, '--html')
    expect(page.out).toMatch(/^<!doctype html>/)
  })

  it('says in one line what is wrong, and exits 2', async () => {
    const lv = as(w.lv.admin.token)
    const bad = await lv('decision', 'answer', '00000000-0000-4000-8000-000000000000', 'maybe')
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/answer maybe\? one of concur, object, abstain, break_silence/)
    const hidden = await lv('decision', 'show', '00000000-0000-4000-8000-000000000000')
    expect(hidden.code).toBe(2)
    expect(hidden.err).toMatch(/the hub refused the proposal \(404/)
    const noText = await lv('decision', 'propose', '--kind', 'free_text', '--title', 'x', '--procedure', 'silence', '--in', '1h', '--to', w.ee.org.id)
    expect(noText.code).toBe(2)
    expect(noText.err).toMatch(/give the text/)
    expect(() => deadlineOf({ in: 'soon' })).toThrow(/--in <minutes m \| hours h \| days d>/)
    expect(deadlineOf({ in: '90m' }, Date.parse('2026-03-01T00:00:00Z'))).toBe('2026-03-01T01:30:00.000Z')
  })
})
