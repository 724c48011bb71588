/**
 * `npm run demo`: the bundled scenario on an embedded hub, every nation simulated.
 * Starts a hub on SQLite in a fresh folder (or DATA_DIR), sets up Allied Shield, runs it at a speed
 * factor (`npm run demo -- --speed 120`; default 60: one scenario minute per second), prints where to
 * watch it and, at its end, where the after-action report is (JSON, HTML, PDF, also written to the
 * data folder). Ctrl-C stops it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { loadConfig } from '../src/config'
import { createHub } from '../src/hub'
import { playRound, setUpAlliedShield } from './allied-shield'

const { values } = parseArgs({ options: { speed: { type: 'string', default: '60' }, port: { type: 'string', default: '8080' }, seed: { type: 'string', default: '1' } } })
const speed = Number(values.speed)
if (!(speed > 0 && speed <= 10_000)) throw new Error('--speed takes a number from 0 to 10000 (scenario seconds per wall-clock second)')

const config = loadConfig({ ...process.env, DATA_DIR: process.env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'shieldwall-demo-')), PORT: values.port, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', JOBS_POLL_MS: '250' })
const hub = await createHub(config)
const url = await hub.app.listen({ host: config.host, port: config.port })
if (!hub.firstAdminToken) throw new Error(`DATA_DIR ${config.dataDir} holds a hub already: run the demo on a fresh folder`)
console.log(`Shieldwall demo hub on ${url} (SQLite in ${config.dataDir})`)
console.log(`First admin token: ${hub.firstAdminToken}`)

const sim = await setUpAlliedShield({ baseUrl: url, adminToken: hub.firstAdminToken }, { speed, seed: Number(values.seed), name: 'Allied Shield (demo)' })
const id = sim.exerciseId
const hours = (sim.endsAt - Date.parse('2025-04-08T07:00:00Z')) / 3_600_000
console.log(`\nExercise ${id}: Allied Shield, 20 simulated nations, x${speed} (about ${Math.ceil((hours * 3600) / speed)} s of wall time)`)
const auth = `-H "Authorization: Bearer ${sim.controllerToken}"`
console.log(`Watch it (the controller's token; an exercise shows only to its participants and controllers):`)
console.log(`  console:   ${url}/  (sign in with the token; the exercise page is the console's)`)
console.log(`  live feed: curl -N ${auth} "${url}/api/v1/live/sse?exerciseId=${id}"`)
console.log(`  injects:   curl ${auth} ${url}/api/v1/exercises/${id}/injects`)

let stopping = false
process.once('SIGINT', () => (stopping = true))
const printed = sim.bots.map(() => 0)
while (!stopping && (await playRound(sim))) {
  sim.bots.forEach((b, i) => {
    for (const line of b.log.slice(printed[i])) console.log(`  ${line}`)
    printed[i] = b.log.length
  })
  await new Promise((r) => setTimeout(r, 500))
}

const report = await sim.controller.get<{ expectedSummary: { met: number; missed: number; pending: number; total: number } }>(`/exercises/${id}/report`)
writeFileSync(join(config.dataDir, 'after-action-report.json'), JSON.stringify(report, null, 2))
const s = report.expectedSummary
console.log(`\nEnded. Expected actions: ${s.met} met, ${s.missed} missed, ${s.pending} pending of ${s.total}.`)
console.log(`After-action report:\n  ${url}/api/v1/exercises/${id}/report       (JSON; also ${join(config.dataDir, 'after-action-report.json')})\n  ${url}/api/v1/exercises/${id}/report.html\n  ${url}/api/v1/exercises/${id}/report.pdf`)
console.log(`  e.g. curl ${auth} -o report.pdf ${url}/api/v1/exercises/${id}/report.pdf\n(the hub keeps running until Ctrl-C)`)
if (stopping) {
  await hub.close()
  process.exit(0)
}
process.once('SIGINT', () => void hub.close().then(() => process.exit(0)))
