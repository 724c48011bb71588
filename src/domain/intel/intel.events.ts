/** The events of intel: one per import, and one per correlation recipient. */
import { feedEvent, type EventDefinitions } from '../event-definition'
import { CORRELATION_EVENT, type CorrelationPayload } from './correlation/events'

export interface IntelAdded {
  bundleId: string | null
  added: number
  newVersions: number
  olderVersions: number
  duplicates: number
  /** The STIX ids written, up to a bound (idsTruncated says when more were). */
  ids: string[]
  idsTruncated: boolean
}

export const intelEvents = {
  'intel.added': feedEvent<IntelAdded>('an import stored new objects or versions'),
  [CORRELATION_EVENT]: feedEvent<CorrelationPayload>('a value you hold was seen by another member'),
} satisfies EventDefinitions
