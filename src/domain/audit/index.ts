export * from './audit'
export { appendAudit, type AuditInput } from './audit.store'
export { readAudit, verifyAudit, verifyAuditAs } from './audit.service'
export { auditPermissions } from './audit.permissions'
