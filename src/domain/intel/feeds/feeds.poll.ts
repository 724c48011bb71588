/**
 * Polling one feed: ask the peer for what was added after the cursor, follow `next` until
 * `more` is false, import each page through the intel import path as the subscribing
 * organization, and move the cursor after each page (durable: a poll cut off by a crash or by
 * the peer going away resumes where it stopped). Imports are idempotent under the STIX version
 * rules, so a page fetched twice adds nothing twice. A poll runs only under a claim of the feed.
 */
import { isAppError, conflict } from '../../../core/errors'
import type { Deps } from '../../deps'
import { inExercise, members, type Actor } from '../../members'
import { importStixObjects } from '../intel.service'
import type { Tlp } from '../../../tlp'
import { backoffMs, laterOf, leaseMs, MAX_PAGES_PER_POLL, type FeedSettings } from './feeds'
import { managedFeed, readableFeed, settingsOf, toView } from './feeds.service'
import type { FeedView } from './feeds.schema'
import * as store from './feeds.store'
import type { FeedRow } from './feeds.store'
import { open, SecretBoxError } from './secret-box'
import { fetchPage, FeedPollError, type FeedCredentials } from './taxii-pages'

interface Cursor {
  addedAfter: string | null
  next: string | null
  pagingAddedAfter: string | null
  pagingAddedLast: string | null
}

const cursorOf = (r: FeedRow): Cursor => ({ addedAfter: r.added_after, next: r.next_token, pagingAddedAfter: r.paging_added_after, pagingAddedLast: r.paging_added_last })

const cursorColumns = (c: Cursor) => ({ added_after: c.addedAfter, next_token: c.next, paging_added_after: c.pagingAddedAfter, paging_added_last: c.pagingAddedLast })

/** The subscribing admin, acting in the feed's world; a poll error when that user is gone or disabled. */
async function feedActor(deps: Deps, feed: FeedRow): Promise<Actor> {
  const user = await members.findUserByEmailOrId(deps, feed.created_by)
  if (!user || user.disabledAt !== null) throw new FeedPollError('the admin who subscribed the feed is disabled or gone: an admin of the organization must subscribe it again')
  return inExercise(await members.actorFor(deps.db, user), feed.exercise_id)
}

function credentialsOf(settings: FeedSettings, feed: FeedRow): FeedCredentials {
  if (feed.sealed_secret === null) return { kind: 'none' }
  return JSON.parse(open(settings.secretKey(), feed.id, feed.sealed_secret)) as FeedCredentials
}

/** A message safe to store and show: ours, or an AppError's; anything else is named, not quoted. */
function messageOf(e: unknown): string {
  if (e instanceof FeedPollError || e instanceof SecretBoxError || isAppError(e)) return e.message.slice(0, 500)
  return `the import failed (${e instanceof Error ? e.name : 'unknown error'}; see the hub's log)`
}

/**
 * Imports one page (keeping its valid objects); the rows it wrote and the objects it refused. Another import of the same objects by the
 * organization committing meanwhile (another of its feeds, polled by another process) fails this
 * one as a conflict; tried again, the page finds those rows and counts them as duplicates.
 */
async function importPage(deps: Deps, actor: Actor, feed: FeedRow, audienceOrgs: string[], objects: unknown[]): Promise<{ written: number; rejected: number }> {
  const opts = { floorTlp: feed.tlp as Tlp, audienceOrgs, incidentId: feed.incident_id, bundleId: `feed:${feed.id}` }
  for (let attempt = 1; ; attempt++) {
    try {
      const s = await importStixObjects(deps, actor, objects, opts)
      return { written: s.added + s.newVersions + s.olderVersions, rejected: s.rejectedCount }
    } catch (e) {
      if (attempt >= 3 || !isAppError(e) || e.code !== 'version_already_held') throw e
    }
  }
}

export interface PollOutcome {
  feedId: string
  ok: boolean
  added: number
  /** Objects refused as invalid STIX 2.1. */
  rejected: number
  pages: number
  error: string | null
  /** Set for an unexpected failure, for the runner's log. */
  cause?: unknown
}

class LostClaim extends Error {}

/** Polls a feed this process has claimed, records the outcome and releases the claim. */
export async function pollClaimed(deps: Deps, feed: FeedRow, owner: string): Promise<PollOutcome> {
  const settings = settingsOf(deps)
  const nowIso = () => deps.clock.now().toISOString()
  const leaseUntil = () => new Date(deps.clock.now().getTime() + leaseMs(settings)).toISOString()
  let cursor = cursorOf(feed)
  let added = 0
  let rejected = 0
  let pages = 0
  const save = async (more: Record<string, unknown> = {}) => {
    const held = await store.updateClaimed(deps.db, feed.id, owner, { ...cursorColumns(cursor), objects_added: feed.objects_added + added, claimed_until: leaseUntil(), ...more })
    if (!held) throw new LostClaim()
  }
  try {
    const actor = await feedActor(deps, feed)
    const credentials = credentialsOf(settings, feed)
    const audienceOrgs = JSON.parse(feed.audience_orgs) as string[]
    let restarted = false
    let caughtUp = false
    while (!caughtUp) {
      if (pages >= MAX_PAGES_PER_POLL) break
      const query = { addedAfter: cursor.next !== null ? cursor.pagingAddedAfter : cursor.addedAfter, limit: feed.page_size, next: cursor.next }
      let page
      try {
        page = await fetchPage({ apiRoot: feed.api_root, collectionId: feed.collection_id, query, credentials, timeoutMs: settings.timeoutMs, fetch: settings.fetch ?? fetch })
      } catch (e) {
        // The peer forgot our next token (it restarted?): page again from where this pagination began.
        if (e instanceof FeedPollError && e.nextRefused && !restarted) {
          restarted = true
          cursor = { ...cursor, addedAfter: cursor.pagingAddedAfter, next: null, pagingAddedAfter: null, pagingAddedLast: null }
          await save()
          continue
        }
        throw e
      }
      pages++
      if (page.objects.length > 0) {
        const imported = await importPage(deps, actor, feed, audienceOrgs, page.objects)
        added += imported.written
        rejected += imported.rejected
      }
      const last = laterOf(cursor.pagingAddedLast, page.dateAddedLast)
      if (page.more && page.next !== null) {
        if (page.next === cursor.next) throw new FeedPollError('the peer gave the same next token twice: its pagination does not move on')
        cursor = { addedAfter: cursor.addedAfter, next: page.next, pagingAddedAfter: cursor.next !== null ? cursor.pagingAddedAfter : query.addedAfter, pagingAddedLast: last }
      } else if (page.more) {
        // TAXII 2.1 paging without next: ask again with added_after at this page's last date added.
        if (page.dateAddedLast === null || page.objects.length === 0) throw new FeedPollError('the peer says there is more but gives neither next nor X-TAXII-Date-Added-Last')
        cursor = { addedAfter: laterOf(cursor.addedAfter, last), next: null, pagingAddedAfter: null, pagingAddedLast: null }
      } else {
        cursor = { addedAfter: laterOf(cursor.addedAfter, last), next: null, pagingAddedAfter: null, pagingAddedLast: null }
        caughtUp = true
      }
      if (!caughtUp) await save()
    }
    const at = nowIso()
    // More pages than one poll follows: the next poll is due at once.
    const nextPoll = caughtUp ? new Date(deps.clock.now().getTime() + feed.poll_seconds * 1000).toISOString() : at
    await save({ last_poll_at: at, last_success_at: at, last_error: null, failures: 0, last_poll_added: added, last_poll_rejected: rejected, next_poll_at: nextPoll, claimed_by: null, claimed_until: null })
    return { feedId: feed.id, ok: true, added, rejected, pages, error: null }
  } catch (e) {
    if (e instanceof LostClaim) return { feedId: feed.id, ok: false, added, rejected, pages, error: 'the claim was lost (the feed was removed, or its lease ran out)' }
    const error = messageOf(e)
    const at = deps.clock.now()
    const failures = feed.failures + 1
    // The cursor stays where the last imported page left it.
    await store.updateClaimed(deps.db, feed.id, owner, {
      objects_added: feed.objects_added + added, last_poll_added: added, last_poll_rejected: rejected, last_poll_at: at.toISOString(), last_error_at: at.toISOString(), last_error: error,
      failures, next_poll_at: new Date(at.getTime() + backoffMs(failures, settings.backoffCapMs)).toISOString(), claimed_by: null, claimed_until: null,
    })
    const unexpected = !(e instanceof FeedPollError || e instanceof SecretBoxError || isAppError(e))
    return { feedId: feed.id, ok: false, added, rejected, pages, error, ...(unexpected ? { cause: e } : {}) }
  }
}

/** Claims and polls every due feed (`limit` at most), one after another; what each poll came to. */
export async function pollDueFeeds(deps: Deps, owner: string, limit = 50): Promise<PollOutcome[]> {
  const at = deps.clock.now()
  const outcomes: PollOutcome[] = []
  for (const id of await store.dueFeedIds(deps.db, at.toISOString(), limit)) {
    const until = new Date(at.getTime() + leaseMs(settingsOf(deps))).toISOString()
    if (!(await store.claimFeed(deps.db, id, owner, deps.clock.now().toISOString(), until, true))) continue
    const feed = await store.findFeedAnyWorld(deps.db, id)
    if (feed) outcomes.push(await pollClaimed(deps, feed, owner))
  }
  return outcomes
}

/** Polls a feed now, on its admin's request: a 409 while a process is polling it. */
export async function pollFeedNow(deps: Deps, actor: Actor, id: string): Promise<FeedView> {
  await managedFeed(deps.db, actor, id)
  const owner = settingsOf(deps).owner
  const at = deps.clock.now()
  if (!(await store.claimFeed(deps.db, id, owner, at.toISOString(), new Date(at.getTime() + leaseMs(settingsOf(deps))).toISOString(), false))) {
    throw conflict('feed_busy', 'A hub process is polling this feed now; read its state again shortly')
  }
  const feed = await store.findFeedAnyWorld(deps.db, id)
  if (feed) await pollClaimed(deps, feed, owner)
  return toView(await readableFeed(deps.db, actor, id), deps.clock.now())
}
