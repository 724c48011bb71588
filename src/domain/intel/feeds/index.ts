/** Intel feeds: the hub as a TAXII 2.1 client of the collections its members already publish. */
export * as feeds from './feeds.api'
export * from './feeds.schema'
export { backoffMs, FIRST_RETRY_MS, type FeedSettings } from './feeds'
export { feedPermissions } from './feeds.permissions'
export type { PollOutcome } from './feeds.poll'
