/**
 * TAXII serves the stored text with the hub's marking spliced in: it must be the very object the
 * STIX export writes (exportedObject parses and writes it again), for every real object and TLP.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NO_SHARED_DATA, SHARED_DATA } from '../../../../test/shared-data'
import { markingRefFor } from '../../../formats/stix'
import { TLP_LEVELS } from '../../../tlp'
import { exportedObject } from '../export/stix-export'
import { canonicalJsonOfParsed } from '../import/stored-json'
import type { ObjectRow } from '../intel.store'
import { servedJson, topLevelRefsSpan } from './served-json'

const viaExport = (json: string, tlp: (typeof TLP_LEVELS)[number]) => exportedObject({ json, tlp } as ObjectRow)

describe('served JSON', () => {
  it('adds the hub\u2019s ref, replaces TLP refs, keeps others, and leaves nested refs alone', () => {
    const other = 'marking-definition--11111111-2222-4333-8444-555555555555'
    const cases = [
      { type: 'indicator', id: 'indicator--1', name: 'no refs' },
      { type: 'indicator', id: 'indicator--2', object_marking_refs: [markingRefFor('GREEN'), other] },
      { type: 'indicator', id: 'indicator--3', extensions: { x: { object_marking_refs: [other] } }, name: 'a "quoted" ] } string' },
      { type: 'indicator', id: 'indicator--4', object_marking_refs: [] },
    ]
    for (const obj of cases) {
      const stored = canonicalJsonOfParsed(obj)
      for (const tlp of TLP_LEVELS) expect(JSON.parse(servedJson(stored, tlp)), `${obj.id} ${tlp}`).toEqual(viaExport(stored, tlp))
    }
    expect(topLevelRefsSpan(canonicalJsonOfParsed(cases[2]!))).toBeNull()
  })

  it.skipIf(NO_SHARED_DATA)('is the export\u2019s object for every ATT&CK enterprise object', () => {
    const bundle = JSON.parse(readFileSync(join(SHARED_DATA, 'attack', 'enterprise-attack-18.1.json'), 'utf8')) as { objects: object[] }
    bundle.objects.forEach((obj, i) => {
      const stored = canonicalJsonOfParsed(obj)
      const tlp = TLP_LEVELS[i % TLP_LEVELS.length]!
      expect(JSON.parse(servedJson(stored, tlp))).toEqual(viaExport(stored, tlp))
    })
  })
})
