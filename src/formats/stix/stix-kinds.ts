/** The object types STIX 2.1 defines, by kind (STIX 2.1 sections 4, 5, 6, 7). */
export const SDO_TYPES = [
  'attack-pattern', 'campaign', 'course-of-action', 'grouping', 'identity', 'incident', 'indicator',
  'infrastructure', 'intrusion-set', 'location', 'malware', 'malware-analysis', 'note', 'observed-data',
  'opinion', 'report', 'threat-actor', 'tool', 'vulnerability',
] as const

export const SRO_TYPES = ['relationship', 'sighting'] as const

export const SCO_TYPES = [
  'artifact', 'autonomous-system', 'directory', 'domain-name', 'email-addr', 'email-message', 'file',
  'ipv4-addr', 'ipv6-addr', 'mac-addr', 'mutex', 'network-traffic', 'process', 'software', 'url',
  'user-account', 'windows-registry-key', 'x509-certificate',
] as const

export const META_TYPES = ['language-content', 'extension-definition'] as const

export type SdoType = (typeof SDO_TYPES)[number]
export type SroType = (typeof SRO_TYPES)[number]
export type ScoType = (typeof SCO_TYPES)[number]
export type MetaType = (typeof META_TYPES)[number]
export type StixKind = 'sdo' | 'sco' | 'sro' | 'marking' | 'meta' | 'custom'

const KIND_OF_TYPE: ReadonlyMap<string, StixKind> = new Map<string, StixKind>([
  ...SDO_TYPES.map((t) => [t, 'sdo'] as const),
  ...SRO_TYPES.map((t) => [t, 'sro'] as const),
  ...SCO_TYPES.map((t) => [t, 'sco'] as const),
  ...META_TYPES.map((t) => [t, 'meta'] as const),
  ['marking-definition', 'marking'],
])

/** Any type STIX 2.1 does not define is custom: `x-` types and types brought by an extension-definition. */
export const stixKind = (type: string): StixKind => KIND_OF_TYPE.get(type) ?? 'custom'

export const isDefinedType = (type: string): boolean => KIND_OF_TYPE.has(type)

/** The type named by an identifier (`<type>--<uuid>`), or null when it has no `--`. */
export const typeOfId = (id: string): string | null => {
  const at = id.indexOf('--')
  return at > 0 ? id.slice(0, at) : null
}
