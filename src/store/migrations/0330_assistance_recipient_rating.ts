import { sql, type Kysely } from 'kysely'
import type { DialectHelpers } from '../db'

/**
 * Closing and rating (issue 10, friction 8): the organization that received the help rates it on
 * its own, at any time after acceptance (even once the requesting nation closed the request), and
 * a request whose work was done outside the hub is closed as such and says so.
 */
export async function up(db: Kysely<unknown>, _d: DialectHelpers): Promise<void> {
  await db.schema
    .createTable('assistance_recipient_rating')
    .addColumn('request_id', 'text', (c) => c.primaryKey().references('assistance_request.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('rated_by', 'text', (c) => c.notNull())
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('rated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.alterTable('assistance_request').addColumn('closed_outside_hub', 'integer', (c) => c.notNull().defaultTo(sql`0`)).execute()
}
