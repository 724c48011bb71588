/**
 * The bundled scenario (Allied Shield) with all twenty nations simulated, on an embedded hub over
 * real HTTP with its deadline runner on the system clock, at rising speed factors: how many scenario
 * minutes pass per wall-clock second, how late injects are released against the virtual clock (p99,
 * scenario seconds), and the highest speed the hub keeps up with (p99 lateness within one scenario
 * minute). Then the time to produce the after-action report (JSON and PDF).
 * Raw baselines in the same run: releasing 400 injects at once (a jump) against firing as many bare
 * deadline rows with a no-op handler; the report against a plain read of the exercise over the same path.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfig } from '../src/config'
import { createLogger } from '../src/core/logger'
import { createHub, type Hub } from '../src/hub'
import { hubApi, ownTokenThroughEnrolment } from '../sim/api'
import { playRound, setUpAlliedShield } from '../sim/allied-shield'
import { fmt, timeMs } from './stats'

const SPEEDS = [600, 2400, 9600]
const KEEPS_UP_SECONDS = 60

async function startHub(dir: string, name: string): Promise<{ hub: Hub; url: string }> {
  const config = loadConfig({ DATA_DIR: join(dir, name), LOG_LEVEL: 'silent', PORT: '0', JOBS_POLL_MS: '100', PROCESS_NAME: name })
  const hub = await createHub(config, { logger: createLogger('silent') })
  return { hub, url: await hub.app.listen({ host: '127.0.0.1', port: 0 }) }
}

async function runAt(dir: string, speed: number) {
  const { hub, url } = await startHub(dir, `x${speed}`)
  try {
    const sim = await setUpAlliedShield({ baseUrl: url, adminToken: hub.firstAdminToken! }, { speed, seed: 3 })
    const t0 = performance.now()
    while (await playRound(sim)) await new Promise((r) => setTimeout(r, 20))
    const wallS = (performance.now() - t0) / 1000
    const report = await timeMs(() => sim.controller.get<{ exercise: { scenarioTime: string; scenarioStart: string }; lateness: { p99Seconds: number; maxSeconds: number }; expectedSummary: { met: number; total: number } }>(`/exercises/${sim.exerciseId}/report`))
    const scenarioMin = (Date.parse(report.value.exercise.scenarioTime) - Date.parse(report.value.exercise.scenarioStart)) / 60_000
    const metrics = await timeMs(() => sim.controller.get(`/exercises/${sim.exerciseId}`))
    const pdf = speed === SPEEDS[0] ? await timeMs(() => fetch(`${url}/api/v1/exercises/${sim.exerciseId}/report.pdf`, { headers: { authorization: `Bearer ${sim.controllerToken}` } }).then((r) => r.arrayBuffer())) : null
    return { speed, wallS, scenarioMinPerS: scenarioMin / wallS, p99: report.value.lateness.p99Seconds, max: report.value.lateness.maxSeconds, met: report.value.expectedSummary, reportMs: report.ms, metricsMs: metrics.ms, pdfMs: pdf?.ms ?? null, pdfBytes: pdf?.value.byteLength ?? null }
  } finally {
    await hub.close()
  }
}

/** 400 message injects released at once by a jump, against 400 bare deadline rows fired by the same runner. */
async function releaseVsRaw(dir: string) {
  const N = 400
  const { hub, url } = await startHub(dir, 'release')
  try {
    const admin = hubApi(url, hub.firstAdminToken!, null)
    const hubOrg = (await admin.get<{ id: string; kind: string }[]>('/orgs')).find((o) => o.kind === 'hub')!
    const user = await admin.post<{ id: string }>('/users', { orgId: hubOrg.id, email: 'excon@bench.example', displayName: 'excon', roles: ['controller'] })
    const token = await ownTokenThroughEnrolment(url, admin, user.id)
    const ctl = hubApi(url, token, null)
    const events = Array.from({ length: N }, (_, i) => ({ serial: `M${i}`, offset: `H+${String(1 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`, type: 'information', from: 'EXCON', to: [], channel: 'message', content: { text: `message ${i}` } }))
    const ex = await ctl.post<{ id: string }>('/exercises', { name: 'release bench', participants: [{ org: hubOrg.id }], scenario: { name: 'many', start: '2026-01-01T00:00:00Z', events }, speed: 1 })
    await ctl.post(`/exercises/${ex.id}/start`)
    const release = await timeMs(() => ctl.post(`/exercises/${ex.id}/jump`, { to: '2026-01-02T00:00:00Z' }))
    // The raw baseline: as many bare deadline rows, fired by the same runner with a no-op handler.
    const at = new Date(Date.now() - 1000).toISOString()
    await hub.store.db.insertInto('deadline').values(Array.from({ length: N }, (_, i) => ({ id: `raw-${i}`, kind: 'exercise.inject', subject_id: `none-${i}`, due_at: at, fired_at: null, claimed_by: null, claimed_until: null }))).execute()
    await hub.jobs.stop()
    const raw = await timeMs(() => hub.jobs.runDue())
    return { n: N, releaseMs: release.ms, rawMs: raw.ms, rawFired: raw.value.length }
  } finally {
    await hub.close()
  }
}

export default async function exerciseBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sw-bench-exercise-'))
  try {
    let best: number | null = null
    for (const speed of SPEEDS) {
      const r = await runAt(dir, speed)
      const keeps = r.p99 <= KEEPS_UP_SECONDS
      if (keeps) best = speed
      console.log(`x${speed}: ${fmt(r.wallS)} s wall, ${fmt(r.scenarioMinPerS)} scenario min per wall s; inject lateness p99 ${fmt(r.p99)} s, max ${fmt(r.max)} s (scenario); expected actions met ${r.met.met}/${r.met.total}; ${keeps ? 'keeps up' : 'falls behind'}`)
      console.log(`  report JSON ${fmt(r.reportMs)} ms vs a plain read of the exercise (same HTTP and auth path) ${fmt(r.metricsMs)} ms: ratio ${fmt(r.reportMs / r.metricsMs, 2)}${r.pdfMs === null ? '' : `; PDF ${fmt(r.pdfMs)} ms (${r.pdfBytes} bytes, Chromium)`}`)
    }
    console.log(`highest speed factor kept up with (p99 lateness within ${KEEPS_UP_SECONDS} scenario s): ${best === null ? 'none tried' : `x${best}`}`)
    const rel = await releaseVsRaw(dir)
    console.log(`releasing ${rel.n} injects at once (a jump): ${fmt(rel.releaseMs)} ms, ${fmt((rel.n / rel.releaseMs) * 1000)}/s; raw: firing ${rel.rawFired} bare deadlines ${fmt(rel.rawMs)} ms, ${fmt((rel.rawFired / rel.rawMs) * 1000)}/s; ratio ${fmt(rel.rawMs / rel.releaseMs, 2)}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
