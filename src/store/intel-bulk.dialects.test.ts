import { afterEach, describe, expect, it } from 'vitest'
import { DIALECTS, openTestStore, type TestStore } from '../../test/store'
import { isUniqueViolation } from './errors'
import { intelBulkFor, type IntelObjectInsert } from './intel-bulk'
import { saveMarking } from './marking.store'

const AT = '2026-03-01T09:00:00.000Z'
/** Every character COPY's text format must escape, and a few it must leave alone. */
const AWKWARD = 'tab\there, newline\nthere, cr\rhere, backslash \\ and \\N and \\.\nend, quote " and \' and ünïcödé 𝄞'

const rowOf = (n: number, markingId: string, over: Partial<IntelObjectInsert> = {}): IntelObjectInsert => ({
  id: `indicator--00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, type: 'indicator', spec_version: '2.1',
  created: AT, modified: AT, created_by_ref: null, revoked: 0, is_latest: 1, marking_id: markingId, org_id: 'org-a',
  user_id: null, date_added: AT, exercise_id: null, incident_id: null, json: `{"n":${n}}`, ...over,
})

describe.each(DIALECTS)('intelBulkFor (%s)', (dialect) => {
  let store: TestStore | null = null
  afterEach(async () => {
    await store?.destroy()
    store = null
  })

  const open = async () => {
    store = await openTestStore(dialect)
    const markingId = await saveMarking(store.db, { tlp: 'GREEN', audienceOrgs: [], audienceUsers: [], originatorOrg: 'org-a', originatorUser: 'u' }, AT)
    return { s: store, markingId, bulk: intelBulkFor(store) }
  }

  it('returns each row its own id, ascending in the order given, and stores every value as given', async () => {
    const { s, markingId, bulk } = await open()
    const rows = [rowOf(1, markingId, { json: AWKWARD, user_id: 'u\t1' }), rowOf(2, markingId, { created: null, revoked: 1 }), rowOf(3, markingId)]
    const ids = await s.db.transaction().execute(async (tx) => {
      const ids = await bulk.insertObjects(tx, rows)
      await bulk.insertPostings(tx, ids.map((rowId, i) => ({ key: `url:${AWKWARD}${i}`, row_id: rowId, stix_id: rows[i]!.id, org_id: 'org-a', marking_id: markingId, exercise_id: null,
        type: rows[i]!.type, created: rows[i]!.created, modified: rows[i]!.modified, created_by_ref: rows[i]!.created_by_ref, revoked: rows[i]!.revoked })))
      return ids
    })
    expect(ids).toEqual([...ids].sort((a, b) => a - b))
    expect(new Set(ids).size).toBe(3)
    const stored = await s.db.selectFrom('intel_object').selectAll().orderBy('row_id').execute()
    expect(stored.map((r) => Number(r.row_id))).toEqual(ids)
    expect(stored.map(({ row_id: _r, ...rest }) => ({ ...rest, revoked: Number(rest.revoked), is_latest: Number(rest.is_latest) }))).toEqual(rows)
    const postings = await s.db.selectFrom('intel_posting').select(['key', 'row_id', 'type', 'created', 'modified', 'created_by_ref', 'revoked']).orderBy('row_id').execute()
    expect(postings.map((p) => [p.key, Number(p.row_id), p.type, p.created, p.modified, p.created_by_ref, Number(p.revoked)])).toEqual(
      ids.map((id, i) => [`url:${AWKWARD}${i}`, id, rows[i]!.type, rows[i]!.created, rows[i]!.modified, rows[i]!.created_by_ref, rows[i]!.revoked]),
    )
  })

  it('refuses a version the organization already holds as a unique violation, and the transaction leaves nothing', async () => {
    const { s, markingId, bulk } = await open()
    await s.db.transaction().execute((tx) => bulk.insertObjects(tx, [rowOf(1, markingId)]))
    const again = s.db.transaction().execute(async (tx) => {
      await bulk.insertObjects(tx, [rowOf(2, markingId)])
      await bulk.insertObjects(tx, [rowOf(1, markingId, { json: '{"other":true}' })])
    })
    const error = await again.then(() => null, (e: unknown) => e)
    expect(isUniqueViolation(error)).toBe(true)
    const left = await s.db.selectFrom('intel_object').select(['id', 'json']).execute()
    expect(left).toEqual([{ id: rowOf(1, markingId).id, json: '{"n":1}' }])
  })
})
