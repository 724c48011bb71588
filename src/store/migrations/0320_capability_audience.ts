import type { Kysely } from 'kysely'
import { newId } from '../../core/ids'
import type { DialectHelpers } from '../db'
import type { Database } from '../schema'

/**
 * Capabilities shown to chosen nations were marked AMBER+STRICT with the audience the org tree
 * had when they were saved; they are now AMBER with the chosen nations and the lending nation,
 * so that organizations admitted under those nations later see them too. Each gets a new
 * marking row (a shared row is never changed).
 */
export async function up(raw: Kysely<unknown>, _d: DialectHelpers): Promise<void> {
  const db = raw as unknown as Kysely<Database>
  const rows = await db
    .selectFrom('capability')
    .innerJoin('marking', 'marking.id', 'capability.marking_id')
    .select(['capability.id', 'capability.nation_id', 'capability.visible_to', 'marking.originator_org', 'marking.originator_user'])
    .where('marking.tlp', '=', 'AMBER+STRICT')
    .execute()
  const at = new Date().toISOString()
  for (const r of rows) {
    const countries = JSON.parse(r.visible_to) as string[] | null
    if (countries === null) continue
    const nations = countries.length === 0 ? [] : await db.selectFrom('org').select('id').where('kind', '=', 'nation').where('country', 'in', countries).execute()
    const audience = [...new Set([r.nation_id, ...nations.map((n) => n.id)])]
    const id = newId()
    await db.insertInto('marking').values({ id, tlp: 'AMBER', originator_org: r.originator_org, originator_user: r.originator_user, created_at: at }).execute()
    await db.insertInto('marking_audience').values(audience.map((p) => ({ marking_id: id, kind: 'org' as const, principal_id: p }))).execute()
    await db.updateTable('capability').set({ marking_id: id }).where('id', '=', r.id).execute()
  }
}
