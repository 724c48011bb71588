export * from './sso'
export * from './sso.schema'
export * as sso from './sso.service'
export { ssoPermissions } from './sso.permissions'
