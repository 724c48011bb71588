export { lookupValues } from './lookup.service'
export { LookupInput, LookupResult, LookupResultItem, LookupMatch, MAX_LOOKUP_VALUES, MAX_MATCHES_PER_KEY } from './lookup.schema'
