import { sql, type Kysely } from 'kysely'
import type { DialectHelpers } from '../db'

/**
 * The posting row carries what a lookup answers with (the object's type, created, modified,
 * created_by_ref and revoked): a key is then answered from its posting and its marking, without
 * a probe into intel_object (the largest table, a JSON document per row). These columns never
 * change for a row (a new version is a new row, and demotion deletes the old postings), so the
 * copy cannot drift. On SQLite the table becomes WITHOUT ROWID: the (key, row_id) primary key is
 * then the table itself, one b-tree descent per key instead of an index probe and a row visit.
 */
export async function up(db: Kysely<unknown>, d: DialectHelpers): Promise<void> {
  if (d.name === 'sqlite') {
    await db.schema
      .createTable('intel_posting_next')
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('row_id', 'bigint', (c) => c.notNull())
      .addColumn('stix_id', 'text', (c) => c.notNull())
      .addColumn('org_id', 'text', (c) => c.notNull())
      .addColumn('marking_id', 'text', (c) => c.notNull())
      .addColumn('exercise_id', 'text')
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('created', 'text')
      .addColumn('modified', 'text', (c) => c.notNull())
      .addColumn('created_by_ref', 'text')
      .addColumn('revoked', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('intel_posting_next_pk', ['key', 'row_id'])
      .modifyEnd(sql`without rowid`)
      .execute()
    await sql`insert into intel_posting_next (key, row_id, stix_id, org_id, marking_id, exercise_id, type, created, modified, created_by_ref, revoked)
      select p.key, p.row_id, p.stix_id, p.org_id, p.marking_id, p.exercise_id, o.type, o.created, o.modified, o.created_by_ref, o.revoked
      from intel_posting p join intel_object o on o.row_id = p.row_id`.execute(db)
    await db.schema.dropTable('intel_posting').execute()
    await sql`alter table intel_posting_next rename to intel_posting`.execute(db)
    return
  }
  await sql`alter table intel_posting
    add column type text, add column created text, add column modified text,
    add column created_by_ref text, add column revoked integer`.execute(db)
  await sql`update intel_posting p set type = o.type, created = o.created, modified = o.modified, created_by_ref = o.created_by_ref, revoked = o.revoked
    from intel_object o where o.row_id = p.row_id`.execute(db)
  await sql`alter table intel_posting alter column type set not null, alter column modified set not null, alter column revoked set not null`.execute(db)
}
