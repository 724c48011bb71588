/** The events of an incident: carried at the incident's own marking, so its audience sees them. */
import { feedEvent, type EventDefinitions } from '../event-definition'
import type { IncidentView } from './incident.schema'

export const incidentEvents = {
  'incident.reported': feedEvent<IncidentView>('a member reported an incident'),
  'incident.updated': feedEvent<IncidentView>('an incident changed (fields, status, timeline, audience)'),
} satisfies EventDefinitions
