export * from './members'
export * from './members.schema'
export * as members from './members.service'
export type { TokenInfo } from './tokens.store'
