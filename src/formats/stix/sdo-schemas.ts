import { Type } from 'typebox'
import type { TSchema } from 'typebox'
import { coreObject, schemasByType } from './common-properties'
import { Identifier, IdentifierNot, KillChainPhase, List, Strings, Timestamp } from './schema-parts'
import { SDO_TYPES } from './stix-kinds'
import type { SdoType } from './stix-kinds'

const { Optional, String: Str } = Type

const named = { name: Str(), description: Optional(Str()) }
const optionallyNamed = { name: Optional(Str()), description: Optional(Str()) }
const killChain = { kill_chain_phases: Optional(List(KillChainPhase)) }
const seen = { first_seen: Optional(Timestamp), last_seen: Optional(Timestamp) }
const motivations = {
  goals: Optional(Strings),
  resource_level: Optional(Str()),
  primary_motivation: Optional(Str()),
  secondary_motivations: Optional(Strings),
}
const software = Identifier('software')
const anyObjects = List(Identifier())

const SDO_OWN_PROPERTIES: Record<SdoType, Record<string, TSchema>> = {
  'attack-pattern': { ...named, aliases: Optional(Strings), ...killChain },
  campaign: { ...named, aliases: Optional(Strings), ...seen, objective: Optional(Str()) },
  'course-of-action': { ...named },
  grouping: { ...optionallyNamed, context: Str(), object_refs: anyObjects },
  identity: {
    ...named,
    roles: Optional(Strings),
    identity_class: Optional(Str()),
    sectors: Optional(Strings),
    contact_information: Optional(Str()),
  },
  incident: { ...named, ...killChain },
  indicator: {
    ...optionallyNamed,
    indicator_types: Optional(Strings),
    pattern: Str(),
    pattern_type: Str(),
    pattern_version: Optional(Str()),
    valid_from: Timestamp,
    valid_until: Optional(Timestamp),
    ...killChain,
  },
  infrastructure: { ...named, infrastructure_types: Optional(Strings), aliases: Optional(Strings), ...killChain, ...seen },
  'intrusion-set': { ...named, aliases: Optional(Strings), ...seen, ...motivations },
  location: {
    ...optionallyNamed,
    latitude: Optional(Type.Number({ minimum: -90, maximum: 90 })),
    longitude: Optional(Type.Number({ minimum: -180, maximum: 180 })),
    precision: Optional(Type.Number({ minimum: 0 })),
    region: Optional(Str()),
    country: Optional(Str()),
    administrative_area: Optional(Str()),
    city: Optional(Str()),
    street_address: Optional(Str()),
    postal_code: Optional(Str()),
  },
  malware: {
    ...optionallyNamed,
    malware_types: Optional(Strings),
    is_family: Type.Boolean(),
    aliases: Optional(Strings),
    ...killChain,
    ...seen,
    operating_system_refs: Optional(List(software)),
    architecture_execution_envs: Optional(Strings),
    implementation_languages: Optional(Strings),
    capabilities: Optional(Strings),
    sample_refs: Optional(List(Identifier('file', 'artifact'))),
  },
  'malware-analysis': {
    product: Str(),
    version: Optional(Str()),
    host_vm_ref: Optional(software),
    operating_system_ref: Optional(software),
    installed_software_refs: Optional(List(software)),
    configuration_version: Optional(Str()),
    modules: Optional(Strings),
    analysis_engine_version: Optional(Str()),
    analysis_definition_version: Optional(Str()),
    submitted: Optional(Timestamp),
    analysis_started: Optional(Timestamp),
    analysis_ended: Optional(Timestamp),
    result_name: Optional(Str()),
    result: Optional(Str()),
    analysis_sco_refs: Optional(anyObjects),
    sample_ref: Optional(Identifier('file', 'artifact', 'network-traffic')),
  },
  note: { abstract: Optional(Str()), content: Str(), authors: Optional(Strings), object_refs: anyObjects },
  'observed-data': {
    first_observed: Timestamp,
    last_observed: Timestamp,
    number_observed: Type.Integer({ minimum: 1, maximum: 999_999_999 }),
    // Deprecated in 2.1 but still met: a dictionary of embedded observables.
    objects: Optional(Type.Record(Type.String(), Type.Object({ type: Str() }), { minProperties: 1 })),
    object_refs: Optional(List(IdentifierNot(...SDO_TYPES, 'marking-definition', 'language-content', 'extension-definition', 'bundle'))),
  },
  opinion: {
    explanation: Optional(Str()),
    authors: Optional(Strings),
    opinion: Type.Union(['strongly-disagree', 'disagree', 'neutral', 'agree', 'strongly-agree'].map((o) => Type.Literal(o))),
    object_refs: anyObjects,
  },
  report: { ...named, report_types: Optional(Strings), published: Timestamp, object_refs: anyObjects },
  'threat-actor': {
    ...named,
    threat_actor_types: Optional(Strings),
    aliases: Optional(Strings),
    ...seen,
    roles: Optional(Strings),
    sophistication: Optional(Str()),
    personal_motivations: Optional(Strings),
    ...motivations,
  },
  tool: { ...named, tool_types: Optional(Strings), aliases: Optional(Strings), ...killChain, tool_version: Optional(Str()) },
  vulnerability: { ...named },
}

export const SDO_SCHEMAS = schemasByType(SDO_TYPES, (type) => coreObject(type, SDO_OWN_PROPERTIES[type]))
