import { describe, expect, it } from 'vitest'
import { sidesOf } from './text-diff'

const join = (ps: { text: string }[]) => ps.map((p) => p.text).join('')
const changed = (ps: { text: string; changed: boolean }[]) => ps.filter((p) => p.changed).map((p) => p.text.trim())

describe('an amended text against the current one', () => {
  it('reads each side exactly as its text, spaces included', () => {
    const current = 'The nations attribute the wiper campaign to the actor.'
    const amended = 'The nations attribute the wiper campaign, with moderate confidence, to the actor.'
    const s = sidesOf(current, amended)
    expect(join(s.current)).toBe(current)
    expect(join(s.amended)).toBe(amended)
    expect(changed(s.current)).toEqual([])
    expect(changed(s.amended).join(' ')).toContain('moderate confidence')
  })

  it('marks the words removed on the current side and the words added on the amended side', () => {
    const s = sidesOf('Deploy two teams on Monday', 'Deploy one team on Monday')
    expect(changed(s.current)).toEqual(expect.arrayContaining(['two', 'teams']))
    expect(changed(s.amended)).toEqual(expect.arrayContaining(['one', 'team']))
    expect(join(s.current)).toBe('Deploy two teams on Monday')
  })
})
