import { Type } from 'typebox'
import type { TProperties, TSchema } from 'typebox'
import {
  Extensions, ExternalReference, GranularMarking, Identifier, List, PROPERTY_NAME_RULES, Strings, TYPE_NAME_PATTERN,
  TimestampMillis,
} from './schema-parts'

const { Optional } = Type

/** Any type name (known types narrow it with a literal). */
export const TypeName = Type.String({ pattern: TYPE_NAME_PATTERN, minLength: 3, maxLength: 250 })

const markingProperties = {
  object_marking_refs: Optional(List(Identifier('marking-definition'))),
  granular_markings: Optional(List(GranularMarking)),
}

/** Common properties of SDOs, SROs, language-content and extension-definition (STIX 2.1 section 3.2). */
export const coreProperties = {
  type: TypeName,
  spec_version: Type.Literal('2.1'),
  id: Identifier(),
  created: TimestampMillis,
  modified: TimestampMillis,
  created_by_ref: Optional(Identifier('identity')),
  revoked: Optional(Type.Boolean()),
  labels: Optional(Strings),
  confidence: Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  lang: Optional(Type.String()),
  external_references: Optional(List(ExternalReference)),
  ...markingProperties,
  extensions: Optional(Extensions),
}

/** Common properties of SCOs: no created/modified, spec_version optional (STIX 2.1 section 6.1). */
export const observableCoreProperties = {
  type: TypeName,
  spec_version: Optional(Type.Literal('2.1')),
  id: Identifier(),
  ...markingProperties,
  defanged: Optional(Type.Boolean()),
  extensions: Optional(Extensions),
}

/** Properties besides the named ones must still be well-named STIX properties with a STIX value. */
export const stixObject = (properties: TProperties) =>
  Type.Object(properties, { patternProperties: PROPERTY_NAME_RULES, additionalProperties: false })

/** An SDO, SRO or meta object of one type: the common core, narrowed to the type, plus its own properties. */
export const coreObject = (type: string, own: TProperties) =>
  stixObject({ ...coreProperties, type: Type.Literal(type), id: Identifier(type), ...own })

export const observableObject = (type: string, own: TProperties) =>
  stixObject({ ...observableCoreProperties, type: Type.Literal(type), id: Identifier(type), ...own })

/** A schema for each of the given types. */
export const schemasByType = <T extends string>(types: readonly T[], build: (type: T) => TSchema): Record<T, TSchema> => {
  const schemas = {} as Record<T, TSchema>
  for (const type of types) schemas[type] = build(type)
  return schemas
}
