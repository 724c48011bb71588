import type { Kysely } from 'kysely'
import type { DialectHelpers } from '../db'

/**
 * Intel feeds: remote TAXII 2.1 collections an organization subscribes the hub to. A row holds the
 * subscription (credentials sealed with AES-256-GCM, never in clear), where polling stands (its
 * cursor, durable across restarts), the feed's state, and the claim of the process polling it.
 */
export async function up(db: Kysely<unknown>, _d: DialectHelpers): Promise<void> {
  await db.schema
    .createTable('intel_feed')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('api_root', 'text', (c) => c.notNull())
    .addColumn('collection_id', 'text', (c) => c.notNull())
    .addColumn('auth_kind', 'text', (c) => c.notNull())
    .addColumn('sealed_secret', 'text')
    .addColumn('poll_seconds', 'integer', (c) => c.notNull())
    .addColumn('page_size', 'integer', (c) => c.notNull())
    .addColumn('tlp', 'text', (c) => c.notNull())
    .addColumn('audience_orgs', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text')
    .addColumn('exercise_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // The cursor: added_after of the next poll; within a pagination, its next token, the
    // added_after it runs under, and the latest date added it has imported.
    .addColumn('added_after', 'text')
    .addColumn('next_token', 'text')
    .addColumn('paging_added_after', 'text')
    .addColumn('paging_added_last', 'text')
    // The state people read.
    .addColumn('next_poll_at', 'text', (c) => c.notNull())
    .addColumn('last_poll_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('last_error_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('objects_added', 'integer', (c) => c.notNull())
    .addColumn('last_poll_added', 'integer', (c) => c.notNull())
    .addColumn('last_poll_rejected', 'integer', (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_until', 'text')
    .execute()
  await db.schema.createIndex('intel_feed_due_idx').on('intel_feed').columns(['next_poll_at']).execute()
  await db.schema.createIndex('intel_feed_org_idx').on('intel_feed').columns(['org_id']).execute()
}
