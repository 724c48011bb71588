import type { Marking } from '../../tlp'

/**
 * May a provider organization receive the incident once it accepts? Acceptance adds it to the
 * incident's audience at the incident's own marking, so for CLEAR, GREEN, AMBER and AMBER+STRICT
 * it always may. RED is shared with named people only: a provider with no point of contact or
 * admin to name cannot receive it, so it is not offered the request at all.
 */
export const mayReceiveMarking = (incident: Pick<Marking, 'tlp'>, namedUsersOfProvider: number): boolean =>
  incident.tlp !== 'RED' || namedUsersOfProvider > 0

/** Roles whose holders are named on a RED incident when their organization accepts. */
export const RED_NAMED_ROLES = ['poc', 'admin'] as const
