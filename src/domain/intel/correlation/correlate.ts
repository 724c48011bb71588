/**
 * Correlation: when a member adds a value another member already holds, both sides are told,
 * each only as far as the markings allow (see disclosure.ts for the rule). Runs inside the
 * import's unit of work, after its rows and postings are written, so the events commit or roll
 * back with the import. Nothing pairwise is stored: the matches are read from the postings index.
 */
import { newId } from '../../../core/ids'
import { loadMarkings, saveMarking } from '../../../store/marking.store'
import type { Marking } from '../../../tlp'
import type { Deps } from '../../deps'
import { members, type Actor } from '../../members'
import type { Unit } from '../../unit-of-work'
import { heldByEarlierVersions, holderCounts, holdingsOf, KEY_BATCH, newRows, type Holding } from './correlation.store'
import { alertsFor, audienceKey, audienceMarking, type Audience, type Side } from './disclosure'
import { CORRELATION_EVENT, WHOM_TO_ASK, type CorrelationPayload, type DisclosedMatch } from './events'
import { correlationSettings } from './settings'

/** One new entry of the value -> postings index, as the import path wrote it. */
export interface Posting {
  key: string
  rowId: number
  stixId: string
  orgId: string
  markingId: string
  exerciseId: string | null
}

interface Pending {
  audience: Audience
  key: string
  correlationId: string
  own: Holding
  matches: Map<string, DisclosedMatch>
  hiddenMatch: boolean
}

/**
 * Tells the holders of each new posting's value, and the uploader, about the match. Keys on the
 * warning lists and keys held by more objects than the cap raise nothing.
 *
 * @example
 *   await unitOfWork(deps, async (u) => {
 *     const postings = await writeObjectsAndPostings(u, bundle)
 *     await correlateNewPostings(u, deps, { actor, postings })
 *   })
 */
export async function correlateNewPostings(u: Unit, deps: Deps, input: { actor: Actor; postings: Posting[] }): Promise<void> {
  const settings = correlationSettings(deps.correlation)
  const byScope = new Map<string | null, Posting[]>()
  for (const p of input.postings) {
    if (settings.warningLists.match(p.key) !== null) continue
    const list = byScope.get(p.exerciseId) ?? byScope.set(p.exerciseId, []).get(p.exerciseId)!
    list.push(p)
  }
  const ctx = new Context(u, input.actor)
  for (const [exerciseId, postings] of byScope) {
    const keys = [...new Set(postings.map((p) => p.key))]
    for (let i = 0; i < keys.length; i += KEY_BATCH) {
      const batch = new Set(keys.slice(i, i + KEY_BATCH))
      await correlateBatch(ctx, settings.cap, exerciseId, postings.filter((p) => batch.has(p.key)), [...batch])
    }
  }
}

async function correlateBatch(ctx: Context, cap: number, exerciseId: string | null, postings: Posting[], keys: string[]): Promise<void> {
  const counts = await holderCounts(ctx.u.tx, keys, exerciseId)
  // Keys held only by this batch's own objects (most of a fresh import) need no second look.
  const ownHolders = new Map<string, Set<string>>()
  for (const p of postings) (ownHolders.get(p.key) ?? ownHolders.set(p.key, new Set()).get(p.key)!).add(p.stixId)
  const live = keys.filter((k) => {
    const n = counts.get(k) ?? 0
    return n <= cap && n > (ownHolders.get(k)?.size ?? 0)
  })
  if (live.length === 0) return
  const newRowIds = new Set(postings.map((p) => p.rowId))
  const holdings = (await holdingsOf(ctx.u.tx, live, exerciseId)).filter((h) => !newRowIds.has(h.rowId))
  if (holdings.length === 0) return
  const rows = await newRows(ctx.u.tx, [...newRowIds])
  const repeated = await heldByEarlierVersions(ctx.u.tx, exerciseId, live, [...new Set(postings.map((p) => p.stixId))])
  const holdersByKey = new Map<string, Holding[]>()
  for (const h of holdings) (holdersByKey.get(h.key) ?? holdersByKey.set(h.key, []).get(h.key)!).push(h)
  await ctx.loadMarkings([...holdings.map((h) => h.markingId), ...[...rows.values()].map((r) => r.markingId)])

  const pending = new Map<string, Pending>()
  for (const p of postings) {
    const row = rows.get(p.rowId)
    const holders = holdersByKey.get(p.key)
    if (!row || !holders || repeated.has(`${p.key}\n${p.stixId}`)) continue
    const correlationId = ctx.correlationIdOf(p.key)
    const fresh: Holding = { ...row, key: p.key }
    for (const held of holders) {
      if (held.orgId === fresh.orgId) continue
      await ctx.tell(pending, correlationId, fresh, held)
      await ctx.tell(pending, correlationId, held, fresh)
    }
  }
  for (const alert of pending.values()) await ctx.emit(alert, exerciseId)
}

/** What one correlation run caches: org chains, markings, event markings, correlation ids. */
class Context {
  readonly #chains = new Map<string, readonly string[]>()
  readonly #markings = new Map<string, Marking>()
  readonly #eventMarkings = new Map<string, string>()
  readonly #correlationIds = new Map<string, string>()

  constructor(
    readonly u: Unit,
    actor: Actor,
  ) {
    this.#chains.set(actor.orgId, actor.orgChain)
  }

  async loadMarkings(ids: string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.#markings.has(id))
    for (const [id, m] of await loadMarkings(this.u.tx, missing)) this.#markings.set(id, m)
  }

  correlationIdOf(key: string): string {
    return this.#correlationIds.get(key) ?? this.#correlationIds.set(key, newId()).get(key)!
  }

  async #side(h: Holding): Promise<Side> {
    let chain = this.#chains.get(h.orgId)
    if (chain === undefined) {
      chain = await members.orgChainIds(this.u.tx, h.orgId)
      this.#chains.set(h.orgId, chain.length > 0 ? chain : [h.orgId])
    }
    return { orgId: h.orgId, orgChain: chain, userId: h.userId }
  }

  /** Adds what `own`'s side may learn about `other` to the pending alerts. */
  async tell(pending: Map<string, Pending>, correlationId: string, own: Holding, other: Holding): Promise<void> {
    const ownMarking = this.#markings.get(own.markingId)
    const otherMarking = this.#markings.get(other.markingId)
    if (!ownMarking || !otherMarking) throw new Error(`marking of ${own.stixId} or ${other.stixId} is missing`)
    for (const alert of alertsFor(await this.#side(own), ownMarking, otherMarking)) {
      const id = `${audienceKey(alert.audience)}\n${own.rowId}\n${own.key}`
      const entry = pending.get(id) ?? pending.set(id, { audience: alert.audience, key: own.key, correlationId, own, matches: new Map(), hiddenMatch: false }).get(id)!
      if (alert.disclose) entry.matches.set(other.stixId, { objectId: other.stixId, type: other.type, orgId: other.orgId, tlp: otherMarking.tlp })
      else entry.hiddenMatch = true
    }
  }

  async emit(p: Pending, exerciseId: string | null): Promise<void> {
    const marking = audienceMarking(p.audience)
    const mKey = audienceKey(p.audience)
    let markingId = this.#eventMarkings.get(mKey)
    if (markingId === undefined) {
      markingId = await saveMarking(this.u.tx, marking, this.u.at)
      this.#eventMarkings.set(mKey, markingId)
    }
    const payload: CorrelationPayload = {
      correlationId: p.correlationId,
      key: p.key,
      object: { id: p.own.stixId, type: p.own.type },
      matches: [...p.matches.values()],
      hiddenMatch: p.hiddenMatch,
      ask: p.hiddenMatch ? WHOM_TO_ASK : null,
    }
    await this.u.emit({ type: CORRELATION_EVENT, markingId, marking, exerciseId, subject: { objectId: p.own.stixId }, payload })
  }
}
