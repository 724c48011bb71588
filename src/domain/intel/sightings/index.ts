export { sightingsOf, AUDITED_TLP } from './sightings.service'
export { summarize, addSighting, emptySummary, type SightingSummary } from './sightings'
export { anySightings, visibleSightingsOf } from './sightings.store'
