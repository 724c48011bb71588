import { beforeAll, describe, expect, it } from 'vitest'
import { TLP_LEVELS } from '../../tlp/marking'
import { loadOasisJudge, NO_SHARED_DATA } from './test-support/oasis-judge'
import type { OasisJudge } from './test-support/oasis-judge'
import {
  TLP_1_MARKING_DEFINITIONS, TLP_2_EXTENSION_ID, TLP_2_MARKING_DEFINITIONS, markingRefFor, tlpOfMarkingRefs,
} from './tlp-markings'
import { validateStixObject } from './validate-stix-object'

let oasis: OasisJudge
beforeAll(() => {
  if (!NO_SHARED_DATA) oasis = loadOasisJudge()
})

const TLP2 = {
  CLEAR: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  GREEN: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  AMBER: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'AMBER+STRICT': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  RED: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
}
const TLP1 = {
  WHITE: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  GREEN: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  AMBER: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  RED: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
}
const STATEMENT = 'marking-definition--fa42a846-8d90-4e51-bc29-71d5b4802168'

describe.skipIf(NO_SHARED_DATA)('the published TLP marking definitions', () => {
  it.each(TLP_LEVELS)('TLP 2.0 %s has its published id, name and tlp_2_0 value', (tlp) => {
    const def = TLP_2_MARKING_DEFINITIONS[tlp]
    expect(def.id).toBe(TLP2[tlp])
    expect(def.name).toBe(`TLP:${tlp}`)
    expect(def.created).toBe('2022-10-01T00:00:00.000Z')
    expect(def.extensions?.[TLP_2_EXTENSION_ID]).toEqual({ extension_type: 'property-extension', tlp_2_0: tlp.toLowerCase() })
    expect(markingRefFor(tlp)).toBe(TLP2[tlp])
  })

  it('the TLP 1.0 definitions are the ones the OASIS schema pins by id, name and level', () => {
    const defs = Object.values(TLP_1_MARKING_DEFINITIONS)
    expect(defs.map((d) => d.id)).toEqual(Object.values(TLP1))
    for (const def of defs) expect(oasis.accepts({ ...def })).toBe(true)
  })

  it('a TLP 1.0 definition with a changed name is refused by the OASIS schema (the judge pins them)', () => {
    expect(oasis.accepts({ ...TLP_1_MARKING_DEFINITIONS.red, name: 'TLP:ROUGE' })).toBe(false)
  })

  it.each([...Object.values(TLP_2_MARKING_DEFINITIONS), ...Object.values(TLP_1_MARKING_DEFINITIONS)].map((d) => [d.name, d]))(
    '%s is accepted by our validator and by OASIS',
    (_name, def) => {
      expect(validateStixObject(def)).toMatchObject({ ok: true })
      expect(oasis.accepts({ ...def })).toBe(true)
    },
  )

  it('the definitions cannot be changed by a caller', () => {
    expect(Object.isFrozen(TLP_2_MARKING_DEFINITIONS.RED)).toBe(true)
    expect(Object.isFrozen(TLP_1_MARKING_DEFINITIONS.white)).toBe(true)
  })
})

describe('tlpOfMarkingRefs: the most restrictive TLP among the refs', () => {
  it.each([
    [[TLP2.CLEAR], 'CLEAR'],
    [[TLP2.GREEN], 'GREEN'],
    [[TLP2.AMBER], 'AMBER'],
    [[TLP2['AMBER+STRICT']], 'AMBER+STRICT'],
    [[TLP2.RED], 'RED'],
    [[TLP1.WHITE], 'CLEAR'],
    [[TLP1.GREEN], 'GREEN'],
    [[TLP1.AMBER], 'AMBER'],
    [[TLP1.RED], 'RED'],
    [[TLP2.GREEN, TLP2.AMBER, TLP2.CLEAR], 'AMBER'],
    [[TLP2['AMBER+STRICT'], TLP1.AMBER], 'AMBER+STRICT'],
    [[TLP1.WHITE, TLP2.RED, TLP2.GREEN], 'RED'],
    [[STATEMENT, TLP2.GREEN], 'GREEN'],
  ])('%j -> %s', (refs, expected) => {
    expect(tlpOfMarkingRefs(refs)).toBe(expected)
  })

  it.each([[undefined], [[]], [[STATEMENT]], [['marking-definition--00000000-0000-4000-8000-000000000000']]])(
    'no TLP marking in %j -> null',
    (refs) => {
      expect(tlpOfMarkingRefs(refs)).toBeNull()
    },
  )

  const OWN_TLP1 = 'marking-definition--11111111-1111-4111-8111-111111111111'
  const OWN_TLP2 = 'marking-definition--22222222-2222-4222-8222-222222222222'
  const OWN_STATEMENT = 'marking-definition--33333333-3333-4333-8333-333333333333'
  const inline = new Map<string, object>([
    [OWN_TLP1, { type: 'marking-definition', id: OWN_TLP1, definition_type: 'tlp', definition: { tlp: 'amber' } }],
    [OWN_TLP2, { type: 'marking-definition', id: OWN_TLP2, extensions: { [TLP_2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: 'amber+strict' } } }],
    [OWN_STATEMENT, { type: 'marking-definition', id: OWN_STATEMENT, definition_type: 'statement', definition: { statement: 'Copyright' } }],
  ])

  it("reads a bundle's own definition_type 'tlp' marking", () => {
    expect(tlpOfMarkingRefs([OWN_TLP1], inline)).toBe('AMBER')
    expect(tlpOfMarkingRefs([OWN_TLP1, TLP2.GREEN], inline)).toBe('AMBER')
  })

  it("reads a bundle's own TLP 2.0 extension marking", () => {
    expect(tlpOfMarkingRefs([OWN_TLP2, OWN_TLP1], inline)).toBe('AMBER+STRICT')
    expect(tlpOfMarkingRefs([OWN_TLP2, TLP1.RED], inline)).toBe('RED')
  })

  it("ignores a bundle's statement markings and refs it does not carry", () => {
    expect(tlpOfMarkingRefs([OWN_STATEMENT], inline)).toBeNull()
    expect(tlpOfMarkingRefs([OWN_TLP1])).toBeNull()
  })

  it('is not fooled by an inline definition with an unknown level', () => {
    const odd = new Map<string, object>([[OWN_TLP1, { definition_type: 'tlp', definition: { tlp: 'purple' } }]])
    expect(tlpOfMarkingRefs([OWN_TLP1], odd)).toBeNull()
  })
})
