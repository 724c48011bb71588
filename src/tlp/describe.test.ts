import { describe, expect, it } from 'vitest'
import { describeVisibility } from './describe'
import type { Marking } from './marking'

const names = { org: (id: string) => id.toUpperCase(), user: (id: string) => `user ${id}` }
const m = (tlp: Marking['tlp'], extra: Partial<Marking> = {}): Marking => ({ tlp, audienceOrgs: [], audienceUsers: [], originatorOrg: 'op', originatorUser: 'u1', ...extra })

describe('who can see a marked object, in words', () => {
  it.each([
    ['CLEAR', m('CLEAR'), 'CLEAR: anyone, also unauthenticated readers'],
    ['GREEN', m('GREEN'), 'GREEN: every member of the hub'],
    ['AMBER with no audience', m('AMBER'), 'AMBER: OP (originator)'],
    ['AMBER to a CERT and a named POC', m('AMBER', { audienceOrgs: ['cert-ee'], audienceUsers: ['poc'] }), 'AMBER: OP (originator); CERT-EE and the organizations under it; named: user poc'],
    ['AMBER naming its own originator', m('AMBER', { audienceOrgs: ['op', 'lv'] }), 'AMBER: OP (originator) and the organizations under it; LV and the organizations under it'],
    ['AMBER+STRICT', m('AMBER+STRICT', { audienceOrgs: ['op', 'ee'] }), 'AMBER+STRICT: OP (originator); EE only'],
    ['RED', m('RED', { audienceUsers: ['u2', 'u1'] }), 'RED: only user u1, user u2'],
    ['RED of the hub itself', m('RED', { originatorUser: null }), 'RED: only nobody named'],
  ] as const)('%s', (_name, marking, words) => {
    expect(describeVisibility(marking, names)).toBe(words)
  })
})
