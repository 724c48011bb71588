/**
 * Debian's Chromium through playwright-core, for browser tests: headless, in a fresh profile,
 * with a virtual WebAuthn authenticator (the DevTools protocol's WebAuthn domain) when asked.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'

export interface TestChromium {
  context: BrowserContext
  close(): Promise<void>
}

export async function launchChromium(): Promise<TestChromium> {
  const profile = await mkdtemp(join(tmpdir(), 'sw-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  })
  return {
    context,
    close: async () => {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}

/**
 * A platform authenticator with resident keys and user verification that always verifies the
 * user (as a fingerprint would), attached to this page's browser.
 */
export async function addVirtualAuthenticator(page: Page): Promise<{ cdp: CDPSession; authenticatorId: string }> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('WebAuthn.enable')
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  })
  return { cdp, authenticatorId }
}
