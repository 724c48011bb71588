import { describe, it, expect } from 'vitest'
import { AppError } from '../../core/errors'
import { INCIDENT_STATUSES, canTransitionIncident, transitionIncident, type IncidentStatus } from './incident'

const LEGAL: [IncidentStatus, IncidentStatus][] = [
  ['open', 'contained'],
  ['open', 'recovered'],
  ['open', 'closed'],
  ['contained', 'recovered'],
  ['contained', 'closed'],
  ['contained', 'open'],
  ['recovered', 'closed'],
  ['recovered', 'open'],
  ['closed', 'open'],
]
const isLegal = (from: IncidentStatus, to: IncidentStatus) => LEGAL.some(([f, t]) => f === from && t === to)
const ILLEGAL = INCIDENT_STATUSES.flatMap((from) =>
  INCIDENT_STATUSES.filter((to) => !isLegal(from, to)).map((to) => [from, to] as [IncidentStatus, IncidentStatus]),
)

describe('incident status machine', () => {
  it.each(LEGAL)('moves from %s to %s', (from, to) => {
    expect(transitionIncident(from, to)).toBe(to)
    expect(canTransitionIncident(from, to)).toBe(true)
  })

  it.each(ILLEGAL)('refuses %s -> %s with a 409 naming the current state', (from, to) => {
    expect(canTransitionIncident(from, to)).toBe(false)
    let caught: unknown
    try {
      transitionIncident(from, to)
    } catch (e) {
      caught = e
    }
    expect(caught).toBeInstanceOf(AppError)
    const err = caught as AppError
    expect(err.status).toBe(409)
    expect(err.code).toBe('illegal_transition')
    expect(err.extra.currentState).toBe(from)
  })

  it('covers every pair of states in one of the two tables', () => {
    expect(LEGAL.length + ILLEGAL.length).toBe(INCIDENT_STATUSES.length ** 2)
    expect(ILLEGAL).toContainEqual(['closed', 'contained'])
    expect(ILLEGAL).toContainEqual(['recovered', 'contained'])
    expect(ILLEGAL).toContainEqual(['open', 'open'])
  })
})
