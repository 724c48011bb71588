export * from './members'
export * from './members.schema'
export * as members from './members.service'
export type { TokenInfo } from './tokens.store'
/** Directory look-ups other capabilities need (the org tree and nations by country). */
export { findNationByCountry, findOrg, orgChain, orgSubtree } from './members.store'
export { membersPermissions } from './members.permissions'
export { memberEvents, type CredentialEnd, type CredentialRevoked } from './members.events'
export type { Credential } from './members.service'
