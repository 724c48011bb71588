/**
 * The web console in headless Chromium against a listening in-process hub (SQLite):
 *  1. bytes: the JavaScript and CSS the first page (Now, signed in) loads, gzipped, beside the
 *     whole build's (target under 300 kB);
 *  2. navigation → the Now page showing its data, beside the raw API round trips that page needs
 *     (the same three GETs from Node over loopback);
 *  3. commit → change visible in an open page (an incident's page; a timeline entry added through
 *     the API; the live event makes the page refetch and render), p50/p99 over 200 changes, beside
 *     the raw WebSocket delivery of the same event to a plain `ws` client subscribed in the same run.
 * Times are wall-clock milliseconds from the moment the write is sent; the page stamps the moment
 * the text appears (a MutationObserver), so no polling interval is counted.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import WebSocket from 'ws'
import { ensureConsoleBuilt, HAS_CHROMIUM, chromiumNotice, launchChromium } from '../test/browser'
import { makeNation, startTestHub } from '../test/hub'
import { wiperIncident } from '../test/incidents'
import { fmt, percentile } from './stats'

const CHANGES = Number(process.env.CONSOLE_BENCH_CHANGES ?? 200)
const NAVIGATIONS = 20
const DIST = resolve(import.meta.dirname, '..', 'dist', 'web')
const now = () => performance.timeOrigin + performance.now()
const gz = (path: string) => gzipSync(readFileSync(path)).length
const kB = (b: number) => `${fmt(b / 1024)} kB`
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b)

/** Page-side (a string: the bench compiles without the DOM's types): resolves with the moment `want` appears in <main>. */
const seenAtScript = (want: string) => `new Promise((done) => {
  const main = document.querySelector('main')
  const check = () => {
    if (!main.textContent.includes(${JSON.stringify(want)})) return false
    done(performance.timeOrigin + performance.now())
    return true
  }
  if (check()) return
  const obs = new MutationObserver(() => check() && obs.disconnect())
  obs.observe(main, { subtree: true, childList: true, characterData: true })
})`

export default async function consoleBench(): Promise<void> {
  if (!HAS_CHROMIUM) return console.log(chromiumNotice())
  await ensureConsoleBuilt()
  const t = await startTestHub('sqlite')
  const chrome = await launchChromium()
  try {
    const base = (await t.hub.app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1')
    const nation = await makeNation(t)
    const token = nation.admin.token
    const inc = await t.req('POST', '/api/v1/incidents', { token, body: wiperIncident({ title: 'Bench incident' }) })
    const incidentId = inc.json<{ id: string }>().id

    const context = await chrome.browser.newContext()
    // Signed in as the sign-in page would leave the tab (an API token for this tab).
    await context.addInitScript({ content: `sessionStorage.setItem('shieldwall.token', ${JSON.stringify(token)})` })
    const page = await context.newPage()

    // 1. What the first page loads.
    const loaded = new Set<string>()
    page.on('response', (r) => {
      const type = r.request().resourceType()
      if (type === 'script' || type === 'stylesheet') loaded.add(new URL(r.url()).pathname)
    })
    await page.goto(`${base}/`)
    await page.getByRole('heading', { name: 'Offers awaiting my answer' }).waitFor()
    await page.getByText('No offer is waiting for an answer.').waitFor()
    const firstBytes = [...loaded].reduce((sum, p) => sum + gz(join(DIST, p)), 0)
    const allAssets = readdirSync(join(DIST, 'assets')).filter((f) => /\.(js|css)$/.test(f))
    const allBytes = allAssets.reduce((sum, f) => sum + gz(join(DIST, 'assets', f)), 0)
    console.log(`first page (Now): ${loaded.size} JS/CSS files, ${kB(firstBytes)} gzipped (target < 300 kB); whole build ${allAssets.length} files ${kB(allBytes)}; first page loads ${fmt((firstBytes / allBytes) * 100)}% of it`)

    // 2. Navigation → Now with data, beside the raw API calls the page makes.
    const nav: number[] = []
    for (let i = 0; i < NAVIGATIONS; i++) {
      await page.goto('about:blank')
      const t0 = now()
      await page.goto(`${base}/`)
      await page.getByText('No offer is waiting for an answer.').waitFor()
      await page.getByText('No open request.').waitFor()
      nav.push(now() - t0)
    }
    const raw: number[] = []
    const get = (path: string) => fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.text())
    for (let i = 0; i < NAVIGATIONS; i++) {
      const t0 = now()
      await Promise.all([get('/api/v1/me'), get('/api/v1/assistance/offers'), get('/api/v1/assistance/requests'), get('/api/v1/incidents?status=open')])
      raw.push(now() - t0)
    }
    const navP50 = percentile(sorted(nav), 50)
    const rawP50 = percentile(sorted(raw), 50)
    console.log(`navigation → Now with data: p50 ${fmt(navP50)} ms, p99 ${fmt(percentile(sorted(nav), 99))} ms (warm cache, ${NAVIGATIONS} runs); raw API calls of that page p50 ${fmt(rawP50)} ms; ratio ${fmt(navP50 / rawP50)}×`)

    // 3. Commit → visible, beside raw WebSocket delivery.
    await page.goto(`${base}/incidents/${incidentId}`)
    await page.getByRole('heading', { name: /Bench incident/ }).waitFor()
    await page.locator('.live.on').waitFor()
    const ws = new WebSocket(`${base.replace('http', 'ws')}/api/v1/live`)
    const frames: ((at: number) => void)[] = []
    ws.on('message', (data: Buffer) => {
      const frame = JSON.parse(data.toString()) as { kind: string; event?: { type: string } }
      if (frame.kind === 'authenticated') ws.send(JSON.stringify({ type: 'subscribe', filter: { incidentId } }))
      if (frame.kind === 'event') frames.shift()?.(now())
    })
    await new Promise<void>((res) => ws.on('open', () => (ws.send(JSON.stringify({ type: 'auth', token })), res())))
    await new Promise((r) => setTimeout(r, 300))
    const visible: number[] = []
    const delivered: number[] = []
    for (let i = 0; i < CHANGES; i++) {
      const text = `bench change ${i} ${Math.random().toString(36).slice(2)}`
      const seen = page.evaluate<number>(seenAtScript(text))
      // The observer is in place before the write is sent.
      await page.evaluate(() => 0)
      const wsAt = new Promise<number>((r) => frames.push(r))
      const t0 = now()
      const res = await fetch(`${base}/api/v1/incidents/${incidentId}/timeline`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ text }) })
      if (!res.ok) throw new Error(`timeline ${res.status} ${await res.text()}`)
      const [pageAt, wsTime] = await Promise.all([seen, wsAt])
      visible.push(pageAt - t0)
      delivered.push(wsTime - t0)
    }
    ws.close()
    const v = sorted(visible)
    const d = sorted(delivered)
    console.log(
      `commit → visible in an open page: p50 ${fmt(percentile(v, 50))} ms, p99 ${fmt(percentile(v, 99))} ms over ${CHANGES} changes (target p99 < 250 ms); ` +
        `raw WebSocket delivery p50 ${fmt(percentile(d, 50))} ms, p99 ${fmt(percentile(d, 99))} ms; ratio p50 ${fmt(percentile(v, 50) / percentile(d, 50))}×, p99 ${fmt(percentile(v, 99) / percentile(d, 99))}×`,
    )
    console.log(`machine load average during the run: ${loadavg().map((l) => fmt(l)).join(', ')} (2 cores shared; compare ratios, not absolute times)`)
    await context.close()
  } finally {
    await chrome.close()
    await t.close()
  }
}
