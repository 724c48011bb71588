/**
 * Incidents one page at a time: at most INCIDENT_PAGE_MAX rows, and an opaque cursor (the last
 * row's created_at and id) to the next page when more follow.
 */
import { badRequest } from '../../core/errors'
import type { Actor } from '../members'
import type { Deps } from '../deps'
import { INCIDENT_PAGE_MAX, type IncidentQuery, type IncidentView } from './incident.schema'
import { listIncidents } from './incident.service'
import type { IncidentKey } from './incident.store'

export interface IncidentPage {
  incidents: IncidentView[]
  /** The cursor of the next page, or null when this page is the last. */
  next: string | null
}

export const encodeIncidentCursor = (k: IncidentKey): string => Buffer.from(`${k.createdAt}|${k.id}`).toString('base64url')

export function decodeIncidentCursor(cursor: string): IncidentKey {
  const text = Buffer.from(cursor, 'base64url').toString()
  const bar = text.indexOf('|')
  const createdAt = text.slice(0, bar)
  const id = text.slice(bar + 1)
  if (bar < 0 || Number.isNaN(Date.parse(createdAt)) || !/^[0-9a-f-]{36}$/.test(id)) throw badRequest('bad_cursor', 'The cursor is not one this hub gave', '/cursor')
  return { createdAt, id }
}

export async function listIncidentPage(deps: Deps, viewer: Actor, q: IncidentQuery): Promise<IncidentPage> {
  const size = Math.min(q.limit, INCIDENT_PAGE_MAX)
  const after = q.cursor === undefined ? null : decodeIncidentCursor(q.cursor)
  // One row more than the page says whether another page follows, without an empty last page.
  const rows = await listIncidents(deps, viewer, { ...q, limit: size + 1 }, after)
  const incidents = rows.slice(0, size)
  const last = incidents.at(-1)
  return { incidents, next: rows.length > size && last ? encodeIncidentCursor({ createdAt: last.createdAt, id: last.id }) : null }
}
