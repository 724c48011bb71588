/**
 * Setting up and running the bundled scenario with simulated nations, for `npm run demo`, its test
 * and the exercise benchmark: the hub's first admin admits the twenty nations (when missing), gives
 * each simulated nation a point of contact with its own token, and a controller sets up and starts
 * the exercise. Everything after that goes through the API as people would do it.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ApiError, hubApi, ownTokenThroughEnrolment, type Api, type FetchLike } from './api'
import { NationBot } from './nation-bot'
import { ALLIED_SHIELD_NATIONS, ALLIED_SHIELD_PROFILES } from './profiles'

export const ALLIED_SHIELD_FILE = fileURLToPath(new URL('../scenarios/allied-shield.yaml', import.meta.url))

export interface SimHub {
  baseUrl: string
  fetch?: FetchLike
  adminToken: string
  /** The hub's clock, for the TOTP codes its users enrol with (a test hub's is injected). */
  now?: () => Date
}

export interface SimExercise {
  exerciseId: string
  controller: Api
  /** The controller's own token: it watches the exercise and reads its report. */
  controllerToken: string
  bots: NationBot[]
  /** Scenario time of the last event: the exercise ends once the clock passes it. */
  endsAt: number
}

interface Org {
  id: string
  country: string | null
  kind: string
}

async function userWithToken(hub: SimHub, admin: Api, orgId: string, email: string, roles: string[]): Promise<string> {
  const users = await admin.get<{ id: string; email: string }[]>('/users')
  let user = users.find((u) => u.email === email)
  user ??= await admin.post<{ id: string; email: string }>('/users', { orgId, email, displayName: email.split('@')[0], roles })
  return ownTokenThroughEnrolment(hub.baseUrl, admin, user.id, hub.fetch, hub.now)
}

/** Admits the nations, sets up the exercise with every nation simulated, and starts it. */
export async function setUpAlliedShield(hub: SimHub, opts: { speed: number; seed: number; name?: string }): Promise<SimExercise> {
  const admin = hubApi(hub.baseUrl, hub.adminToken, null, hub.fetch)
  const orgs = await admin.get<Org[]>('/orgs')
  for (const [code, name] of Object.entries(ALLIED_SHIELD_NATIONS)) {
    if (!orgs.some((o) => o.country === code)) orgs.push(await admin.post<Org>('/orgs', { name, kind: 'nation', country: code }))
  }
  const hubOrg = orgs.find((o) => o.kind === 'hub')!
  const tag = `${opts.seed}-${Date.now()}`
  const controllerToken = await userWithToken(hub, admin, hubOrg.id, `excon-${tag}@allied-shield.example`, ['controller'])
  const yaml = readFileSync(ALLIED_SHIELD_FILE, 'utf8')
  const setUp = hubApi(hub.baseUrl, controllerToken, null, hub.fetch)
  const ex = await setUp.post<{ id: string }>('/exercises', {
    name: opts.name ?? `Allied Shield ${new Date().toISOString().slice(0, 16)}`,
    participants: Object.keys(ALLIED_SHIELD_NATIONS).map((org) => ({ org, simulated: true })),
    scenarioYaml: yaml,
    speed: opts.speed,
  })
  const controller = hubApi(hub.baseUrl, controllerToken, ex.id, hub.fetch)
  const bots: NationBot[] = []
  for (const [i, code] of Object.keys(ALLIED_SHIELD_NATIONS).entries()) {
    const nation = orgs.find((o) => o.country === code)!
    const token = await userWithToken(hub, admin, nation.id, `poc-${code.toLowerCase()}-${tag}@allied-shield.example`, ['poc', 'analyst'])
    const bot = new NationBot(code, ex.id, ALLIED_SHIELD_PROFILES[code]!, hubApi(hub.baseUrl, token, ex.id, hub.fetch), opts.seed * 100 + i)
    await bot.declare()
    bots.push(bot)
  }
  const injects = await controller.get<{ dueScenario: string }[]>(`/exercises/${ex.id}/injects`)
  await controller.post(`/exercises/${ex.id}/start`)
  return { exerciseId: ex.id, controller, controllerToken, bots, endsAt: Math.max(...injects.map((i) => Date.parse(i.dueScenario))) }
}

/**
 * One round: every bot looks and acts; then, past the last event, the controller ends the
 * exercise. Returns false once it has ended.
 */
export async function playRound(sim: SimExercise): Promise<boolean> {
  for (const bot of sim.bots) {
    try {
      await bot.tick()
    } catch (err) {
      if (!(err instanceof ApiError)) throw err
      bot.log.push(`${bot.country} failed: ${err.message}`)
    }
  }
  const ex = await sim.controller.get<{ state: string; scenarioTime: string }>(`/exercises/${sim.exerciseId}`)
  if (ex.state === 'ended') return false
  if (Date.parse(ex.scenarioTime) > sim.endsAt) {
    await sim.controller.post(`/exercises/${sim.exerciseId}/end`)
    return false
  }
  return true
}
