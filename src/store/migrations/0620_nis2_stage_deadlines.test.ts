/**
 * Migration 0620 arms the NIS2 stages of incidents reported before stages were deadline rows:
 * every stage still ahead of an incident not closed, and nothing overdue, submitted or closed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, makeUser, startTestHub, type TestHub } from '../../../test/hub'
import { wiperIncident } from '../../../test/incidents'
import { DIALECTS } from '../../../test/store'
import { dialectHelpers } from '../db'
import { up as migrate0620 } from './0620_nis2_stage_deadlines'

const HOUR = 3_600_000

describe.each(DIALECTS)('migration 0620: NIS2 stages of existing incidents (%s)', (dialect) => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub(dialect)
  })
  afterAll(() => t.close())

  it('arms the stages still ahead, not the overdue or submitted ones, nor a closed incident’s', async () => {
    // The migration reads the real time: the hub's clock is set to it so that incidents are fresh.
    t.clock.set(new Date())
    const nation = await makeNation(t)
    const reporter = await makeUser(t, nation.org.id, ['analyst'])
    const report = async () => {
      const res = await t.req('POST', '/api/v1/incidents', { token: reporter.token, body: wiperIncident({ tlp: 'GREEN' }) })
      expect(res.statusCode, res.body).toBe(201)
      return res.json<{ id: string }>().id
    }
    const [fresh, late, closed] = [await report(), await report(), await report()]
    const now = Date.now()
    // As before stage deadlines existed: no rows; one incident aware 30 h ago with its notification sent, one closed.
    await t.store.db.deleteFrom('deadline').where('kind', '=', 'incident.nis2_stage').execute()
    const awareLate = new Date(now - 30 * HOUR).toISOString()
    await t.store.db.updateTable('incident').set({ aware_at: awareLate, notification_at: new Date(now - HOUR).toISOString() }).where('id', '=', late).execute()
    await t.store.db.updateTable('incident').set({ status: 'closed' }).where('id', '=', closed).execute()
    await migrate0620(t.store.db as never, dialectHelpers(t.store.dialect))
    const rows = await t.store.db.selectFrom('deadline').select(['subject_id', 'due_at']).where('kind', '=', 'incident.nis2_stage').where('fired_at', 'is', null).execute()
    const subjects = rows.map((r) => r.subject_id).sort()
    expect(subjects).toEqual([`${fresh}:earlyWarning`, `${fresh}:finalReport`, `${fresh}:notification`, `${late}:finalReport`].sort())
    const freshIncident = (await t.req('GET', `/api/v1/incidents/${fresh}`, { token: reporter.token })).json<{ nis2: { stages: { stage: string; dueAt: string }[] } }>()
    for (const s of freshIncident.nis2.stages) expect(rows.find((r) => r.subject_id === `${fresh}:${s.stage}`)!.due_at).toBe(s.dueAt)
  })
})
