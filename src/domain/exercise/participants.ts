/** Naming participants in a scenario: a nation by its country code, an organization by name or id. */
export interface ParticipantRow {
  org_id: string
  name: string
  country: string | null
  simulated: number
}

/** Senders that are no participant: the exercise control cell, whose injects are messages. */
export const CONTROL_REFS: readonly string[] = ['EXCON', 'HUB', 'CONTROL']

export function resolveRef(participants: readonly ParticipantRow[], ref: string): ParticipantRow | null {
  return participants.find((p) => p.country === ref || p.org_id === ref || p.name === ref) ?? null
}
