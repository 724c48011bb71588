import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CATALOGUE_SECTIONS, ERROR_CATALOGUE } from './error-catalogue'
import { AppError, conflict, unprocessable } from './errors'

const sourceOf = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceOf(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.includes('.test') && e.name !== 'error-catalogue.ts' ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  )

describe('the error catalogue', () => {
  it('gives each code one owner, a client or server status and a one-line meaning', () => {
    const owners = Object.values(CATALOGUE_SECTIONS).flatMap((section) => Object.keys(section))
    expect(owners.length).toBe(new Set(owners).size)
    for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) {
      expect(code, code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/)
      expect(entry.status >= 400 && entry.status < 600, code).toBe(true)
      expect(entry.meaning, code).toMatch(/^\S[^\n]{10,160}$/)
    }
  })

  it('lists only codes the hub answers with (each appears in the sources)', () => {
    const sources = [...sourceOf(new URL('../', import.meta.url).pathname), ...sourceOf(new URL('../../cli/', import.meta.url).pathname)].join('\n')
    expect(Object.keys(ERROR_CATALOGUE).filter((code) => !sources.includes(`'${code}'`))).toEqual([])
  })

  it('makes a code outside it, or with another status, a type error', () => {
    // @ts-expect-error: not in the catalogue
    expect(unprocessable('no_such_code', 'x').code).toBe('no_such_code')
    // @ts-expect-error: duplicate is a 409, not a 422
    expect(unprocessable('duplicate', 'x').status).toBe(422)
    // @ts-expect-error: bundle_rejected is a 422
    expect(new AppError(404, 'bundle_rejected', 'x').status).toBe(404)
    expect(conflict('duplicate', 'x').status).toBe(ERROR_CATALOGUE.duplicate.status)
  })
})
