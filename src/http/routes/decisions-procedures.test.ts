/**
 * The hub decides at the deadline exactly what the plain reference says (test/decision-reference.ts):
 * random procedures, rules and answer sequences put through the API by the addressees' points of
 * contact, the deadline fired by the hub's own runner, the outcome read back. Both databases.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { referenceOutcome } from '../../../test/decision-reference'
import { makeNation, startTestHub, type TestHub } from '../../../test/hub'
import { propertyRuns } from '../../../test/property-runs'
import { DIALECTS } from '../../../test/store'
import { ANSWERS_OF, PROCEDURES } from '../../domain/decision'

describe.each(DIALECTS)('the hub decides as the reference does (%s)', (dialect) => {
  let t: TestHub
  let nations: Awaited<ReturnType<typeof makeNation>>[]
  beforeAll(async () => {
    t = await startTestHub(dialect)
    nations = []
    for (let i = 0; i < 4; i++) nations.push(await makeNation(t))
  })
  afterAll(() => t.close())

  const run = fc.constantFrom(...PROCEDURES).chain((procedure) =>
    fc.record({
      procedure: fc.constant(procedure),
      given: fc.array(fc.record({ by: fc.integer({ min: 0, max: 3 }), answer: fc.constantFrom(...ANSWERS_OF[procedure]) }), { maxLength: 8 }),
      rule: fc.record({
        quorum: fc.integer({ min: 1, max: 4 }),
        thresholdDen: fc.integer({ min: 1, max: 6 }),
        thresholdNum: fc.integer({ min: 1, max: 6 }),
        thresholdOf: fc.constantFrom('addressees' as const, 'cast' as const),
      }).map((r) => ({ ...r, thresholdNum: Math.min(r.thresholdNum, r.thresholdDen) })),
    }),
  )

  const numRuns = propertyRuns(dialect === 'sqlite' ? 200 : 60)
  it(`over ${numRuns} random answer sets`, async () => {
    await fc.assert(
      fc.asyncProperty(run, async ({ procedure, given, rule }) => {
        const proposer = nations[0]!.admin.token
        const deadline = new Date(t.clock.now().getTime() + 60_000).toISOString()
        const created = await t.client(proposer).POST('/api/v1/decisions', {
          body: {
            kind: 'free_text', title: 'Property', text: 'A text', addressees: nations.map((n) => n.org.id), procedure, deadline,
            ...(procedure === 'majority' ? { majority: rule } : {}),
          },
        })
        expect(created.response.status).toBe(201)
        const id = created.data!.id
        for (const g of given) {
          t.clock.advance(1_000)
          const needsReason = g.answer === 'object' || g.answer === 'break_silence'
          const res = await t.client(nations[g.by]!.admin.token).POST('/api/v1/decisions/{id}/answers', { params: { path: { id } }, body: { answer: g.answer, ...(needsReason ? { reason: 'because' } : {}) } })
          expect(res.response.status).toBe(200)
        }
        t.clock.set(new Date(deadline))
        await t.hub.jobs.runDue()
        const decided = await t.client(proposer).GET('/api/v1/decisions/{id}', { params: { path: { id } } })
        const addressees = nations.map((n) => n.org.id)
        expect(decided.data!.outcome).toBe(referenceOutcome(procedure, addressees, given.map((g) => ({ by: addressees[g.by]!, answer: g.answer })), rule))
      }),
      { numRuns },
    )
  }, 120_000)
})
