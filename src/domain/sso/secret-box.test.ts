import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { open, seal } from './secret-box'

describe('client secrets sealed at rest', () => {
  const key = randomBytes(32)

  it('open what was sealed, and the sealed form does not contain the secret', () => {
    const sealed = seal(key, 'the-client-secret', 'org-1')
    expect(sealed).not.toContain('the-client-secret')
    expect(sealed).not.toBe(seal(key, 'the-client-secret', 'org-1'))
    expect(open(key, sealed, 'org-1')).toBe('the-client-secret')
  })

  it('refuse another key, another organization\u2019s row, and a tampered value', () => {
    const sealed = seal(key, 'the-client-secret', 'org-1')
    expect(() => open(randomBytes(32), sealed, 'org-1')).toThrow()
    expect(() => open(key, sealed, 'org-2')).toThrow()
    const [v, iv, tag, body] = sealed.split('.')
    const flipped = Buffer.from(body!, 'base64url')
    flipped[0] = flipped[0]! ^ 1
    expect(() => open(key, [v, iv, tag, flipped.toString('base64url')].join('.'), 'org-1')).toThrow()
    expect(() => open(key, 'not sealed', 'org-1')).toThrow(/not a sealed secret/)
  })
})
