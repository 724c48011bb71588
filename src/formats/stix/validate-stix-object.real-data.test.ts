import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadOasisJudge, NO_SHARED_DATA, objectsOf, SHARED_DATA } from './test-support/oasis-judge'
import type { OasisJudge } from './test-support/oasis-judge'
import { validateStixObject } from './validate-stix-object'

let oasis: OasisJudge
beforeAll(() => {
  if (!NO_SHARED_DATA) oasis = loadOasisJudge()
})

const EXAMPLE_DIRS = ['cti-documentation', 'cti-stix2-json-schemas'].map((d) => join(SHARED_DATA, 'stix2.1-examples', d))
const exampleFiles = (NO_SHARED_DATA ? [] : EXAMPLE_DIRS).flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f)),
)

/** Compares our verdict with OASIS's on every object; returns what was compared, and our wrong refusals. */
const compareOnFile = (file: string) => {
  let acceptedByOasis = 0
  const refusedByUsOnly: { id: unknown; errors: unknown }[] = []
  for (const obj of objectsOf(file)) {
    if (!oasis.accepts(obj)) continue
    acceptedByOasis++
    const ours = validateStixObject(obj)
    if (!ours.ok) refusedByUsOnly.push({ id: obj.id, errors: ours.errors })
  }
  return { acceptedByOasis, refusedByUsOnly }
}

describe.skipIf(NO_SHARED_DATA)('every real object the OASIS schemas accept, ours accept', () => {
  it('loads all 57 OASIS schemas', () => {
    expect(oasis.schemaCount).toBe(57)
  })

  it.each(exampleFiles.map((f) => [f.split('/').slice(-2).join('/'), f]))('in the example %s', (_name, file) => {
    const { acceptedByOasis, refusedByUsOnly } = compareOnFile(file)
    expect(acceptedByOasis).toBeGreaterThan(0)
    expect(refusedByUsOnly).toEqual([])
  })

  it('in ATT&CK for ICS 18.1 (1,826 objects)', () => {
    const { acceptedByOasis, refusedByUsOnly } = compareOnFile(join(SHARED_DATA, 'attack', 'ics-attack-18.1.json'))
    expect(acceptedByOasis).toBe(1826)
    expect(refusedByUsOnly).toEqual([])
  })

  it('in ATT&CK Enterprise 18.1 (24,772 objects)', () => {
    const { acceptedByOasis, refusedByUsOnly } = compareOnFile(join(SHARED_DATA, 'attack', 'enterprise-attack-18.1.json'))
    expect(acceptedByOasis).toBe(24_772)
    expect(refusedByUsOnly).toEqual([])
  })
})
