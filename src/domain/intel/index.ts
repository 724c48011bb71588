export * as intel from './intel.service'
export * from './intel.schema'
export type { ImportSummary, IntelObjectView, RejectedObject, VersionSelector } from './intel'
export { versionOutcome } from './intel'
