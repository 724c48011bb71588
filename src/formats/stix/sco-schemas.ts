import { Type } from 'typebox'
import type { TSchema } from 'typebox'
import { observableObject, schemasByType } from './common-properties'
import { Binary, Dictionary, Hashes, Hex, Identifier, List, Strings, Timestamp } from './schema-parts'
import { SCO_TYPES } from './stix-kinds'
import type { ScoType } from './stix-kinds'

const { Optional, String: Str, Integer, Boolean: Bool } = Type

const ref = (...types: string[]) => Optional(Identifier(...types))
const refs = (...types: string[]) => Optional(List(Identifier(...types)))
const port = Optional(Integer({ minimum: 0, maximum: 65_535 }))
const IPV4 = '^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:/(?:3[0-2]|[12]?\\d))?$'
// Shape only (hex groups, colons, optional embedded IPv4 and prefix); canonical parsing belongs to correlation.
const IPV6 = '^[0-9A-Fa-f:.]{2,45}(?:%.+)?(?:/(?:12[0-8]|1[01]\\d|[1-9]?\\d))?$'

const MimePart = Type.Object({
  body: Optional(Str()),
  body_raw_ref: ref('artifact', 'file'),
  content_type: Optional(Str()),
  content_disposition: Optional(Str()),
})

const WindowsRegistryValue = Type.Object({
  name: Optional(Str()),
  data: Optional(Str()),
  data_type: Optional(Str()),
})

const X509V3Extensions = Type.Object({}, { minProperties: 1 })

const timestamps = (...names: string[]) => Object.fromEntries(names.map((n) => [n, Optional(Timestamp)]))

const SCO_OWN_PROPERTIES: Record<ScoType, Record<string, TSchema>> = {
  artifact: {
    mime_type: Optional(Str()),
    payload_bin: Optional(Binary),
    url: Optional(Str({ format: 'uri' })),
    hashes: Optional(Hashes),
    encryption_algorithm: Optional(Str()),
    decryption_key: Optional(Str()),
  },
  'autonomous-system': { number: Integer({ minimum: 0 }), name: Optional(Str()), rir: Optional(Str()) },
  directory: {
    path: Str(),
    path_enc: Optional(Str()),
    ...timestamps('ctime', 'mtime', 'atime'),
    contains_refs: refs('file', 'directory'),
  },
  'domain-name': { value: Str({ minLength: 1 }), resolves_to_refs: refs('ipv4-addr', 'ipv6-addr', 'domain-name') },
  'email-addr': { value: Str({ minLength: 1 }), display_name: Optional(Str()), belongs_to_ref: ref('user-account') },
  'email-message': {
    is_multipart: Bool(),
    date: Optional(Timestamp),
    content_type: Optional(Str()),
    from_ref: ref('email-addr'),
    sender_ref: ref('email-addr'),
    to_refs: refs('email-addr'),
    cc_refs: refs('email-addr'),
    bcc_refs: refs('email-addr'),
    message_id: Optional(Str()),
    subject: Optional(Str()),
    received_lines: Optional(Strings),
    additional_header_fields: Optional(Dictionary),
    body: Optional(Str()),
    body_multipart: Optional(List(MimePart)),
    raw_email_ref: ref('artifact'),
  },
  file: {
    hashes: Optional(Hashes),
    size: Optional(Integer({ minimum: 0 })),
    name: Optional(Str()),
    name_enc: Optional(Str()),
    magic_number_hex: Optional(Hex),
    mime_type: Optional(Str()),
    ...timestamps('ctime', 'mtime', 'atime'),
    parent_directory_ref: ref('directory'),
    contains_refs: Optional(List(Identifier())),
    content_ref: ref('artifact'),
  },
  'ipv4-addr': { value: Str({ pattern: IPV4 }), resolves_to_refs: refs('mac-addr'), belongs_to_refs: refs('autonomous-system') },
  'ipv6-addr': { value: Str({ pattern: IPV6 }), resolves_to_refs: refs('mac-addr'), belongs_to_refs: refs('autonomous-system') },
  'mac-addr': { value: Str({ pattern: '^(?:[0-9a-f]{2}:){5}[0-9a-f]{2}$' }) },
  mutex: { name: Str() },
  'network-traffic': {
    ...timestamps('start', 'end'),
    is_active: Optional(Bool()),
    src_ref: ref('ipv4-addr', 'ipv6-addr', 'mac-addr', 'domain-name'),
    dst_ref: ref('ipv4-addr', 'ipv6-addr', 'mac-addr', 'domain-name'),
    src_port: port,
    dst_port: port,
    protocols: Strings,
    src_byte_count: Optional(Integer({ minimum: 0 })),
    dst_byte_count: Optional(Integer({ minimum: 0 })),
    src_packets: Optional(Integer({ minimum: 0 })),
    dst_packets: Optional(Integer({ minimum: 0 })),
    ipfix: Optional(Dictionary),
    src_payload_ref: ref('artifact'),
    dst_payload_ref: ref('artifact'),
    encapsulates_refs: refs('network-traffic'),
    encapsulated_by_ref: ref('network-traffic'),
  },
  process: {
    is_hidden: Optional(Bool()),
    pid: Optional(Integer()),
    created_time: Optional(Timestamp),
    cwd: Optional(Str()),
    command_line: Optional(Str()),
    environment_variables: Optional(Dictionary),
    opened_connection_refs: refs('network-traffic'),
    creator_user_ref: ref('user-account'),
    image_ref: ref('file'),
    parent_ref: ref('process'),
    child_refs: refs('process'),
  },
  software: {
    name: Str(),
    cpe: Optional(Str()),
    swid: Optional(Str()),
    languages: Optional(Strings),
    vendor: Optional(Str()),
    version: Optional(Str()),
  },
  url: { value: Str({ format: 'uri' }) },
  'user-account': {
    user_id: Optional(Str()),
    credential: Optional(Str()),
    account_login: Optional(Str()),
    account_type: Optional(Str()),
    display_name: Optional(Str()),
    is_service_account: Optional(Bool()),
    is_privileged: Optional(Bool()),
    can_escalate_privs: Optional(Bool()),
    is_disabled: Optional(Bool()),
    ...timestamps('account_created', 'account_expires', 'credential_last_changed', 'account_first_login', 'account_last_login'),
  },
  'windows-registry-key': {
    key: Optional(Str()),
    values: Optional(List(WindowsRegistryValue)),
    modified_time: Optional(Timestamp),
    creator_user_ref: ref('user-account'),
    number_of_subkeys: Optional(Integer({ minimum: 0 })),
  },
  'x509-certificate': {
    is_self_signed: Optional(Bool()),
    hashes: Optional(Hashes),
    version: Optional(Str()),
    serial_number: Optional(Str()),
    signature_algorithm: Optional(Str()),
    issuer: Optional(Str()),
    ...timestamps('validity_not_before', 'validity_not_after'),
    subject: Optional(Str()),
    subject_public_key_algorithm: Optional(Str()),
    subject_public_key_modulus: Optional(Str()),
    subject_public_key_exponent: Optional(Integer()),
    x509_v3_extensions: Optional(X509V3Extensions),
  },
}

export const SCO_SCHEMAS = schemasByType(SCO_TYPES, (type) => observableObject(type, SCO_OWN_PROPERTIES[type]))

/** SCOs that must carry at least one of their own properties (STIX 2.1 section 6). */
export const SCO_AT_LEAST_ONE_OF: Partial<Record<ScoType, readonly string[]>> = {
  file: ['hashes', 'name'],
  process: [...Object.keys(SCO_OWN_PROPERTIES.process), 'extensions'],
  'user-account': [...Object.keys(SCO_OWN_PROPERTIES['user-account']), 'extensions'],
  'windows-registry-key': Object.keys(SCO_OWN_PROPERTIES['windows-registry-key']),
  'x509-certificate': Object.keys(SCO_OWN_PROPERTIES['x509-certificate']),
  'network-traffic': ['src_ref', 'dst_ref'],
}
