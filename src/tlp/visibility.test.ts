import { describe, expect, it } from 'vitest'
import type { Marking, Viewer } from './marking'
import { canSee, inScope } from './visibility'

// A small world: hub; nation EE with CERT EE-CERT and a partner under it; nation LV.
const viewer = (userId: string, orgChain: string[]): Viewer => ({ userId, orgId: orgChain[0]!, orgChain })
const eeAdmin = viewer('u-ee', ['ee', 'hub'])
const eeCert = viewer('u-ee-cert', ['ee-cert', 'ee', 'hub'])
const eeColleague = viewer('u-ee-2', ['ee', 'hub'])
const lv = viewer('u-lv', ['lv', 'hub'])
const hubCoordinator = viewer('u-hub', ['hub'])

const marking = (tlp: Marking['tlp'], extra: Partial<Marking> = {}): Marking => ({
  tlp,
  audienceOrgs: [],
  audienceUsers: [],
  originatorOrg: 'lv',
  originatorUser: 'u-lv',
  ...extra,
})

describe('canSee follows the TLP table of DESIGN.md', () => {
  it.each([
    ['CLEAR reaches unauthenticated readers', null, marking('CLEAR'), true],
    ['GREEN does not reach unauthenticated readers', null, marking('GREEN'), false],
    ['GREEN reaches every member', eeCert, marking('GREEN'), true],
    ['AMBER reaches an audience organization', eeAdmin, marking('AMBER', { audienceOrgs: ['ee'] }), true],
    ['AMBER reaches the children of an audience organization', eeCert, marking('AMBER', { audienceOrgs: ['ee'] }), true],
    ['AMBER does not reach the parent of an audience organization', eeAdmin, marking('AMBER', { audienceOrgs: ['ee-cert'] }), false],
    ['AMBER does not reach others', hubCoordinator, marking('AMBER', { audienceOrgs: ['ee'] }), false],
    ['AMBER+STRICT reaches an audience organization', eeAdmin, marking('AMBER+STRICT', { audienceOrgs: ['ee'] }), true],
    ['AMBER+STRICT does not reach children', eeCert, marking('AMBER+STRICT', { audienceOrgs: ['ee'] }), false],
    ['RED reaches a named user', eeAdmin, marking('RED', { audienceUsers: ['u-ee'] }), true],
    ['RED does not reach the named user\u2019s colleague', eeColleague, marking('RED', { audienceUsers: ['u-ee'] }), false],
    ['RED does not reach a hub coordinator', hubCoordinator, marking('RED', { audienceUsers: ['u-ee'] }), false],
    ['AMBER reaches a named user outside the audience organizations', lv, marking('AMBER', { audienceOrgs: ['ee'], audienceUsers: ['u-lv'], originatorOrg: 'ee', originatorUser: 'u-ee' }), true],
    ['AMBER+STRICT reaches a named user', eeCert, marking('AMBER+STRICT', { audienceUsers: ['u-ee-cert'] }), true],
    ['AMBER naming one user does not reach that user\u2019s colleague', eeColleague, marking('AMBER', { audienceUsers: ['u-ee'] }), false],
    ['RED does not reach an audience organization', eeAdmin, marking('RED', { audienceOrgs: ['ee'] }), false],
    ['the originating user always sees its RED', lv, marking('RED', { audienceUsers: ['u-ee'] }), true],
    ['the originating organization sees its AMBER+STRICT', viewer('u-lv-2', ['lv', 'hub']), marking('AMBER+STRICT'), true],
    ['the originating organization does not see its RED for others', viewer('u-lv-2', ['lv', 'hub']), marking('RED', { audienceUsers: ['u-ee'] }), false],
  ] as const)('%s', (_name, who, m, expected) => {
    expect(canSee(who, m)).toBe(expected)
  })
})

describe('inScope adds the exercise wall to canSee', () => {
  const green = marking('GREEN')
  it.each([
    ['real traffic reaches the real world', eeAdmin, null, green, null, true],
    ['an exercise\u2019s GREEN does not reach the real world', eeAdmin, null, green, 'ex-1', false],
    ['real GREEN does not reach an exercise', eeAdmin, 'ex-1', green, null, false],
    ['one exercise does not reach another', eeAdmin, 'ex-2', green, 'ex-1', false],
    ['an exercise reaches itself', eeAdmin, 'ex-1', green, 'ex-1', true],
    ['the wall widens nothing: RED for others stays hidden in its own exercise', hubCoordinator, 'ex-1', marking('RED', { audienceUsers: ['u-ee'] }), 'ex-1', false],
    ['anonymous readers see CLEAR of their own world only', null, null, marking('CLEAR'), 'ex-1', false],
  ] as const)('%s', (_name, who, world, m, rowWorld, expected) => {
    expect(inScope({ viewer: who, exerciseId: world }, m, rowWorld)).toBe(expected)
  })
})
