import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../src/config'
import { createLogger } from '../src/core/logger'
import { createHub, type Hub } from '../src/hub'
import { cliIn } from '../test/cli'
import { wiperIncident } from '../test/incidents'
import { injectFetch } from '../test/inject-fetch'
import { ownTokenByLink } from '../test/signin'

/** Friction 1 of issue 10: the README's own example gives a point of contact who acts for Estonia. */
describe('the README\u2019s point of contact, made with the CLI', () => {
  let dir: string
  let hub: Hub | undefined
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'shieldwall-readme-'))
  })
  afterAll(async () => {
    await hub?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('`user add --org CERT-EE --roles analyst,poc` declares capabilities and submits requests for Estonia', async () => {
    const run = cliIn(dir)
    // The README's commands, as written there.
    for (const argv of [
      ['setup'],
      ['org', 'add', '--name', 'Estonia', '--kind', 'nation', '--country', 'EE'],
      ['org', 'add', '--name', 'CERT-EE', '--kind', 'cert', '--parent', 'Estonia'],
      ['user', 'add', '--org', 'CERT-EE', '--email', 'analyst@cert.ee', '--name', 'An Analyst', '--roles', 'analyst,poc'],
    ]) expect((await run(...argv)).code, argv.join(' ')).toBe(0)
    const enrol = await run('--json', 'user', 'enrol', '--user', 'analyst@cert.ee')
    expect(enrol.code, enrol.err).toBe(0)
    const link = JSON.parse(enrol.out) as { token: string }

    hub = await createHub(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', ROLES: 'http' }), { logger: createLogger('silent') })
    // The analyst opens the link, sets password + TOTP, and issues their own token.
    const token = await ownTokenByLink(injectFetch(hub.app), 'http://localhost', link.token)
    const req = (method: 'GET' | 'POST', url: string, body?: object) =>
      hub!.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(body ? { payload: body } : {}) })
    const declared = await req('POST', '/api/v1/capabilities', {
      category: 'malware-analysis', description: 'Wiper reverse engineering', capacity: 2, languages: ['en', 'et'], delivery: 'remote', responseHours: 4, sectors: ['energy'],
      workingHours: { tz: 'Europe/Tallinn', days: [1, 2, 3, 4, 5], start: '08:00', end: '18:00' },
    })
    expect(declared.statusCode, declared.body).toBe(201)
    const incident = await req('POST', '/api/v1/incidents', wiperIncident({ tlp: 'GREEN' }))
    expect(incident.statusCode, incident.body).toBe(201)
    const draft = await req('POST', '/api/v1/assistance/requests', {
      incidentId: incident.json<{ id: string }>().id, category: 'digital-forensics', urgency: 'high', needed: 1, languages: ['en'], delivery: 'either', sanitizedSummary: 'Forensics of a wiper',
    })
    expect(draft.statusCode, draft.body).toBe(201)
    const id = draft.json<{ id: string }>().id
    expect((await req('POST', `/api/v1/assistance/requests/${id}/approve-summary`)).statusCode).toBe(200)
    const submitted = await req('POST', `/api/v1/assistance/requests/${id}/submit`)
    expect(submitted.statusCode, submitted.body).toBe(200)
  })
})
