import type { DomainEvent } from '../bus/event'
import type { Clock } from '../core/clock'
import type { Db } from '../store/db'
import type { IntelBulk } from '../store/intel-bulk'
import type { Tx } from '../store/tx'
import type { EventSink } from './events'
import type { CorrelationSettings, FeedSettings } from './intel'
import type { SessionPolicy } from './members'
import type { SsoSettings } from './sso'

/** What a use case needs from the world: the database, the time, and where events go. */
export interface Deps {
  db: Db
  clock: Clock
  events: EventSink
  /** How many providers an assistance request is offered to at once (OFFER_PARALLEL); default 3. */
  offerParallel?: number
  /** The dialect's fast ingest path for intel (built by the composition root); absent: the portable query-builder path. */
  intelBulk?: IntelBulk
  /** Correlation cap and warning lists; absent: the defaults (cap 100, the shipped lists). */
  correlation?: CorrelationSettings
  /** Session idle and absolute timeouts (SESSION_IDLE_MINUTES, SESSION_ABSOLUTE_HOURS); absent: 30 minutes and 12 hours. */
  sessions?: SessionPolicy
  /** The hub's public address, for enrolment links (PUBLIC_URL); absent: http://localhost:8080. */
  publicUrl?: string
  /** How long an enrolment link works (ENROLMENT_HOURS); absent: 24 hours. */
  enrolmentTtlMs?: number
  /** Ways of enrolling beside password + TOTP that a sign-in module adds (passkey). */
  extraEnrolmentMethods?: readonly string[]
  /** Intel feeds (the hub as a TAXII client): the credentials key, timeouts, backoff cap; absent: feeds refuse to run. */
  feeds?: FeedSettings
  /** The origin of PUBLIC_URL when it was set; null or absent: derived from each request (passkeys, SSO redirect URI). */
  publicOrigin?: string | null
  /** Single sign-on (SSO_SECRET_KEY); absent: no key, providers cannot be configured. */
  sso?: SsoSettings
  /**
   * Called in the unit of work's transaction with the events it has just written (the
   * notifications they cause are written there too: notify/derive.ts); absent: nothing derived.
   */
  onEventsWritten?: (tx: Tx, now: Date, events: readonly DomainEvent[]) => Promise<void>
}
