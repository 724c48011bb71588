/**
 * The console's two forms of issue 14, in Debian's Chromium against a real listening hub: the hub
 * admin admits an organization on Members (a nation, then a CERT under it, its parent picked from
 * the directory) and finds both listed; a nation admin who reported an incident changes its status
 * and its facts on the incident page and sees them changed after a reload. A nation admin is not
 * offered the admit form. axe-core runs on both pages; screenshots go to test-results/console/.
 */
import { randomUUID } from 'node:crypto'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumNotice, consoleHub, HAS_CHROMIUM, launchChromium, screenshot, seriousAxeFindings, signedInPage, signInWithToken, type LaunchedBrowser } from './browser'
import { makeNation, type TestHub } from './hub'

const SHOTS = 'console'
const tag = randomUUID().slice(0, 8)

if (!HAS_CHROMIUM) console.warn(chromiumNotice())

describe.skipIf(!HAS_CHROMIUM)('the organization and incident update forms in Chromium', () => {
  let t: TestHub
  let chrome: LaunchedBrowser
  let base: string
  let nation: Awaited<ReturnType<typeof makeNation>>
  const contexts: BrowserContext[] = []

  const signedIn = (token: string): Promise<Page> => signedInPage(chrome.browser, base, contexts, (page) => signInWithToken(page, token))
  const settled = (page: Page) => page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' })

  beforeAll(async () => {
    ;({ t, base } = await consoleHub())
    nation = await makeNation(t)
    chrome = await launchChromium()
  }, 180_000)

  afterAll(async () => {
    for (const c of contexts) await c.close()
    await chrome?.close()
    await t?.close()
  })

  it('the hub admin admits a nation and a CERT under it, and sees both listed; a nation admin is not offered the form', async () => {
    const page = await signedIn(t.adminToken)
    await page.goto(`${base}/members`)
    await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor()
    await settled(page)
    const form = page.getByRole('form', { name: 'Admit an organization' })
    const nationName = `Atlantis ${tag}`
    await form.getByLabel('Organization name').fill(nationName)
    await form.getByLabel('Kind').selectOption('nation')
    await form.getByLabel(/^Country/).fill('is')
    expect(await seriousAxeFindings(page)).toEqual([])
    await screenshot(page, SHOTS, 'hub-members-admit')
    await form.getByRole('button', { name: 'Admit' }).click()
    await form.getByRole('status').filter({ hasText: `Admitted ${nationName}` }).waitFor()
    const orgs = page.getByRole('table', { name: 'Organizations' })
    await orgs.getByRole('row').filter({ hasText: nationName }).filter({ hasText: 'IS' }).waitFor()

    const certName = `Atlantis CERT ${tag}`
    await form.getByLabel('Organization name').fill(certName)
    await form.getByLabel('Kind').selectOption('cert')
    await form.getByLabel('Under').selectOption({ label: nationName })
    await form.getByRole('button', { name: 'Admit' }).click()
    await orgs.getByRole('row').filter({ hasText: certName }).filter({ hasText: nationName }).waitFor()
    expect(await seriousAxeFindings(page)).toEqual([])

    const listed = await t.client().GET('/api/v1/orgs')
    const cert = listed.data?.find((o) => o.name === certName)
    expect(cert?.parentId).toBe(listed.data?.find((o) => o.name === nationName)?.id)

    const other = await signedIn(nation.admin.token)
    await other.goto(`${base}/members`)
    await other.getByRole('heading', { name: 'Users you manage' }).or(other.getByRole('table', { name: 'Users you manage' })).first().waitFor()
    expect(await other.getByRole('form', { name: 'Admit an organization' }).count()).toBe(0)
  })

  it('the reporter changes the incident status and its facts, and sees them changed', async () => {
    const title = `Wiper at the grid operator ${tag}`
    const reported = await t.client(nation.admin.token).POST('/api/v1/incidents', {
      body: { title, summary: 'Wiper found on substations.', sectors: ['energy-electricity'], rsitClass: 'malicious-code', rsitType: 'infected-system', severity: 3, malicious: true, crossBorder: false, tlp: 'AMBER' },
    })
    const id = reported.data!.id
    const page = await signedIn(nation.admin.token)
    await page.goto(`${base}/incidents/${id}`)
    await page.getByRole('heading', { name: title, level: 1 }).waitFor()
    await settled(page)
    const status = () => page.locator('dl.facts dt', { hasText: /^Status$/ }).locator('xpath=following-sibling::dd[1]')
    expect(await status().innerText()).toBe('open')

    await page.getByLabel('New status').selectOption('contained')
    await page.getByRole('button', { name: 'Change status' }).click()
    await status().filter({ hasText: /^contained$/ }).waitFor()

    const form = page.getByRole('form', { name: 'Update the incident' })
    await form.getByLabel('Severity').selectOption('4')
    await form.getByRole('checkbox', { name: 'Crosses borders' }).check({ force: true })
    await form.getByLabel('Summary').fill('Wiper found on substations in two nations.')
    expect(await seriousAxeFindings(page)).toEqual([])
    await screenshot(page, SHOTS, 'incident-update')
    await form.getByRole('button', { name: 'Save changes' }).click()
    await form.getByRole('status').filter({ hasText: 'Saved.' }).waitFor()

    await page.reload()
    await page.getByRole('heading', { name: title, level: 1 }).waitFor()
    await status().filter({ hasText: /^contained$/ }).waitFor()
    const facts = await page.locator('dl.facts').innerText()
    expect(facts).toContain('in two nations')
    const saved = await t.client(nation.admin.token).GET('/api/v1/incidents/{id}', { params: { path: { id } } })
    expect(saved.data).toMatchObject({ status: 'contained', severity: 4, crossBorder: true })
  })
})
