/**
 * The web console end to end, in Debian's Chromium against a real listening hub: two nations
 * work a request for help through the pages while each sees the other's steps arrive live (no
 * reload: the pages fetch nothing by themselves, only the live feed makes them refetch), and a
 * third nation, signed in throughout, sees none of it on any page or in its activity stream.
 * axe-core runs on every page; screenshots go to test-results/console/.
 */
import { randomUUID } from 'node:crypto'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { capabilityBody } from './assistance-world'
import { chromiumNotice, consoleHub, HAS_CHROMIUM, launchChromium, screenshot, seriousAxeFindings, signedInPage, signInWithToken, type LaunchedBrowser } from './browser'
import { makeNation, type TestHub } from './hub'
import { givePasswordAndTotp } from './signin'
import { addVirtualAuthenticator } from './chromium'
import { totpCode } from '../src/domain/members/credentials'

const SHOTS = 'console'
const TITLE = `Wiper at substation ${randomUUID().slice(0, 8)}`
const SUMMARY = 'SCADA servers wiped overnight; sample attached to the case'
const IOC = '203.0.113.77'
const PAGES = ['/', '/incidents', '/assistance', '/assistance-metrics', '/capabilities', '/intel', '/members', '/audit', '/account'] as const

const stixReport = () => {
  const now = new Date().toISOString()
  return JSON.stringify({
    type: 'bundle',
    id: `bundle--${randomUUID()}`,
    objects: [
      { type: 'indicator', spec_version: '2.1', id: `indicator--${randomUUID()}`, created: now, modified: now, name: 'Wiper C2', pattern: `[ipv4-addr:value = '${IOC}']`, pattern_type: 'stix', valid_from: now },
    ],
  })
}

if (!HAS_CHROMIUM) console.warn(chromiumNotice())

describe.skipIf(!HAS_CHROMIUM)('the web console in Chromium', () => {
  let t: TestHub
  let chrome: LaunchedBrowser
  let base: string
  let nations: { a: Awaited<ReturnType<typeof makeNation>>; b: Awaited<ReturnType<typeof makeNation>>; c: Awaited<ReturnType<typeof makeNation>> }
  const contexts: BrowserContext[] = []
  let flowDone = false
  let cPage: Page

  /**
   * A browser context of its own, signed in through the sign-in page — with password and TOTP
   * code (a cookie session), or with an API token — on Now with the live feed up.
   */
  async function signedIn(user: { id: string; token: string }, how: 'password' | 'token'): Promise<Page> {
    return signedInPage(chrome.browser, base, contexts, async (page) => {
      if (how === 'token') return signInWithToken(page, user.token)
      const { password, code } = await givePasswordAndTotp(t, user.id)
      const me = await t.client(user.token).GET('/api/v1/me')
      await page.getByLabel('E-mail', { exact: true }).fill(me.data!.user.email)
      await page.getByLabel('Password', { exact: true }).fill(password)
      await page.getByLabel('Code from your authenticator app').fill(code())
      await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    })
  }

  const go = async (page: Page, path: string) => {
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: linkName(path), exact: true }).click()
    await page.waitForURL(`${base}${path}`)
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' })
  }
  const linkName = (path: string) =>
    ({ '/': 'Now', '/incidents': 'Incidents', '/assistance': 'Assistance', '/assistance-metrics': 'Metrics', '/capabilities': 'Capabilities', '/intel': 'Intel', '/members': 'Members', '/audit': 'Audit', '/account': 'My account' })[path] ?? path

  const requestState = (page: Page, state: string) => page.getByTestId('request-state').filter({ hasText: new RegExp(`^${state}$`) }).waitFor()

  beforeAll(async () => {
    ;({ t, base } = await consoleHub())
    nations = { a: await makeNation(t), b: await makeNation(t), c: await makeNation(t) }
    const cap = await t.req('POST', '/api/v1/capabilities', { token: nations.b.admin.token, body: capabilityBody('malware-analysis') })
    expect(cap.statusCode, cap.body).toBe(201)
    chrome = await launchChromium()
    // The third nation is signed in before anything happens and stays on its Now page.
    cPage = await signedIn(nations.c.admin, 'token')
  }, 180_000)

  afterAll(async () => {
    for (const c of contexts) await c.close()
    await chrome?.close()
    await t?.close()
  })

  it('A reports and asks for malware analysis; B sees the offer live and accepts; A sees it live; B delivers a STIX file; A closes with a rating; metrics show it', async () => {
    const a = await signedIn(nations.a.admin, 'password')
    const b = await signedIn(nations.b.admin, 'password')
    await screenshot(b, SHOTS, 'b-now-before')

    // A reports an incident through the form: choices from the vocabularies, a marking picker that says who will see it.
    await go(a, '/incidents')
    const report = a.getByRole('region', { name: 'Report an incident' })
    await report.getByLabel('Title').fill(TITLE)
    await report.getByLabel('Summary').fill(SUMMARY)
    await report.getByLabel('Sector').selectOption('energy-electricity')
    await report.getByLabel('Severity').selectOption('4')
    await report.getByLabel('TLP').selectOption('AMBER')
    expect(await report.locator('.who-sees').innerText()).toContain(nations.a.org.name)
    expect(await seriousAxeFindings(a)).toEqual([])
    await screenshot(a, SHOTS, 'a-incidents-report')
    await report.getByRole('button', { name: 'Report' }).click()
    await a.getByRole('heading', { name: TITLE }).waitFor()
    expect(await a.locator('.who-sees').first().innerText()).toMatch(/Who can see it/)

    // …and asks for help from the incident's page.
    const ask = a.getByRole('form', { name: 'Ask for help' })
    await ask.getByLabel('Capability needed').selectOption('malware-analysis')
    await ask.getByLabel('Summary helpers may read (sanitized)').fill('A wiper hit an electricity operator; we need the sample reversed')
    expect(await seriousAxeFindings(a)).toEqual([])
    await screenshot(a, SHOTS, 'a-incident-detail')
    await ask.getByRole('button', { name: 'Ask for help' }).click()
    await requestState(a, 'offered')
    await a.getByText(nations.b.org.name).first().waitFor()
    expect(await seriousAxeFindings(a)).toEqual([])
    await screenshot(a, SHOTS, 'a-request-offered')

    // B never reloaded: the offer arrives through the live feed, with its countdown.
    const offer = b.getByRole('listitem', { name: 'Offer: Malware analysis' })
    await offer.waitFor()
    expect(await offer.innerText()).toMatch(/left|overdue/)
    expect(await seriousAxeFindings(b)).toEqual([])
    await screenshot(b, SHOTS, 'b-now-offer-arrived')
    t.clock.advance(20 * 60_000)
    await offer.getByRole('button', { name: 'Accept' }).click()

    // A, still on the request's page, sees the acceptance arrive.
    await requestState(a, 'accepted')
    await screenshot(a, SHOTS, 'a-request-accepted')

    // B starts the work and delivers a STIX file, marked for A's nation.
    await go(b, '/assistance')
    const mine = b.getByRole('listitem', { name: 'Offer: Malware analysis' })
    await mine.getByRole('button', { name: 'Start work' }).click()
    await mine.getByRole('button', { name: 'Work started' }).waitFor()
    await mine.getByLabel('What you deliver').fill('Wiper family identified; C2 indicator attached')
    await mine.locator('input[name="stix"]').setInputFiles({ name: 'report.json', mimeType: 'application/json', buffer: Buffer.from(stixReport()) })
    await mine.getByLabel('TLP').selectOption('AMBER')
    await mine.getByRole('checkbox', { name: nations.a.org.name }).check({ force: true })
    expect(await mine.locator('.who-sees').innerText()).toContain(nations.a.org.name)
    expect(await seriousAxeFindings(b)).toEqual([])
    await screenshot(b, SHOTS, 'b-assistance-deliver')
    // Steps stay under the sessions' 30 minutes of idleness, or the hub would sign the pages out.
    t.clock.advance(25 * 60_000)
    await mine.getByRole('button', { name: 'Deliver' }).click()
    await mine.getByRole('heading', { name: /delivered/ }).waitFor()

    // A sees the delivery arrive, closes with a rating.
    await requestState(a, 'delivered')
    await a.getByText('Wiper family identified').waitFor()
    t.clock.advance(10 * 60_000)
    await a.getByLabel('Rating').selectOption('4')
    await a.getByLabel('Comment').fill('Fast and thorough')
    await a.getByRole('button', { name: 'Close the request' }).click()
    await requestState(a, 'closed')
    await screenshot(a, SHOTS, 'a-request-closed')

    // The delivered STIX object opens for A, with its marking in words.
    await a.getByRole('list', { name: 'Delivered intel' }).getByRole('link').first().click()
    await a.getByRole('heading', { name: /Wiper C2/ }).waitFor()
    expect(await a.locator('.who-sees').innerText()).toContain(nations.a.org.name)
    expect(await seriousAxeFindings(a)).toEqual([])
    await screenshot(a, SHOTS, 'a-intel-object')

    // The metrics page shows it.
    await go(a, '/assistance-metrics')
    await a.getByTestId('metric-requests').filter({ hasText: /^1$/ }).waitFor()
    expect(await a.getByTestId('metric-rating').innerText()).toMatch(/^4\b/)
    expect(await a.getByTestId('metric-closure').innerText()).not.toBe('—')
    expect(await seriousAxeFindings(a)).toEqual([])
    await screenshot(a, SHOTS, 'a-metrics')

    // The activity stream speaks in names, not ids.
    await go(a, '/')
    const activity = await a.locator('.activity').innerText()
    expect(activity).toContain(`${nations.b.org.name} accepted`)
    expect(activity).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/)
    flowDone = true
  }, 180_000)

  it('a third nation, signed in throughout, sees none of it on any page or in its stream', async () => {
    expect(flowDone, 'runs after the main flow').toBe(true)
    const stream = await cPage.locator('.activity').innerText()
    for (const secret of [TITLE, 'Malware analysis', 'malware-analysis', nations.a.org.name, 'accepted', 'delivered', 'offer']) expect(stream).not.toContain(secret)
    for (const path of PAGES) {
      await go(cPage, path)
      const text = await cPage.locator('main').innerText()
      expect(text, path).not.toContain(TITLE)
      expect(text, path).not.toContain(SUMMARY)
      expect(text, path).not.toContain('Wiper family identified')
      expect(await seriousAxeFindings(cPage), path).toEqual([])
      await screenshot(cPage, SHOTS, `c-${path === '/' ? 'now' : path.slice(1)}`)
    }
    // Not even a lookup of the delivered indicator confirms it exists.
    await go(cPage, '/intel')
    await cPage.getByLabel(/^Values/).fill(IOC)
    await cPage.getByRole('button', { name: 'Look up' }).click()
    await cPage.getByText(/values read, 0 matches/).waitFor()
    await go(cPage, '/assistance-metrics')
    expect(await cPage.getByTestId('metric-requests').innerText()).toBe('0')
  }, 180_000)

  it('every page of the nation that asked passes axe-core with no serious or critical finding', async () => {
    const a = await signedIn(nations.a.admin, 'token')
    for (const path of PAGES) {
      await go(a, path)
      expect(await seriousAxeFindings(a), path).toEqual([])
      await screenshot(a, SHOTS, `a-${path === '/' ? 'now' : path.slice(1)}`)
    }
    await a.getByRole('button', { name: 'Sign out' }).click()
    await a.getByRole('heading', { name: 'Sign in to Shieldwall' }).waitFor()
    expect(await seriousAxeFindings(a)).toEqual([])
    await screenshot(a, SHOTS, 'sign-in')
  }, 180_000)

  it('an admin adds a user whose enrolment link lets them set password and authenticator and sign in', async () => {
    const admin = await signedIn(nations.a.admin, 'token')
    await go(admin, '/members')
    const add = admin.getByRole('region', { name: 'Add a user' })
    const email = `analyst-${randomUUID().slice(0, 8)}@example.org`
    await add.getByLabel('Name').fill('New Analyst')
    await add.getByLabel('E-mail').fill(email)
    await add.getByRole('button', { name: 'Add and make an enrolment link' }).click()
    const link = await admin.locator('.enrolment-link code').innerText()
    await screenshot(admin, SHOTS, 'a-members-enrolment-link')

    const context = await chrome.browser.newContext({ viewport: { width: 1024, height: 768 } })
    contexts.push(context)
    const person = await context.newPage()
    await person.goto(`${base}${new URL(link).pathname}`)
    await person.getByText(email).waitFor()
    const secret = await person.getByTestId('totp-secret').innerText()
    expect(await seriousAxeFindings(person)).toEqual([])
    await screenshot(person, SHOTS, 'enrol')
    await person.getByLabel('New password').fill('a long enough passphrase for the test')
    await person.getByLabel('Code your authenticator app shows').fill(totpCode(secret, t.clock.now()))
    await person.getByRole('button', { name: 'Set up and sign in' }).click()
    await person.getByRole('heading', { name: 'You are signed in' }).waitFor()
    await person.getByRole('link', { name: 'Continue to the console' }).click()
    await person.getByRole('heading', { name: 'Now', level: 1 }).waitFor()
    await person.getByText(`New Analyst, ${nations.a.org.name}`).waitFor()
  }, 180_000)

  it('a member adds a passkey on the account page, signs out, and signs in with it', async () => {
    const page = await signedIn(nations.b.admin, 'password')
    await addVirtualAuthenticator(page)
    await go(page, '/account')
    await page.getByLabel('Passkey name').fill('Laptop')
    await page.getByRole('button', { name: 'Add a passkey' }).click()
    await page.getByRole('table', { name: 'My passkeys' }).getByRole('cell', { name: 'Laptop', exact: true }).waitFor()
    expect(await seriousAxeFindings(page)).toEqual([])
    await screenshot(page, SHOTS, 'b-account-passkey')
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('heading', { name: 'Sign in to Shieldwall' }).waitFor()
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click()
    await page.getByRole('heading', { name: 'Now', level: 1 }).waitFor()
    await go(page, '/account')
    await page.getByRole('table', { name: 'Browsers signed in as me' }).getByRole('cell', { name: 'passkey', exact: true }).first().waitFor()
  }, 180_000)
})
