/**
 * A simulated nation: a bot with a profile that plays a nation nobody staffs, as a person would,
 * through the hub's own API with its own token. It declares its capabilities, answers offers after
 * a delay drawn from its profile (accepting, declining or letting them expire by its chances),
 * delivers with its quality (good work shares intel), and closes and rates the help its own requests
 * received. Delays are in scenario minutes, read off the exercise's clock, so a bot keeps pace at
 * any speed factor. It acts only when ticked: the driver (demo, test) decides how often.
 */
import { ApiError, type Api } from './api'
import { seededRandom, type Random } from './random'

export interface Delay {
  medianMinutes: number
  /** Log-normal spread (0: always the median). */
  spread: number
}

export interface CapabilityDecl {
  category: string
  capacity: number
  responseHours: number
  sectors: string[]
}

export interface NationProfile {
  capabilities: CapabilityDecl[]
  answerDelay: Delay
  /** Chances on each offer: accept, decline; what is left lets the offer expire unanswered. */
  accept: number
  decline: number
  /** Chance to break silence on a decision by silence procedure (used once joint decisions are in the hub). */
  breakSilence: number
  deliveryDelay: Delay
  /** 0..1: how good what it delivers is (length, indicators shared as intel). */
  quality: number
}

interface Offer {
  id: string
  requestId: string
  state: string
  deliverable: string | null
  request: { category: string }
}

interface Decision {
  id: string
  procedure: string
}

interface Request {
  id: string
  state: string
}

/** Something the bot means to do once the scenario clock reaches `at`. */
interface Plan {
  at: number
  roll: number
}

export class NationBot {
  readonly #rng: Random
  readonly #plans = new Map<string, Plan>()
  readonly #done = new Set<string>()
  /** What it did, for the driver's log. */
  readonly log: string[] = []

  constructor(
    readonly country: string,
    readonly exerciseId: string,
    readonly profile: NationProfile,
    private readonly api: Api,
    seed: number,
  ) {
    this.#rng = seededRandom(seed)
  }

  /** Declares the profile's capabilities in the exercise (once, before it starts). */
  async declare(): Promise<void> {
    for (const c of this.profile.capabilities) {
      await this.api.post('/capabilities', {
        category: c.category, description: `${this.country} ${c.category} (simulated)`, capacity: c.capacity, languages: ['en'], delivery: 'remote', responseHours: c.responseHours, sectors: c.sectors,
        workingHours: { tz: 'UTC', days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '00:00' },
      })
    }
  }

  #due(key: string, now: number, delay: Delay): Plan | null {
    if (this.#done.has(key)) return null
    let plan = this.#plans.get(key)
    if (!plan) {
      plan = { at: now + this.#rng.logNormal(delay.medianMinutes, delay.spread) * 60_000, roll: this.#rng.next() }
      this.#plans.set(key, plan)
    }
    return plan.at <= now ? plan : null
  }

  /** One look at the hub and whatever is due; returns how many things it did. False when the exercise has ended. */
  async tick(): Promise<{ acted: number; running: boolean }> {
    const ex = await this.api.get<{ state: string; scenarioTime: string }>(`/exercises/${this.exerciseId}`)
    if (ex.state === 'ended') return { acted: 0, running: false }
    const now = Date.parse(ex.scenarioTime)
    let acted = 0
    const offers = await this.api.get<Offer[]>('/assistance/offers?limit=200')
    for (const o of offers) acted += await this.#onOffer(o, now)
    const requests = await this.api.get<Request[]>('/assistance/requests?limit=200')
    for (const r of requests) acted += await this.#onOwnRequest(r, now)
    const open = await this.api.get<Decision[]>('/decisions?state=open')
    for (const d of open) acted += await this.#onDecision(d, now)
    return { acted, running: true }
  }

  async #onOffer(o: Offer, now: number): Promise<number> {
    if (o.state === 'pending') {
      const plan = this.#due(`answer:${o.id}`, now, this.profile.answerDelay)
      if (!plan) return 0
      this.#done.add(`answer:${o.id}`)
      if (plan.roll < this.profile.accept) return this.#try(`accepts ${o.request.category}`, () => this.api.post(`/assistance/offers/${o.id}/accept`))
      if (plan.roll < this.profile.accept + this.profile.decline) return this.#try(`declines ${o.request.category}`, () => this.api.post(`/assistance/offers/${o.id}/decline`, { reason: 'No capacity at the moment (simulated)' }))
      this.log.push(`${this.country} lets an offer expire`)
      return 0
    }
    if (o.state === 'accepted' && o.deliverable === null) {
      const plan = this.#due(`deliver:${o.id}`, now, this.profile.deliveryDelay)
      if (!plan) return 0
      this.#done.add(`deliver:${o.id}`)
      await this.#try('starts work', () => this.api.post(`/assistance/requests/${o.requestId}/start`))
      const intelIds = plan.roll < this.profile.quality ? await this.#shareIntel(o) : []
      const text = plan.roll < this.profile.quality
        ? `Full ${o.request.category} report by ${this.country}: sample analysed, persistence and C2 identified, indicators shared (${intelIds.length}).`
        : `Short note by ${this.country}: preliminary findings only.`
      return this.#try(`delivers ${o.request.category}`, () => this.api.post(`/assistance/offers/${o.id}/deliver`, { text, intelIds }))
    }
    return 0
  }

  /** Good work brings indicators: shared as intel, and linked to the delivery. */
  async #shareIntel(o: Offer): Promise<string[]> {
    const at = new Date().toISOString()
    const id = `indicator--${crypto.randomUUID()}`
    const octet = () => Math.floor(this.#rng.next() * 254) + 1
    const bundle = {
      type: 'bundle', id: `bundle--${crypto.randomUUID()}`,
      objects: [{ type: 'indicator', spec_version: '2.1', id, created: at, modified: at, name: `C2 seen by ${this.country} (${o.request.category})`, pattern: `[ipv4-addr:value = '198.51.${octet()}.${octet()}']`, pattern_type: 'stix', valid_from: at }],
    }
    const ok = await this.#try('shares intel', () => this.api.post('/intel/bundles?tlp=GREEN', bundle))
    return ok > 0 ? [id] : []
  }

  /** Silence procedure: it stays silent (concurs) unless its chance says break silence, after its answer delay. */
  async #onDecision(d: Decision, now: number): Promise<number> {
    if (d.procedure !== 'silence') return 0
    const plan = this.#due(`decide:${d.id}`, now, this.profile.answerDelay)
    if (!plan) return 0
    this.#done.add(`decide:${d.id}`)
    if (plan.roll >= this.profile.breakSilence) return 0
    return this.#try('breaks silence', () => this.api.post(`/decisions/${d.id}/answers`, { answer: 'break_silence', reason: 'We need more evidence before attributing (simulated)' }))
  }

  async #onOwnRequest(r: Request, now: number): Promise<number> {
    if (r.state !== 'delivered') return 0
    const plan = this.#due(`close:${r.id}`, now, this.profile.answerDelay)
    if (!plan) return 0
    this.#done.add(`close:${r.id}`)
    const rating = 3 + Math.floor(plan.roll * 3)
    return this.#try(`closes a request, rated ${rating}`, () => this.api.post(`/assistance/requests/${r.id}/close`, { rating, comment: 'Closed by a simulated nation' }))
  }

  /** Another actor may have moved the case first (a 409): that is the exercise, not a fault. */
  async #try(what: string, f: () => Promise<unknown>): Promise<number> {
    try {
      await f()
      this.log.push(`${this.country} ${what}`)
      return 1
    } catch (err) {
      if (err instanceof ApiError && (err.status === 409 || err.status === 422)) {
        this.log.push(`${this.country} could not: ${what} (${err.status})`)
        return 0
      }
      throw err
    }
  }
}
