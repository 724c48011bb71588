export * from './passkeys'
export * from './passkeys.schema'
export * as passkeys from './passkeys.service'
