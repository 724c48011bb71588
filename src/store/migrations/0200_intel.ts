import type { Kysely } from 'kysely'
import type { DialectHelpers } from '../db'

/**
 * Intel: STIX 2.1 objects stored whole (canonical JSON as received) with indexed columns, one
 * row per version and holder (two organizations sharing the same object each hold their own copy,
 * under their own marking); and the observable index (value key -> postings), never pairwise rows.
 */
export async function up(db: Kysely<unknown>, d: DialectHelpers): Promise<void> {
  await db.schema
    .createTable('intel_object')
    .addColumn('row_id', d.serialType, d.serialPk)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('spec_version', 'text', (c) => c.notNull())
    .addColumn('created', 'text')
    // SCOs have no modified; '' stands for "unversioned" so (id, modified) stays unique.
    .addColumn('modified', 'text', (c) => c.notNull())
    .addColumn('created_by_ref', 'text')
    .addColumn('revoked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_latest', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('marking_id', 'text', (c) => c.notNull().references('marking.id'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('date_added', 'text', (c) => c.notNull())
    .addColumn('exercise_id', 'text')
    .addColumn('incident_id', 'text')
    .addColumn('json', 'text', (c) => c.notNull())
    // Versions are per holding organization: the same id and modified from another member is its copy.
    .addUniqueConstraint('intel_object_version_uq', ['id', 'modified', 'org_id'])
    .execute()
  await db.schema.createIndex('intel_object_type_idx').on('intel_object').columns(['type', 'is_latest']).execute()
  await db.schema.createIndex('intel_object_added_idx').on('intel_object').columns(['date_added']).execute()
  await db.schema.createIndex('intel_object_incident_idx').on('intel_object').columns(['incident_id']).execute()

  await db.schema
    .createTable('intel_posting')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('row_id', 'bigint', (c) => c.notNull())
    .addColumn('stix_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('marking_id', 'text', (c) => c.notNull())
    .addColumn('exercise_id', 'text')
    .addPrimaryKeyConstraint('intel_posting_pk', ['key', 'row_id'])
    .execute()
}
