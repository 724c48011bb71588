/** The events of the catalogue: carried at the capability's own marking (whom it is shown to). */
import { feedEvent, type EventDefinitions } from '../event-definition'
import type { CapabilityView } from './capability.schema'

export const capabilityEvents = {
  'capability.declared': feedEvent<CapabilityView>('a member declared a capability it lends'),
  'capability.standby': feedEvent<CapabilityView>('a capability was put on standby for a period, or taken off it (standby null)'),
} satisfies EventDefinitions
