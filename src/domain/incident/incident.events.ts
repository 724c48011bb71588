/** The events of an incident: carried at the incident's own marking, so its audience sees them. */
import { feedEvent, type EventDefinitions } from '../event-definition'
import type { IncidentView } from './incident.schema'

/** Who was added to an incident's audience, and who can see it now, in words. */
export interface AudienceWidened {
  incidentId: string
  tlp: string
  addedOrgs: string[]
  addedUsers: string[]
  visibleTo: string
}

/** A NIS2 reporting stage of an incident fell due and has not been submitted (see nis2.deadlines.ts). */
export interface Nis2StageDue {
  incidentId: string
  /** The reporting organization: its people are told. */
  orgId: string
  title: string
  stage: 'earlyWarning' | 'notification' | 'finalReport'
  dueAt: string
}

export const incidentEvents = {
  'incident.reported': feedEvent<IncidentView>('a member reported an incident'),
  'incident.updated': feedEvent<IncidentView>('an incident changed (fields, status, timeline, audience)'),
  'incident.nis2_stage_due': feedEvent<Nis2StageDue>('a NIS2 reporting stage of an incident is due and not yet submitted'),
  'incident.audience.widened': feedEvent<AudienceWidened>('the originator added organizations or users to an incident’s audience'),
} satisfies EventDefinitions
