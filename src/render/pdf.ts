/**
 * HTML to PDF with headless Chromium (playwright-core drives the system's /usr/bin/chromium; no
 * browser is downloaded). One browser per call, with a fresh profile folder: reports are rare and
 * this keeps nothing running between them.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

export const CHROMIUM_PATH = '/usr/bin/chromium'

export async function htmlToPdf(html: string, executablePath = CHROMIUM_PATH): Promise<Buffer> {
  const profile = await mkdtemp(join(tmpdir(), 'shieldwall-pdf-'))
  // A fresh profile folder each time (playwright's persistent context is how it takes one).
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  })
  try {
    const page = await browser.newPage()
    // The page is self-contained: nothing to fetch, so the network stays off.
    await page.route('**/*', (route) => route.abort())
    await page.setContent(html, { waitUntil: 'load' })
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' } })
  } finally {
    await browser.close()
    await rm(profile, { recursive: true, force: true })
  }
}
