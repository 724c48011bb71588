import { Type } from 'typebox'
import type { TSchema } from 'typebox'
import { coreObject } from './common-properties'
import { Identifier, IdentifierNot, List, Timestamp } from './schema-parts'
import type { SroType } from './stix-kinds'

const { Optional } = Type

/** What a relationship or sighting may never point at: other SROs and the non-object types. */
const NOT_RELATABLE = ['relationship', 'sighting', 'bundle', 'marking-definition', 'language-content', 'extension-definition']

export const SRO_SCHEMAS: Record<SroType, TSchema> = {
  relationship: coreObject('relationship', {
    relationship_type: Type.String({ pattern: '^[a-z0-9-]+$' }),
    description: Optional(Type.String()),
    source_ref: IdentifierNot(...NOT_RELATABLE),
    target_ref: IdentifierNot(...NOT_RELATABLE),
    start_time: Optional(Timestamp),
    stop_time: Optional(Timestamp),
  }),
  sighting: coreObject('sighting', {
    description: Optional(Type.String()),
    first_seen: Optional(Timestamp),
    last_seen: Optional(Timestamp),
    count: Optional(Type.Integer({ minimum: 0, maximum: 999_999_999 })),
    sighting_of_ref: IdentifierNot(...NOT_RELATABLE),
    observed_data_refs: Optional(List(Identifier('observed-data'))),
    where_sighted_refs: Optional(List(Identifier('identity', 'location'))),
    summary: Optional(Type.Boolean()),
  }),
}
