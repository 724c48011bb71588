/**
 * Intel feeds: an organization's admin subscribes the hub to a remote TAXII 2.1 collection; the
 * job runner (src/jobs/feed-poller.ts) polls it (feeds.poll.ts). Credentials go in sealed and
 * never come out: not in answers, not in audit entries, not in error states.
 */
import { forbidden, notFound, unprocessable } from '../../../core/errors'
import { newId } from '../../../core/ids'
import type { Tlp } from '../../../tlp'
import type { Deps } from '../../deps'
import { participantIncident } from '../../incident'
import { orgIdsOf, type Actor } from '../../members'
import { unitOfWork } from '../../unit-of-work'
import type { FeedSettings } from './feeds'
import { feedPermissions } from './feeds.permissions'
import type { FeedAuthInput, FeedInput, FeedUpdate, FeedView } from './feeds.schema'
import * as store from './feeds.store'
import type { FeedRow } from './feeds.store'
import { seal } from './secret-box'
import type { FeedCredentials } from './taxii-pages'

export const DEFAULT_POLL_SECONDS = 3600
export const DEFAULT_PAGE_SIZE = 1000

export function settingsOf(deps: Deps): FeedSettings {
  if (!deps.feeds) throw new Error('intel feeds are not configured in this process (Deps.feeds)')
  return deps.feeds
}

/** An http(s) URL with no credentials, query or fragment in it; a 422 at /apiRoot otherwise. */
function checkApiRoot(raw: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw unprocessable('bad_feed_url', 'apiRoot is not a URL', '/apiRoot')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw unprocessable('bad_feed_url', 'apiRoot must be an http:// or https:// URL', '/apiRoot')
  if (url.username !== '' || url.password !== '') throw unprocessable('bad_feed_url', 'Put credentials in auth, never in the URL (it is shown to readers)', '/apiRoot')
  if (url.search !== '' || url.hash !== '') throw unprocessable('bad_feed_url', 'apiRoot takes no query or fragment', '/apiRoot')
  return url.href.endsWith('/') ? url.href : `${url.href}/`
}

function checkCollectionId(id: string): string {
  if (!/^[A-Za-z0-9._~-]+$/.test(id)) throw unprocessable('bad_feed_url', 'collectionId must be a TAXII collection id (letters, digits, . _ ~ -)', '/collectionId')
  return id
}

/** The credentials an auth input names; a 422 at /auth when they do not fit its kind. */
function credentialsOf(auth: FeedAuthInput): FeedCredentials {
  const extra = (fields: (keyof FeedAuthInput)[]) => fields.filter((f) => auth[f] !== undefined)
  switch (auth.kind) {
    case 'none':
      if (extra(['username', 'password', 'token']).length > 0) throw unprocessable('bad_feed_auth', 'auth kind none takes no username, password or token', '/auth')
      return { kind: 'none' }
    case 'basic':
      if (auth.password === undefined || auth.token !== undefined) throw unprocessable('bad_feed_auth', 'Basic auth takes a password (and a username, which may be empty) and no token', '/auth/password')
      return { kind: 'basic', username: auth.username ?? '', password: auth.password }
    case 'bearer':
      if (auth.token === undefined || extra(['username', 'password']).length > 0) throw unprocessable('bad_feed_auth', 'Bearer auth takes a token and no username or password', '/auth/token')
      return { kind: 'bearer', token: auth.token }
  }
}

const sealedOf = (settings: FeedSettings, feedId: string, c: FeedCredentials): string | null => (c.kind === 'none' ? null : seal(settings.secretKey(), feedId, JSON.stringify(c)))

export function toView(row: FeedRow, now: Date): FeedView {
  return {
    id: row.id,
    orgId: row.org_id,
    name: row.name,
    apiRoot: row.api_root,
    collectionId: row.collection_id,
    auth: row.auth_kind as FeedView['auth'],
    pollSeconds: row.poll_seconds,
    pageSize: row.page_size,
    tlp: row.tlp as Tlp,
    audienceOrgs: JSON.parse(row.audience_orgs) as string[],
    incidentId: row.incident_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    state: {
      lastPollAt: row.last_poll_at,
      lastSuccessAt: row.last_success_at,
      lastErrorAt: row.last_error_at,
      lastError: row.last_error,
      failures: row.failures,
      objectsAdded: row.objects_added,
      lastPollAdded: row.last_poll_added,
      lastPollRejected: row.last_poll_rejected,
      nextPollAt: row.next_poll_at,
      addedAfter: row.added_after,
      paging: row.next_token !== null,
      polling: row.claimed_until !== null && row.claimed_until > now.toISOString(),
    },
  }
}

const mayRead = (actor: Actor, row: FeedRow) => feedPermissions.may(actor, 'read', { orgId: row.org_id })

/** A feed the actor may read, in its world; one it may not answers as a missing one. */
export async function readableFeed(q: Deps['db'], actor: Actor, id: string): Promise<FeedRow> {
  if (!feedPermissions.may(actor, 'read', { orgId: null }) && !feedPermissions.may(actor, 'read', { orgId: actor.orgId }))
    throw forbidden('Your roles do not include reading intel feeds')
  const row = await store.findFeed(q, id, actor.exerciseId)
  if (!row || !mayRead(actor, row)) throw notFound('Intel feed')
  return row
}

export async function managedFeed(q: Deps['db'], actor: Actor, id: string): Promise<FeedRow> {
  const row = await readableFeed(q, actor, id)
  if (!feedPermissions.may(actor, 'manage', { orgId: row.org_id })) throw forbidden('Only an admin of the subscribing organization changes its feeds')
  return row
}

/** The audit detail of a feed: everything but its credentials. */
const auditDetail = (row: Pick<FeedRow, 'name' | 'api_root' | 'collection_id' | 'auth_kind' | 'poll_seconds' | 'tlp' | 'incident_id'>) => ({
  name: row.name,
  apiRoot: row.api_root,
  collectionId: row.collection_id,
  auth: row.auth_kind,
  pollSeconds: row.poll_seconds,
  tlp: row.tlp,
  incidentId: row.incident_id,
})

/**
 * Subscribes the actor's organization to a remote TAXII 2.1 collection; the first poll is due at once.
 * @example createFeed(deps, admin, { name: 'CERT-EE', apiRoot: 'https://taxii.example/api1/', collectionId: '…', auth: { kind: 'bearer', token } })
 */
export async function createFeed(deps: Deps, actor: Actor, input: FeedInput): Promise<FeedView> {
  if (!feedPermissions.may(actor, 'manage', { orgId: actor.orgId })) throw forbidden('Only an organization’s admin subscribes it to feeds')
  const settings = settingsOf(deps)
  const apiRoot = checkApiRoot(input.apiRoot)
  const collectionId = checkCollectionId(input.collectionId)
  const credentials = credentialsOf(input.auth)
  return unitOfWork(deps, async (u) => {
    const audienceOrgs = await orgIdsOf(u.tx, input.audienceOrgs ?? [], '/audienceOrgs')
    if (input.incidentId) await participantIncident(u.tx, actor, input.incidentId)
    const id = newId()
    const row: FeedRow = {
      id, org_id: actor.orgId, created_by: actor.userId, name: input.name, api_root: apiRoot, collection_id: collectionId,
      auth_kind: credentials.kind, sealed_secret: sealedOf(settings, id, credentials),
      poll_seconds: input.pollSeconds ?? DEFAULT_POLL_SECONDS, page_size: input.pageSize ?? DEFAULT_PAGE_SIZE,
      tlp: input.tlp ?? 'AMBER+STRICT', audience_orgs: JSON.stringify(audienceOrgs), incident_id: input.incidentId ?? null,
      exercise_id: actor.exerciseId, created_at: u.at, updated_at: u.at,
      added_after: null, next_token: null, paging_added_after: null, paging_added_last: null,
      next_poll_at: u.at, last_poll_at: null, last_success_at: null, last_error_at: null, last_error: null,
      failures: 0, objects_added: 0, last_poll_added: 0, last_poll_rejected: 0, claimed_by: null, claimed_until: null,
    }
    await store.insertFeed(u.tx, row)
    await u.audit(actor, 'intel.feed.create', id, auditDetail(row))
    return toView(row, deps.clock.now())
  })
}

/** The feeds the actor may read: its organization's (admin), every one (coordinator). */
export async function listFeeds(deps: Deps, actor: Actor): Promise<FeedView[]> {
  const all = feedPermissions.may(actor, 'read', { orgId: '' })
  if (!all && !feedPermissions.may(actor, 'read', { orgId: actor.orgId })) throw forbidden('Your roles do not include reading intel feeds')
  const rows = await store.listFeeds(deps.db, actor.exerciseId, all ? null : actor.orgId)
  const now = deps.clock.now()
  return rows.filter((r) => mayRead(actor, r)).map((r) => toView(r, now))
}

export async function getFeed(deps: Deps, actor: Actor, id: string): Promise<FeedView> {
  return toView(await readableFeed(deps.db, actor, id), deps.clock.now())
}

/**
 * Changes a feed. New credentials replace the sealed ones; another API root or collection
 * starts the cursor afresh (a cursor means nothing at another collection).
 */
export async function updateFeed(deps: Deps, actor: Actor, id: string, input: FeedUpdate): Promise<FeedView> {
  const settings = settingsOf(deps)
  const apiRoot = input.apiRoot === undefined ? undefined : checkApiRoot(input.apiRoot)
  const collectionId = input.collectionId === undefined ? undefined : checkCollectionId(input.collectionId)
  const credentials = input.auth === undefined ? undefined : credentialsOf(input.auth)
  return unitOfWork(deps, async (u) => {
    const row = await managedFeed(u.tx, actor, id)
    const audienceOrgs = input.audienceOrgs === undefined ? undefined : await orgIdsOf(u.tx, input.audienceOrgs, '/audienceOrgs')
    if (input.incidentId) await participantIncident(u.tx, actor, input.incidentId)
    const moved = (apiRoot !== undefined && apiRoot !== row.api_root) || (collectionId !== undefined && collectionId !== row.collection_id)
    const set = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(apiRoot !== undefined ? { api_root: apiRoot } : {}),
      ...(collectionId !== undefined ? { collection_id: collectionId } : {}),
      ...(credentials !== undefined ? { auth_kind: credentials.kind, sealed_secret: sealedOf(settings, id, credentials) } : {}),
      ...(input.pollSeconds !== undefined ? { poll_seconds: input.pollSeconds } : {}),
      ...(input.pageSize !== undefined ? { page_size: input.pageSize } : {}),
      ...(input.tlp !== undefined ? { tlp: input.tlp } : {}),
      ...(audienceOrgs !== undefined ? { audience_orgs: JSON.stringify(audienceOrgs) } : {}),
      ...(input.incidentId !== undefined ? { incident_id: input.incidentId } : {}),
      ...(moved ? { added_after: null, next_token: null, paging_added_after: null, paging_added_last: null } : {}),
      // New credentials or a new place: try at once rather than wait out a backoff.
      ...(credentials !== undefined || moved ? { next_poll_at: u.at } : {}),
      updated_at: u.at,
    }
    await store.updateFeed(u.tx, id, set)
    const after = (await store.findFeed(u.tx, id, actor.exerciseId))!
    await u.audit(actor, 'intel.feed.update', id, { ...auditDetail(after), changed: Object.keys(input).sort(), cursorReset: moved })
    return toView(after, deps.clock.now())
  })
}

/** Ends a subscription; what it imported stays. */
export async function removeFeed(deps: Deps, actor: Actor, id: string): Promise<FeedView> {
  return unitOfWork(deps, async (u) => {
    const row = await managedFeed(u.tx, actor, id)
    await store.deleteFeed(u.tx, id)
    await u.audit(actor, 'intel.feed.remove', id, auditDetail(row))
    return toView(row, deps.clock.now())
  })
}

