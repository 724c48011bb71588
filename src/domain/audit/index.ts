export * from './audit'
export { appendAudit, type AuditInput } from './audit.store'
export { readAudit, verifyAudit, verifyAuditAs, type NamedAuditEntry } from './audit.service'
export { auditPermissions } from './audit.permissions'
