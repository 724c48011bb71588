import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { withRolesTable } from './roles-table'

describe('the README\u2019s role table', () => {
  it('is the one the permission tables give (run `npm run docs:roles` after changing a table)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    expect(readme).toBe(withRolesTable(readme))
  })
})
