import type { Generated } from 'kysely'

/**
 * The tables, as Kysely sees them. Times are ISO-8601 UTC strings (they sort as text on both
 * dialects), booleans are 0/1 integers, JSON is text: one representation on SQLite and PostgreSQL.
 */
export interface OrgTable {
  id: string
  name: string
  kind: string
  country: string | null
  parent_id: string | null
  created_at: string
}

export interface UserTable {
  id: string
  org_id: string
  email: string
  display_name: string
  roles: string
  created_at: string
  disabled_at: string | null
}

export interface ApiTokenTable {
  id: string
  user_id: string
  name: string
  hash: string
  created_at: string
  expires_at: string | null
  last_used_at: string | null
  revoked_at: string | null
}

export interface MarkingTable {
  id: string
  tlp: string
  originator_org: string
  originator_user: string | null
  created_at: string
}

export interface MarkingAudienceTable {
  marking_id: string
  kind: 'org' | 'user'
  principal_id: string
}

export interface AuditTable {
  seq: number
  at: string
  actor: string
  actor_org: string | null
  action: string
  subject: string
  detail: string
  prev_hash: string
  hash: string
}

export interface AuditHeadTable {
  id: number
  seq: number
  hash: string
}

export interface OutboxEventTable {
  seq: Generated<number>
  id: string
  type: string
  at: string
  marking_id: string
  exercise_id: string | null
  subject: string
  payload: string
  published_at: string | null
}

export interface IntelObjectTable {
  row_id: Generated<number>
  id: string
  type: string
  spec_version: string
  created: string | null
  modified: string
  created_by_ref: string | null
  revoked: number
  is_latest: number
  marking_id: string
  org_id: string
  user_id: string | null
  date_added: string
  exercise_id: string | null
  incident_id: string | null
  json: string
}

export interface IntelPostingTable {
  key: string
  row_id: number
  stix_id: string
  org_id: string
  marking_id: string
  exercise_id: string | null
}

export interface Database {
  org: OrgTable
  app_user: UserTable
  api_token: ApiTokenTable
  marking: MarkingTable
  marking_audience: MarkingAudienceTable
  audit_log: AuditTable
  audit_head: AuditHeadTable
  outbox_event: OutboxEventTable
  intel_object: IntelObjectTable
  intel_posting: IntelPostingTable
}
