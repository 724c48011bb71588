import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliIn } from '../test/cli'
import { DEVIATIONS } from '../src/formats/stix'
import { DEVIATION_FIXTURES, MISP_REST_SEARCH_ANSWER } from '../src/formats/stix/test-support/deviation-fixtures'

const stored = DEVIATION_FIXTURES.filter((f) => DEVIATIONS[f.deviation].decision !== 'refuse')

describe('shieldwall intel import with deviating STIX', () => {
  let dir: string
  let run: ReturnType<typeof cliIn>
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shieldwall-deviations-'))
    run = cliIn(dir)
    expect((await run('setup')).code).toBe(0)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('refuses each deviation with --strict, and by default prints every acceptance and repair per object', async () => {
    const file = join(dir, 'deviating.json')
    writeFileSync(file, JSON.stringify({ type: 'bundle', id: 'bundle--0a0b0c0d-0000-4000-8000-00000000d0d1', objects: stored.map((f) => f.object) }))
    const strict = await run('intel', 'import', '--strict', file)
    expect(strict.code).toBe(2)
    expect(strict.out).toMatch(/committed\s+no/)
    for (const [i, f] of stored.entries()) expect(strict.out).toContain(`rejected #${i} ${String(f.object.id)}`)

    const lenient = await run('intel', 'import', file)
    expect(lenient.code, lenient.err).toBe(0)
    expect(lenient.out).toMatch(new RegExp(`accepted or repaired\\s+${stored.length}`))
    for (const [i, f] of stored.entries()) {
      const verb = DEVIATIONS[f.deviation].decision === 'accept' ? 'accepted' : 'repaired'
      expect(lenient.out).toContain(`${verb} #${i} ${String(f.object.id)} (${f.deviation}): `)
    }
  })

  it('reads a MISP restSearch answer in attribute form and says so; --strict refuses it', async () => {
    const file = join(dir, 'rest-search.json')
    writeFileSync(file, JSON.stringify(MISP_REST_SEARCH_ANSWER))
    expect((await run('intel', 'misp-import', '--strict', file)).code).toBe(2)
    const lenient = await run('intel', 'misp-import', file)
    expect(lenient.code, lenient.err).toBe(0)
    expect(lenient.out).toContain('repaired the document (misp-rest-search-form): a restSearch answer in attribute form (2 attributes, 0 objects)')
  })
})
