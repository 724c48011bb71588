/**
 * The console's Decisions and Notifications pages end to end, in Debian's Chromium against a
 * real listening hub. Nation A proposes by silence procedure to B; B, already on the page, sees
 * it arrive live and breaks silence with an amended text (shown against the current one); A sees
 * the break arrive live; a third nation, on the same page throughout, sees none of it, in the page,
 * its activity stream or the API. A member sets a notification rule and an OpenPGP key and finds
 * them saved after a reload. axe-core runs on both pages; screenshots go to test-results/console/.
 */
import { randomUUID } from 'node:crypto'
import * as openpgp from 'openpgp'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumNotice, consoleHub, HAS_CHROMIUM, launchChromium, screenshot, seriousAxeFindings, signedInPage, signInWithToken, type LaunchedBrowser } from './browser'
import { makeNation, type TestHub } from './hub'

const SHOTS = 'console'
const TITLE = `Joint attribution of the wiper ${randomUUID().slice(0, 8)}`
const TEXT = 'The nations attribute the wiper campaign to the actor tracked as Sandworm.'
const AMENDED = 'The nations attribute the wiper campaign, with moderate confidence, to the actor tracked as Sandworm.'
const REASON = 'Our evidence supports moderate confidence only'

if (!HAS_CHROMIUM) console.warn(chromiumNotice())

describe.skipIf(!HAS_CHROMIUM)('the Decisions and Notifications pages in Chromium', () => {
  let t: TestHub
  let chrome: LaunchedBrowser
  let base: string
  let nations: { a: Awaited<ReturnType<typeof makeNation>>; b: Awaited<ReturnType<typeof makeNation>>; c: Awaited<ReturnType<typeof makeNation>> }
  const contexts: BrowserContext[] = []

  /** A browser context of its own, signed in with the user's API token, on Now with the live feed up. */
  const signedIn = (user: { token: string }): Promise<Page> => signedInPage(chrome.browser, base, contexts, (page) => signInWithToken(page, user.token))

  const go = async (page: Page, link: string) => {
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: link, exact: true }).click()
    await page.getByRole('heading', { name: link, level: 1 }).waitFor()
    await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' })
  }

  const proposal = (page: Page) => page.getByRole('article', { name: TITLE })
  const stateOf = (page: Page, state: string) => proposal(page).getByTestId('decision-state').filter({ hasText: new RegExp(`^${state}$`) }).waitFor()

  beforeAll(async () => {
    ;({ t, base } = await consoleHub())
    nations = { a: await makeNation(t), b: await makeNation(t), c: await makeNation(t) }
    chrome = await launchChromium()
  }, 180_000)

  afterAll(async () => {
    for (const c of contexts) await c.close()
    await chrome?.close()
    await t?.close()
  })

  it('A proposes by silence procedure; B sees it live and breaks silence with an amended text; A sees it live; C sees nothing', async () => {
    const [a, b, c] = [await signedIn(nations.a.admin), await signedIn(nations.b.admin), await signedIn(nations.c.admin)]
    for (const p of [a, b, c]) await go(p, 'Decisions')
    await c.getByText('No open proposal.').waitFor()

    const form = a.getByRole('form', { name: 'Propose a decision' })
    await form.getByLabel('Kind').selectOption('attribution')
    await form.getByLabel('Procedure').selectOption('silence')
    await form.getByLabel('Title').fill(TITLE)
    await form.getByLabel('Text proposed').fill(TEXT)
    await form.getByRole('checkbox', { name: nations.b.org.name }).check({ force: true })
    await form.getByLabel('TLP').selectOption('AMBER')
    expect(await seriousAxeFindings(a)).toEqual([])
    await screenshot(a, SHOTS, 'a-decisions-propose')
    await form.getByRole('button', { name: 'Propose' }).click()
    await stateOf(a, 'open')

    // B never reloaded: the proposal arrives through the live feed, its deadline counting down.
    await stateOf(b, 'open')
    const card = proposal(b)
    expect(await card.innerText()).toMatch(/left \(due /)
    expect(await card.innerText()).toContain(nations.a.org.name)
    await card.getByLabel(/^Reason/).fill(REASON)
    await card.getByLabel(/^Amended text/).fill(AMENDED)
    const diff = card.getByRole('group', { name: 'Your amended text against the current one' })
    expect(await diff.locator('ins').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('moderate')]))
    expect(await seriousAxeFindings(b)).toEqual([])
    await screenshot(b, SHOTS, 'b-decisions-break-silence')
    // By keyboard: the answer buttons take focus and Enter.
    await card.getByRole('button', { name: 'Break silence' }).focus()
    await b.keyboard.press('Enter')
    // The round stays open until its deadline, but with silence broken it cannot be adopted as it stands.
    await card.getByTestId('silence-broken').waitFor()

    // A, still on the page, sees the break arrive: who, why, and the amended text against the proposed one.
    await proposal(a).getByTestId('silence-broken').waitFor()
    const answers = proposal(a).getByRole('list', { name: `Answers to ${TITLE}` })
    const said = await answers.innerText()
    expect(said).toContain(`${nations.b.org.name}`)
    expect(said).toContain('breaks silence')
    expect(said).toContain(REASON)
    expect(await answers.locator('ins').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('moderate')]))
    expect(await proposal(a).getByLabel('Text of the next round').inputValue()).toBe(AMENDED)
    expect(await seriousAxeFindings(a)).toEqual([])
    await screenshot(a, SHOTS, 'a-decisions-silence-broken')

    // A issues the amended text as round 2; B sees the new round arrive live, its silence unbroken.
    await proposal(a).getByRole('button', { name: 'Issue as a new round' }).click()
    await proposal(b).getByText('Text of round 2').waitFor()
    expect(await proposal(b).locator('figure').filter({ hasText: 'Text of round 2' }).innerText()).toContain(AMENDED)
    expect(await proposal(b).getByTestId('silence-broken').count()).toBe(0)

    // C, on the same page all along, got nothing: not in the page, not in its stream, not from the API.
    await c.getByText('No open proposal.').waitFor()
    expect(await c.locator('main').innerText()).not.toContain(TITLE)
    expect(await seriousAxeFindings(c)).toEqual([])
    await screenshot(c, SHOTS, 'c-decisions')
    await go(c, 'Now')
    const stream = await c.locator('.activity').innerText()
    for (const secret of [TITLE, 'proposal', 'silence']) expect(stream).not.toContain(secret)
    const seen = await t.client(nations.c.admin.token).GET('/api/v1/decisions', { params: { query: { limit: 100 } } })
    expect(seen.data).toEqual([])
    const id = (await t.client(nations.a.admin.token).GET('/api/v1/decisions', { params: { query: { limit: 100 } } })).data?.[0]?.id ?? ''
    expect((await t.req('GET', `/api/v1/decisions/${id}`, { token: nations.c.admin.token })).statusCode).toBe(404)
  }, 180_000)

  it('a member sets a notification rule and an OpenPGP key and finds them saved after a reload', async () => {
    const page = await signedIn(nations.b.admin)
    await go(page, 'Notifications')
    expect(await seriousAxeFindings(page)).toEqual([])
    const me = (await t.client(nations.b.admin.token).GET('/api/v1/me')).data!
    const key = await openpgp.generateKey({ type: 'curve25519', userIDs: [{ email: me.user.email }], format: 'armored' })
    const fingerprint = (await openpgp.readKey({ armoredKey: key.publicKey })).getFingerprint()

    await page.getByLabel('New OpenPGP public key (ASCII-armored)').fill(key.publicKey)
    await page.getByRole('button', { name: 'Save contact' }).click()
    await page.getByTestId('pgp-fingerprint').getByText(fingerprint, { exact: false }).waitFor()

    const offers = page.getByRole('group', { name: /^an assistance offer to my organization/ })
    expect(await offers.getByRole('checkbox', { name: 'E-mail' }).isChecked()).toBe(true)
    await offers.getByRole('checkbox', { name: 'E-mail' }).focus()
    await page.keyboard.press('Space')
    await page.getByRole('group', { name: /^an assistance offer to my organization \(your rule\)/ }).waitFor()
    await screenshot(page, SHOTS, 'b-notifications-saved')

    await page.reload()
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor()
    await page.getByTestId('pgp-fingerprint').getByText(fingerprint, { exact: false }).waitFor()
    const saved = page.getByRole('group', { name: /^an assistance offer to my organization \(your rule\)/ })
    expect(await saved.getByRole('checkbox', { name: 'E-mail' }).isChecked()).toBe(false)
    expect(await seriousAxeFindings(page)).toEqual([])
    await screenshot(page, SHOTS, 'b-notifications')

    // The hub holds what the page showed; another nation's admin reads nothing of it.
    const stored = (await t.client(nations.b.admin.token).GET('/api/v1/notify/me')).data!
    expect(stored.pgpFingerprint?.toLowerCase()).toBe(fingerprint.toLowerCase())
    expect(stored.rules.find((r) => r.topic === 'offer')).toMatchObject({ channels: [], isDefault: false })
    expect((await t.client(nations.c.admin.token).GET('/api/v1/notify/me')).data?.pgpFingerprint).toBeNull()
  }, 180_000)
})
