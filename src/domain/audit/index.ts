export * from './audit'
export { appendAudit, type AuditInput } from './audit.store'
export { readAudit, verifyAudit } from './audit.service'
