import { beforeAll, describe, expect, it } from 'vitest'
import { compareTimestamps } from './object-rules'
import { loadOasisJudge, NO_SHARED_DATA } from './test-support/oasis-judge'
import type { OasisJudge } from './test-support/oasis-judge'
import { validateStixObject } from './validate-stix-object'

let oasis: OasisJudge
beforeAll(() => {
  if (!NO_SHARED_DATA) oasis = loadOasisJudge()
})

type Obj = Record<string, unknown>
type Stix = { type: string; id: string; [property: string]: unknown }
const T = '2020-01-01T00:00:00.000Z'
const core = (type: string, uuid: string): Stix => ({ type, spec_version: '2.1', id: `${type}--${uuid}`, created: T, modified: T })
const sco = (type: string, uuid: string): Stix => ({ type, spec_version: '2.1', id: `${type}--${uuid}` })
const EXT_DEF = 'extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e'

const artifact = { ...sco('artifact', '6f437177-6e48-5cf8-9d9e-872a2bddd641'), payload_bin: 'VBORw0KGgoAAAANSUhEUgAAADI==' }
const email = { ...sco('email-message', '72b7698f-10c2-565a-a2a6-b4996a2f2265'), is_multipart: false, body: 'hello' }
const traffic = { ...sco('network-traffic', '2568d22a-8998-58eb-99ec-3c8ca74f527d'), src_ref: 'ipv4-addr--4d22aae0-2bf9-5427-8819-e4f6abf20a53', protocols: ['tcp'] }
const observed = { ...core('observed-data', 'b67d30ff-02ac-498a-92f9-32f845f448cf'), first_observed: T, last_observed: T, number_observed: 1, object_refs: [traffic.id] }
const extensionDefinition = {
  ...core('extension-definition', 'd83fce45-ef58-4c6c-a3f4-1fbc32e98c6e'),
  created_by_ref: 'identity--11b76a96-5d2b-45e0-8a5a-f6994f370731',
  name: 'Extension My Favorite SDO and Sub-Comp', schema: 'https://www.example.com/schema', version: '1.2.1', extension_types: ['new-sdo'],
}
const languageContent = {
  ...core('language-content', 'b86bd89f-98bb-4fa9-8cb2-9ad421da981d'),
  object_ref: 'campaign--12a111f0-b824-4baf-a224-83b80237a094', object_modified: T, contents: { de: { name: 'Bank Angriff 1' } },
}
const statement = { type: 'marking-definition', spec_version: '2.1', id: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41db', created: T, definition_type: 'statement', definition: { statement: 'Copyright 2019, Example Corp' } }
const customSdo = { ...core('my-favorite-sdo', 'a932fcc6-e032-476c-826f-cb970a5a1ade'), name: 'x', extensions: { [EXT_DEF]: { extension_type: 'new-sdo' } } }
const customSco = { ...sco('my-observable', '1f2b0ddd-b1c2-5c1f-9e58-6b4a2ee0e0ab'), value: 'v', extensions: { [EXT_DEF]: { extension_type: 'new-sco' } } }

describe.skipIf(NO_SHARED_DATA)('objects the rules accept, as OASIS does', () => {
  it.each([
    ['an artifact with a payload', artifact],
    ['a single-part e-mail', email],
    ['network traffic from an address', traffic],
    ['observed data by reference', observed],
    ['an extension-definition', extensionDefinition],
    ['a language-content', languageContent],
    ['a statement marking', statement],
    ['an SCO with no created or modified', { ...sco('ipv4-addr', '4d22aae0-2bf9-5427-8819-e4f6abf20a53'), value: '10.0.0.1' }],
    ['a custom x- object', { ...core('x-acme-widget', '0b3c1c5e-6a47-4b0d-8d0f-1a2b3c4d5e6f'), x_acme_size: 3 }],
  ])('%s', (_name, obj) => {
    expect(validateStixObject(obj)).toMatchObject({ ok: true })
    expect(oasis.accepts(obj)).toBe(true)
  })

  it('objects of types an extension-definition brings, SDO-like and SCO-like', () => {
    expect(validateStixObject(customSdo)).toMatchObject({ ok: true })
    expect(validateStixObject(customSco)).toMatchObject({ ok: true })
  })
})

describe.skipIf(NO_SHARED_DATA)('objects the rules reject, naming the property', () => {
  it.each([
    ['artifact with both payload and url', { ...artifact, url: 'https://example.org/a', hashes: { MD5: '0'.repeat(32) } }, '/url', true],
    ['artifact by url without hashes', { ...sco('artifact', '6f437177-6e48-5cf8-9d9e-872a2bddd641'), url: 'https://example.org/a' }, '/hashes', true],
    ['artifact with a key but no algorithm', { ...artifact, decryption_key: 'k' }, '/encryption_algorithm', true],
    ['multipart e-mail with a body', { ...email, is_multipart: true }, '/body', true],
    ['e-mail without is_multipart', { ...sco('email-message', '72b7698f-10c2-565a-a2a6-b4996a2f2265') }, '/is_multipart', true],
    ['network traffic with no end points', { ...sco('network-traffic', '2568d22a-8998-58eb-99ec-3c8ca74f527d'), protocols: ['tcp'] }, '/src_ref', true],
    ['active network traffic with an end', { ...traffic, is_active: true, end: T }, '/end', true],
    ['network traffic port 70000', { ...traffic, src_port: 70_000 }, '/src_port', true],
    ['observed data with neither objects nor refs', { ...observed, object_refs: undefined }, '/object_refs', true],
    ['observed data ending before it starts', { ...observed, first_observed: '2020-02-01T00:00:00Z' }, '/last_observed', false],
    ['observed data referring to an SDO', { ...observed, object_refs: ['malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b'] }, '/object_refs/0', true],
    ['extension_properties without toplevel-property-extension', { ...extensionDefinition, extension_properties: ['x_a'] }, '/extension_properties', true],
    ['extension-definition without schema', { ...extensionDefinition, schema: undefined }, '/schema', true],
    ['language-content without contents', { ...languageContent, contents: undefined }, '/contents', true],
    ['statement marking without statement', { ...statement, definition: { text: 'x' } }, '/definition/statement', true],
    ['tlp marking with an unknown level', { ...statement, definition_type: 'tlp', definition: { tlp: 'purple' } }, '/definition/tlp', true],
    ['marking without a definition', { ...statement, definition: undefined, definition_type: undefined }, '/definition_type', true],
    ['extension entry without extension_type', { ...core('x-acme-widget', '0b3c1c5e-6a47-4b0d-8d0f-1a2b3c4d5e6f'), extensions: { [EXT_DEF]: { a: 1 } } }, `/extensions/${EXT_DEF}/extension_type`, true],
    ['custom object with an id of another type', { ...core('x-acme-widget', '0b3c1c5e-6a47-4b0d-8d0f-1a2b3c4d5e6f'), id: 'malware--0b3c1c5e-6a47-4b0d-8d0f-1a2b3c4d5e6f' }, '/id', false],
    ['ipv4 address 300.1.1.1', { ...sco('ipv4-addr', '4d22aae0-2bf9-5427-8819-e4f6abf20a53'), value: '300.1.1.1' }, '/value', true],
    ['mac address in upper case', { ...sco('mac-addr', '65cfcf98-8a6e-5a1b-8f61-379ac4f92d00'), value: 'D2:FB:49:24:37:18' }, '/value', true],
  ])('%s', (_name, raw, pointer, oasisRejects) => {
    const obj = JSON.parse(JSON.stringify(raw)) as Obj
    const result = validateStixObject(obj)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.map((e) => e.pointer)).toContain(pointer)
    if (oasisRejects) expect(oasis.accepts(obj)).toBe(false)
  })
})

describe('compareTimestamps', () => {
  it('compares instants, whatever the sub-second precision', () => {
    expect(compareTimestamps('2020-01-01T00:00:00.1Z', '2020-01-01T00:00:00.100Z')).toBe(0)
    expect(compareTimestamps('2020-01-01T00:00:00Z', '2020-01-01T00:00:00.000001Z')).toBe(-1)
    expect(compareTimestamps('2021-01-01T00:00:00Z', '2020-12-31T23:59:59.999Z')).toBe(1)
  })
})
