/**
 * Notifications for people on duty: the topics a person can ask to hear of, the channels that
 * carry them, the defaults per role, quiet hours and the on-call rota. Pure rules; the rows are
 * in notify.store.ts and the sending in src/jobs/notify-sender.ts.
 */
import { isWithinWorkingHours, localTimeIn, minutesOf } from '../capability'
import type { Role } from '../members'

export const TOPICS = ['offer', 'answer_due', 'escalation', 'decision', 'nis2_due', 'correlation', 'inject'] as const
export type Topic = (typeof TOPICS)[number]

export const TOPIC_MEANING: Record<Topic, string> = {
  offer: 'an assistance offer to my organization',
  answer_due: 'an answer of my organization is due or went unanswered',
  escalation: 'a request nobody could help with (the hub steps in)',
  decision: 'a decision addressed to my nation',
  nis2_due: 'a NIS2 reporting stage falls due',
  correlation: 'a value in my intel was seen by another member',
  inject: 'an exercise inject for me',
}

export const CHANNEL_KINDS = ['webhook', 'matrix', 'mattermost', 'teams'] as const
export type ChannelKind = (typeof CHANNEL_KINDS)[number]
/** The primary e-mail address is a channel too, named `email` in rules and notifications. */
export const EMAIL = 'email'

/** What a role hears of by e-mail when its user has set no rule of its own. */
const ROLE_DEFAULTS: Record<Role, readonly Topic[]> = {
  admin: [],
  coordinator: ['escalation', 'decision'],
  poc: ['offer', 'answer_due', 'decision', 'nis2_due'],
  analyst: ['correlation'],
  controller: ['inject'],
  observer: [],
}

/** The channels a user's topic goes to: the user's rule when set, else the role defaults (e-mail). */
export function channelsFor(topic: Topic, roles: readonly Role[], rule: readonly string[] | undefined): readonly string[] {
  if (rule !== undefined) return rule
  return roles.some((r) => ROLE_DEFAULTS[r].includes(topic)) ? [EMAIL] : []
}

export const defaultTopicsOf = (roles: readonly Role[]): Topic[] => TOPICS.filter((t) => roles.some((r) => ROLE_DEFAULTS[r].includes(t)))

export interface QuietHours {
  tz: string
  start: string
  end: string
}

/**
 * When a notification may go out: now, or the end of the recipient's quiet hours (in the
 * recipient's zone) when now falls inside them. Quiet hours that wrap midnight (22:00–07:00) are
 * the usual case. The end is found as "minutes until the local clock reads `end`", then checked
 * against the zone and nudged by the difference, so a DST change in between still lands on time.
 */
export function sendableAt(quiet: QuietHours | null, at: Date): Date {
  if (quiet === null) return at
  const start = minutesOf(quiet.start)
  const end = minutesOf(quiet.end)
  if (start === end) return at
  const local = localTimeIn(quiet.tz, at)
  const m = local.minuteOfDay
  const inside = start < end ? m >= start && m < end : m >= start || m < end
  if (!inside) return at
  let until = new Date(at.getTime() + ((end - m + 1440) % 1440) * 60_000)
  const drift = localTimeIn(quiet.tz, until).minuteOfDay - end
  if (drift !== 0) until = new Date(until.getTime() - drift * 60_000)
  return new Date(Math.floor(until.getTime() / 60_000) * 60_000)
}

/** One line of an organization's rota: who, on which days (ISO weekdays), from when to when, in the organization's zone. */
export interface RotaEntry {
  id: string
  userId: string
  position: number
  days: readonly number[]
  start: string
  end: string
}

/** Who is on duty at `at`, in rota order: the first is called first, the next if nobody acknowledges. */
export function onDuty(entries: readonly RotaEntry[], tz: string, at: Date): string[] {
  const covering = [...entries]
    .sort((a, b) => a.position - b.position)
    .filter((e) => isWithinWorkingHours({ tz, days: e.days, start: e.start, end: e.end }, at))
  return [...new Set(covering.map((e) => e.userId))]
}

/** Exponential back-off of a failed delivery: 30 s, 1 min, 2 min … capped at an hour. */
export const retryDelayMs = (attempts: number): number => Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000)

/** Failed deliveries past this many attempts go to the dead-letter list. */
export const MAX_ATTEMPTS = 5

export const NOTIFICATION_STATES = ['pending', 'sent', 'withheld', 'dead'] as const
export type NotificationState = (typeof NOTIFICATION_STATES)[number]
