import { Type } from 'typebox'
import { coreObject, coreProperties, stixObject } from './common-properties'
import {
  Dictionary, EXTENSION_DEFINITION_KEY, ExtensionType, Identifier, IdentifierNot, List, Strings, Timestamp,
} from './schema-parts'

const { Optional, String: Str } = Type

/**
 * Marking definitions are not versioned: no `modified`, no `revoked` (STIX 2.1 section 7.2.1).
 * Their `definition` is checked against `definition_type` by the marking rules.
 */
export const MarkingDefinitionSchema = stixObject({
  type: Type.Literal('marking-definition'),
  spec_version: Type.Literal('2.1'),
  id: Identifier('marking-definition'),
  created: Timestamp,
  created_by_ref: Optional(Identifier('identity')),
  name: Optional(Str()),
  definition_type: Optional(Str()),
  definition: Optional(Type.Object({})),
  external_references: coreProperties.external_references,
  object_marking_refs: coreProperties.object_marking_refs,
  granular_markings: coreProperties.granular_markings,
  extensions: Optional(
    Type.Object({}, { minProperties: 1, patternProperties: { [EXTENSION_DEFINITION_KEY]: Type.Object({ extension_type: ExtensionType }) }, additionalProperties: false }),
  ),
})

export const LanguageContentSchema = coreObject('language-content', {
  object_ref: IdentifierNot('bundle', 'language-content'),
  object_modified: Optional(Timestamp),
  // language tag -> translated properties
  contents: Type.Record(Str(), Dictionary, { minProperties: 1 }),
})

export const ExtensionDefinitionSchema = coreObject('extension-definition', {
  name: Str(),
  description: Optional(Str()),
  schema: Str(),
  version: Str(),
  extension_types: List(ExtensionType),
  extension_properties: Optional(Strings),
})
