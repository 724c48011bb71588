/**
 * One hand-written object per STIX deviation of the table (deviations.ts), each with the deviation
 * as real producers write it and otherwise valid STIX 2.1, so that the deviation alone decides.
 * Test support only.
 */
import type { DeviationId } from '../deviations'

export interface DeviationFixture {
  deviation: Exclude<DeviationId, 'misp-rest-search-form'>
  object: Record<string, unknown>
  /** What the stored form must hold after a repair (the properties that changed). */
  repaired?: Record<string, unknown>
}

const T = '2024-05-01T10:00:00.000Z'
const MALWARE_ID = 'malware--4f3c6b1e-6a5d-4c8e-9b1a-2d3e4f5a6b7c'

export const DEVIATION_FIXTURES: readonly DeviationFixture[] = [
  {
    deviation: 'stop-time-equals-start-time',
    object: {
      type: 'relationship', spec_version: '2.1', id: 'relationship--0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', created: T, modified: T,
      relationship_type: 'uses', source_ref: 'intrusion-set--1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', target_ref: MALWARE_ID,
      start_time: '2024-04-02T00:00:00Z', stop_time: '2024-04-02T00:00:00.000Z',
    },
  },
  {
    deviation: 'tlp-white-redefined-as-clear',
    object: {
      type: 'marking-definition', spec_version: '2.1', id: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
      created: '2017-01-20T00:00:00.000Z', definition_type: 'tlp', name: 'TLP:CLEAR', definition: { tlp: 'clear' },
    },
    repaired: { name: 'TLP:WHITE', definition: { tlp: 'white' } },
  },
  {
    deviation: 'tlp-well-known-id-redefined',
    object: {
      type: 'marking-definition', spec_version: '2.1', id: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
      created: '2017-01-20T00:00:00.000Z', definition_type: 'tlp', name: 'TLP:RED', definition: { tlp: 'red' },
    },
  },
  {
    deviation: 'modified-before-created',
    object: {
      type: 'indicator', spec_version: '2.1', id: 'indicator--5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e',
      created: '2024-05-04T08:00:00.000Z', modified: '2024-05-01T08:00:00.000Z', name: 'C2 address',
      pattern: "[ipv4-addr:value = '198.51.100.23']", pattern_type: 'stix', valid_from: '2024-05-01T08:00:00.000Z',
    },
    repaired: { created: '2024-05-01T08:00:00.000Z', modified: '2024-05-01T08:00:00.000Z' },
  },
  {
    deviation: 'external-reference-url-padded',
    object: {
      type: 'attack-pattern', spec_version: '2.1', id: 'attack-pattern--6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f', created: T, modified: T,
      name: 'Spearphishing Attachment',
      external_references: [{ source_name: 'mitre-attack', external_id: 'T1566.001', url: ' https://attack.mitre.org/techniques/T1566/001 ' }],
    },
    repaired: { external_references: [{ source_name: 'mitre-attack', external_id: 'T1566.001', url: 'https://attack.mitre.org/techniques/T1566/001' }] },
  },
  {
    deviation: 'short-extension-property-name',
    object: {
      type: 'identity', spec_version: '2.1', id: 'identity--7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a', created: T, modified: T,
      name: 'ACME CERT', identity_class: 'organization',
      extensions: {
        'extension-definition--ea279b3e-5c71-4632-ac08-831c66a786ba': {
          extension_type: 'property-extension', id: '4f1e2d3c-aaaa-4bbb-8ccc-123456789abc', type: 'Organization', created_at: T,
        },
      },
    },
    repaired: {
      extensions: {
        'extension-definition--ea279b3e-5c71-4632-ac08-831c66a786ba': {
          extension_type: 'property-extension', x_id: '4f1e2d3c-aaaa-4bbb-8ccc-123456789abc', type: 'Organization', created_at: T,
        },
      },
    },
  },
  {
    deviation: 'stix-2.0-object',
    object: {
      type: 'malware', id: MALWARE_ID, created: '2017-05-31T21:33:10.772Z', modified: '2017-05-31T21:33:10.772Z',
      name: 'Poison Ivy', labels: ['remote-access-trojan'],
    },
    repaired: { spec_version: '2.1', malware_types: ['remote-access-trojan'], labels: ['remote-access-trojan'], is_family: true },
  },
]

/** A MISP `/attributes/restSearch` answer: two attributes of one event, as MISP writes them. */
export const MISP_REST_SEARCH_ANSWER = {
  response: {
    Attribute: [
      {
        id: '101', event_id: '7', object_id: '0', object_relation: null, category: 'Network activity', type: 'ip-dst', to_ids: true,
        uuid: '5f2d7b1a-3c4e-4d5f-8a6b-7c8d9e0f1a2b', timestamp: '1714557600', distribution: '5', sharing_group_id: '0', comment: '',
        deleted: false, disable_correlation: false, value: '198.51.100.77',
        Event: { org_id: '1', distribution: '1', id: '7', info: 'Wiper campaign C2', orgc_id: '1', uuid: '8a9b0c1d-2e3f-4a5b-9c6d-7e8f9a0b1c2d' },
      },
      {
        id: '102', event_id: '7', object_id: '0', object_relation: null, category: 'Network activity', type: 'domain', to_ids: true,
        uuid: '6a3e8c2b-4d5f-4e6a-9b7c-8d9e0f1a2b3c', timestamp: '1714561200', distribution: '5', sharing_group_id: '0', comment: '',
        deleted: false, disable_correlation: false, value: 'update-check.example',
        Event: { org_id: '1', distribution: '1', id: '7', info: 'Wiper campaign C2', orgc_id: '1', uuid: '8a9b0c1d-2e3f-4a5b-9c6d-7e8f9a0b1c2d' },
      },
    ],
  },
}
