/**
 * Real Chromium for the console's end-to-end tests and its benchmark: Debian's /usr/bin/chromium
 * driven by playwright-core (never a downloaded browser), headless, with a fresh profile; the
 * console built into dist/web when it is missing or older than its sources; axe-core run in a
 * page; screenshots into test-results/<folder>/.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { build } from 'vite'
import { startTestHub, type TestHub } from './hub'

const ROOT = resolve(import.meta.dirname, '..')
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
export const HAS_CHROMIUM = existsSync(CHROMIUM)
export const chromiumNotice = () => `Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH): the console's browser tests are skipped`

const newestUnder = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((max, e) => Math.max(max, e.isDirectory() ? newestUnder(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs), 0)

/** Builds web/ into dist/web unless the build there is newer than every source file. */
export async function ensureConsoleBuilt(): Promise<void> {
  const index = join(ROOT, 'dist', 'web', 'index.html')
  if (existsSync(index) && statSync(index).mtimeMs >= newestUnder(join(ROOT, 'web'))) return
  await build({ configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' })
}

export interface LaunchedBrowser {
  browser: Browser
  close(): Promise<void>
}

/**
 * Headless with the agreed flags. The fresh --user-data-dir is playwright's own: launch() gives
 * every browser a new temporary profile and deletes it on close (it refuses the flag itself).
 */
export async function launchChromium(): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  })
  return { browser, close: () => browser.close() }
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeFinding {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

/**
 * axe-core's serious and critical findings on the page as it is now. The script goes in through
 * the DevTools protocol (page.evaluate), which the page's CSP does not govern, so the test needs
 * no hole in the CSP.
 */
export async function seriousAxeFindings(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(`${axeSource}\n;0`)
  const found = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe
    const result = await axe.run()
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target[0])) }))
  })
  return found.filter((f) => f.impact === 'serious' || f.impact === 'critical')
}

/** Writes a full-page screenshot to test-results/<folder>/<name>.png (git-ignored). */
export async function screenshot(page: Page, folder: string, name: string): Promise<void> {
  const dir = join(ROOT, 'test-results', folder)
  mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true })
}

/**
 * A browser context of its own (kept in `contexts` for closing), at the sign-in page, signed in by
 * `signIn`, then waiting on Now with the live feed up.
 */
export async function signedInPage(browser: Browser, base: string, contexts: BrowserContext[], signIn: (page: Page) => Promise<void>): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Tallinn' })
  contexts.push(context)
  const page = await context.newPage()
  page.on('pageerror', (err) => console.error('page error:', err.message))
  await page.goto(`${base}/sign-in`)
  await signIn(page)
  await page.getByRole('heading', { name: 'Now', level: 1 }).waitFor()
  await page.locator('.live.on').waitFor()
  return page
}

/** Signs in on the sign-in page with an API token, as a script's user may. */
export async function signInWithToken(page: Page, token: string): Promise<void> {
  await page.getByRole('button', { name: 'Sign in with an API token instead' }).click()
  await page.getByRole('textbox', { name: 'API token' }).fill(token)
  await page.getByRole('button', { name: 'Sign in with the token' }).click()
}

/**
 * A hub serving the built console on localhost (a secure context over plain HTTP: session
 * cookies, WebAuthn, a relying party id for passkeys), its clock at the real now because the
 * browser counts deadlines down against its own. Returns the hub and its base URL.
 */
export async function consoleHub(): Promise<{ t: TestHub; base: string }> {
  await ensureConsoleBuilt()
  const t = await startTestHub('sqlite')
  t.clock.set(new Date())
  await t.hub.app.listen({ host: 'localhost', port: 0 })
  return { t, base: `http://localhost:${(t.hub.app.server.address() as AddressInfo).port}` }
}
