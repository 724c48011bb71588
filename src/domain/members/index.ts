export * from './members'
export * from './members.schema'
export * as members from './members.service'
export type { TokenInfo } from './tokens.store'
/** Directory look-ups other capabilities need (the org tree and nations by country). */
export { findHub, findNationByCountry, findOrg, orgChain, orgSubtree } from './members.store'
