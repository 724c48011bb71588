import { conflict } from '../../core/errors'

/**
 * The life of an incident: open → contained → recovered → closed.
 *
 * Forward moves may skip stages: a false positive is closed straight from open, a DDoS that
 * stopped by itself needs no containment. Backward moves all go to `open`, so that triage starts
 * again: containment broke (contained → open), the attacker came back (recovered → open), or new
 * evidence reopened a closed case (closed → open). Nothing moves back to a middle stage, and
 * staying put is not a move.
 */
export const INCIDENT_STATUSES = ['open', 'contained', 'recovered', 'closed'] as const
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number]

const NEXT: { readonly [S in IncidentStatus]: readonly IncidentStatus[] } = {
  open: ['contained', 'recovered', 'closed'],
  contained: ['recovered', 'closed', 'open'],
  recovered: ['closed', 'open'],
  closed: ['open'],
}

export const isIncidentStatus = (x: unknown): x is IncidentStatus =>
  typeof x === 'string' && (INCIDENT_STATUSES as readonly string[]).includes(x)

export const allowedIncidentTransitions = (from: IncidentStatus): readonly IncidentStatus[] => NEXT[from]

export const canTransitionIncident = (from: IncidentStatus, to: IncidentStatus): boolean => NEXT[from].includes(to)

/** The new status, or a 409 naming the current one so the client can refresh and retry. */
export function transitionIncident(current: IncidentStatus, to: IncidentStatus): IncidentStatus {
  if (!canTransitionIncident(current, to)) {
    throw conflict('illegal_transition', `An incident cannot move from ${current} to ${to}`, undefined, {
      currentState: current,
      allowed: NEXT[current],
    })
  }
  return to
}
