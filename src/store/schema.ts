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

export interface SessionTable {
  id: string
  secret_hash: string
  csrf_hash: string
  user_id: string
  method: string
  address: string | null
  user_agent: string | null
  created_at: string
  last_seen_at: string
  idle_expires_at: string
  absolute_expires_at: string
  ended_at: string | null
  end_reason: string | null
}

export interface UserCredentialTable {
  user_id: string
  password_hash: string
  totp_secret: string
  /** The last TOTP time step accepted: a code of that step or earlier is a replay. */
  totp_last_step: number
  set_at: string
}

export interface RecoveryCodeTable {
  id: string
  user_id: string
  hash: string
  used_at: string | null
}

export interface EnrolmentTable {
  id: string
  user_id: string
  hash: string
  created_by: string
  created_at: string
  expires_at: string
  used_at: string | null
}

export interface SigninThrottleTable {
  key: string
  failures: number
  window_start: string
  locked_until: string | null
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
  /** The object's own summary (migration 0900), so a lookup reads no intel_object row. */
  type: string
  created: string | null
  modified: string
  created_by_ref: string | null
  revoked: number
}

export interface CapabilityTable {
  id: string
  org_id: string
  nation_id: string
  category: string
  description: string
  capacity: number
  languages: string
  delivery: string
  response_hours: number
  sectors: string
  working_hours: string
  serves: string
  visible_to: string
  standby_from: string | null
  standby_until: string | null
  marking_id: string
  /** The exercise this row belongs to; null: the real world. */
  exercise_id: string | null
  created_by: string
  created_at: string
  updated_at: string
}

export interface IncidentTable {
  id: string
  org_id: string
  nation_id: string
  reported_by: string
  title: string
  summary: string
  sectors: string
  rsit_class: string
  rsit_type: string
  severity: number
  malicious: number
  cross_border: number
  status: string
  detected_at: string | null
  started_at: string | null
  reported_at: string
  aware_at: string
  early_warning_at: string | null
  notification_at: string | null
  final_report_at: string | null
  attack_ids: string
  intel_ids: string
  marking_id: string
  /** The exercise this row belongs to; null: the real world. */
  exercise_id: string | null
  created_at: string
  updated_at: string
}

export interface IncidentTimelineTable {
  id: string
  incident_id: string
  at: string
  happened_at: string
  author: string
  author_org: string
  text: string
  exercise_id: string | null
}

export interface AssistanceRequestTable {
  id: string
  incident_id: string
  nation_id: string
  requester_org: string
  created_by: string
  category: string
  urgency: string
  needed: number
  needed_by: string | null
  languages: string
  delivery: string
  excluded_nations: string
  sanitized_summary: string
  summary_approved_by: string | null
  summary_approved_at: string | null
  state: string
  round: number
  severity: number
  submitted_by: string | null
  submitted_at: string | null
  first_offer_at: string | null
  first_accepted_at: string | null
  first_delivered_at: string | null
  closed_at: string | null
  cancelled_at: string | null
  escalated_at: string | null
  rating: number | null
  rating_comment: string | null
  /** 1 when the request was closed with its work done outside the hub (no start, no delivery here). */
  closed_outside_hub: Generated<number>
  created_at: string
  updated_at: string
  exercise_id: string | null
}

/** The receiving organization's own rating of the help it got (one per request, revisable). */
export interface AssistanceRecipientRatingTable {
  request_id: string
  org_id: string
  rated_by: string
  rating: number
  comment: string | null
  rated_at: string
}

export interface AssistanceOfferTable {
  id: string
  request_id: string
  capability_id: string
  provider_org: string
  provider_nation: string
  round: number
  state: string
  rank: number | null
  score: number | null
  parts: string
  by_coordinator: string | null
  sent_at: string
  answer_due_at: string
  answered_at: string | null
  answered_by: string | null
  reason: string | null
  deliverable: string | null
  deliverable_intel_ids: string | null
  delivered_at: string | null
  rating: number | null
  exercise_id: string | null
}

export interface DeadlineTable {
  id: string
  kind: string
  subject_id: string
  due_at: string
  fired_at: string | null
  claimed_by: string | null
  claimed_until: string | null
}

export interface ExerciseTable {
  id: string
  name: string
  state: string
  /** The scenario as JSON (the validated master scenario events list). */
  scenario: string
  scenario_start: string
  speed: number
  anchor_scenario: string
  /** Wall time at which the clock showed anchor_scenario; null while the clock stands. */
  anchor_wall: string | null
  created_by: string
  created_at: string
  started_at: string | null
  ended_at: string | null
}

export interface ExerciseParticipantTable {
  exercise_id: string
  org_id: string
  /** 1: played by a simulated nation (a bot through the API). */
  simulated: number
}

export interface ExerciseControllerTable {
  exercise_id: string
  user_id: string
}

export interface ExerciseInjectTable {
  id: string
  exercise_id: string
  serial: string
  /** From the exercise's scenario start, in scenario milliseconds. */
  offset_ms: number
  /** The scenario event as JSON. */
  event: string
  /** pending, held (by a controller) or released. */
  state: string
  released_at: string | null
  released_scenario: string | null
  /** What the inject did (ids of what it created), JSON. */
  outcome: string | null
}

export interface ExerciseLessonTable {
  id: string
  exercise_id: string
  user_id: string
  org_id: string
  title: string
  text: string
  created_at: string
}

/** A user's contact details for notifications (the address defaults to the account's e-mail). */
export interface NotifyContactTable {
  user_id: string
  email: string | null
  pgp_key: string | null
  pgp_fingerprint: string | null
  time_zone: string
  quiet_start: string | null
  quiet_end: string | null
  updated_at: string
}

export interface NotifyChannelTable {
  id: string
  user_id: string
  kind: string
  url: string
  secret: string | null
  created_at: string
}

/** Which topic reaches a user by which channels (JSON list of 'email' and channel ids). */
export interface NotifyRuleTable {
  user_id: string
  topic: string
  channels: string
}

export interface NotifyOrgSettingTable {
  org_id: string
  time_zone: string
  ack_minutes: number
}

export interface NotifyRotaEntryTable {
  id: string
  org_id: string
  user_id: string
  position: number
  days: string
  start: string
  end: string
}

export interface NotifyEscalationTable {
  id: string
  event_id: string
  org_id: string
  topic: string
  /** What the call is about (an offer's id): answering it settles the call. */
  subject_id: string | null
  step: number
  /** JSON list of the user ids on duty when the chain started, in rota order. */
  chain: string
  created_at: string
  acked_at: string | null
  acked_by: string | null
}

/** One notification: one event, one recipient, one channel (unique), and its delivery state. */
export interface NotificationTable {
  id: string
  event_id: string
  user_id: string
  channel: string
  topic: string
  escalation_id: string | null
  state: string
  attempts: number
  next_attempt_at: string
  claimed_by: string | null
  claimed_until: string | null
  last_error: string | null
  created_at: string
  sent_at: string | null
}

export interface NotifyHubKeyTable {
  id: number
  private_key: string
  public_key: string
  fingerprint: string
  ack_secret: string
  created_at: string
}

export interface WebauthnCredentialTable {
  id: string
  user_id: string
  credential_id: string
  public_key: string
  /** bigint: PostgreSQL answers it as a string, SQLite as a number. */
  counter: number | string
  transports: string
  device_type: string
  backed_up: number
  name: string
  created_at: string
  last_used_at: string | null
}

export interface WebauthnChallengeTable {
  challenge: string
  purpose: string
  user_id: string | null
  created_at: string
  expires_at: string
}

export interface SsoProviderTable {
  org_id: string
  issuer: string
  client_id: string
  client_secret_enc: string
  claim: string
  user_attribute: string
  created_at: string
  updated_at: string
}

export interface SsoAttemptTable {
  state_hash: string
  org_id: string
  code_verifier: string
  nonce: string
  redirect_uri: string
  created_at: string
  expires_at: string
}

/** A subscription to a remote TAXII 2.1 collection, its cursor, state and claim (migration 0410). */
export interface IntelFeedTable {
  id: string
  org_id: string
  created_by: string
  name: string
  api_root: string
  collection_id: string
  auth_kind: string
  /** The credentials, sealed (AES-256-GCM); null when the feed needs none. */
  sealed_secret: string | null
  poll_seconds: number
  page_size: number
  tlp: string
  audience_orgs: string
  incident_id: string | null
  exercise_id: string | null
  created_at: string
  updated_at: string
  added_after: string | null
  next_token: string | null
  paging_added_after: string | null
  paging_added_last: string | null
  next_poll_at: string
  last_poll_at: string | null
  last_success_at: string | null
  last_error_at: string | null
  last_error: string | null
  failures: number
  objects_added: number
  last_poll_added: number
  last_poll_rejected: number
  claimed_by: string | null
  claimed_until: string | null
}

/** A TAXII POST's status resource, readable again by the organization that posted it, in its world. */
export interface TaxiiStatusTable {
  id: string
  org_id: string
  user_id: string
  exercise_id: string | null
  created_at: string
  json: string
}

export interface Database {
  org: OrgTable
  app_user: UserTable
  api_token: ApiTokenTable
  session: SessionTable
  user_credential: UserCredentialTable
  recovery_code: RecoveryCodeTable
  enrolment: EnrolmentTable
  signin_throttle: SigninThrottleTable
  marking: MarkingTable
  marking_audience: MarkingAudienceTable
  audit_log: AuditTable
  audit_head: AuditHeadTable
  outbox_event: OutboxEventTable
  intel_object: IntelObjectTable
  intel_posting: IntelPostingTable
  capability: CapabilityTable
  incident: IncidentTable
  incident_timeline: IncidentTimelineTable
  assistance_request: AssistanceRequestTable
  assistance_offer: AssistanceOfferTable
  assistance_recipient_rating: AssistanceRecipientRatingTable
  deadline: DeadlineTable
  decision_proposal: DecisionProposalTable
  decision_round: DecisionRoundTable
  decision_answer: DecisionAnswerTable
  decision_effect: DecisionEffectTable
  taxii_status: TaxiiStatusTable
  intel_feed: IntelFeedTable
  webauthn_credential: WebauthnCredentialTable
  webauthn_challenge: WebauthnChallengeTable
  sso_provider: SsoProviderTable
  sso_attempt: SsoAttemptTable
  notify_contact: NotifyContactTable
  notify_channel: NotifyChannelTable
  notify_rule: NotifyRuleTable
  notify_org_setting: NotifyOrgSettingTable
  notify_rota_entry: NotifyRotaEntryTable
  notify_escalation: NotifyEscalationTable
  notification: NotificationTable
  notify_hub_key: NotifyHubKeyTable
  exercise: ExerciseTable
  exercise_participant: ExerciseParticipantTable
  exercise_controller: ExerciseControllerTable
  exercise_inject: ExerciseInjectTable
  exercise_lesson: ExerciseLessonTable
}

export interface DecisionProposalTable {
  id: string
  kind: string
  subject_kind: string
  subject_ids: string
  title: string
  addressees: string
  consent_of: string
  params: string
  procedure: string
  majority_rule: string | null
  answers_open: number
  proposer_user: string
  proposer_org: string
  state: string
  round: number
  deadline_at: string
  outcome: string | null
  decided_at: string | null
  marking_id: string
  event_marking_id: string
  exercise_id: string | null
  created_at: string
  updated_at: string
}

export interface DecisionRoundTable {
  proposal_id: string
  round: number
  text: string
  deadline_at: string
  issued_by: string
  issued_at: string
  outcome: string | null
  ended_at: string | null
}

export interface DecisionAnswerTable {
  id: string
  proposal_id: string
  round: number
  addressee: string
  user_id: string
  answer: string
  reason: string | null
  amended_text: string | null
  at: string
}

export interface DecisionEffectTable {
  id: string
  proposal_id: string
  kind: string
  detail: string
  at: string
}
