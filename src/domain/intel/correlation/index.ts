export { correlateNewPostings, type Posting } from './correlate'
export { CORRELATION_EVENT, WHOM_TO_ASK, type CorrelationPayload, type DisclosedMatch } from './events'
export { alertsFor, audienceMarking, type Alert, type Audience, type Side } from './disclosure'
export { correlationSettings, shippedWarningLists, DEFAULT_CORRELATION_CAP, type CorrelationSettings } from './settings'
