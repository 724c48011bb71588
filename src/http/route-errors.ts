/**
 * The error codes each route can answer, for the OpenAPI document: the codes its use case throws
 * (listed here, from the catalogue), plus those every route of its kind can answer (added by
 * `withErrorCodes`: authentication, schema validation, body parsing, a fault). A test fails when
 * a documented route has no entry here, or an entry names no route.
 */
import type { FastifySchema } from 'fastify'
import { ERROR_CATALOGUE, type ErrorCode } from '../core/error-catalogue'

const VOCAB_422: ErrorCode[] = ['unknown_sector', 'unknown_rsit_class', 'unknown_rsit_type', 'bad_attack_id', 'bad_intel_id', 'invalid_date']
const CAPABILITY_422: ErrorCode[] = ['bad_org', 'unknown_category', 'unknown_language', 'unknown_sector', 'invalid_working_days', 'invalid_time_zone', 'invalid_time_of_day', 'contradictory_serves', 'unknown_nation']
// not_found: the incident named by incidentId is missing, hidden, or one the caller takes no part in.
const IMPORT: ErrorCode[] = ['forbidden', 'not_found', 'bundle_rejected', 'invalid_stix_pattern', 'unknown_org', 'unknown_user', 'version_already_held']

/** Keyed by `METHOD /path` as the OpenAPI document writes the path. */
export const ROUTE_ERRORS: Record<string, readonly ErrorCode[]> = {
  'GET /api/v1/me': [],
  'GET /api/v1/orgs': [],
  'POST /api/v1/orgs': ['forbidden', 'duplicate', 'country_required', 'bad_country', 'bad_parent', 'country_not_allowed', 'parent_required'],
  'GET /api/v1/users': [],
  'POST /api/v1/users': ['bad_org', 'forbidden', 'duplicate'],
  'GET /api/v1/tokens': ['not_found'],
  'POST /api/v1/tokens': ['token_for_self_only', 'user_disabled'],
  'DELETE /api/v1/tokens/{id}': ['not_found', 'already_revoked'],
  'POST /api/v1/users/{id}/enrolment': ['not_found', 'user_disabled', 'already_enrolled'],
  'POST /api/v1/users/{id}/enable': ['not_found', 'not_disabled'],
  'GET /api/v1/enrolment/{token}': ['enrolment_invalid', 'enrolment_other_user'],
  'POST /api/v1/enrolment/{token}': ['tls_required', 'enrolment_invalid', 'enrolment_other_user', 'weak_password', 'bad_totp', 'csrf_required'],
  'POST /api/v1/session/password': ['tls_required', 'signin_failed', 'signin_throttled'],
  'GET /api/v1/session': ['no_session'],
  'DELETE /api/v1/session': ['no_session', 'csrf_required', 'not_found'],
  'GET /api/v1/me/sessions': [],
  'DELETE /api/v1/me/sessions/{id}': ['not_found', 'csrf_required'],
  'POST /api/v1/users/{id}/disable': ['not_found', 'forbidden', 'cannot_disable_self', 'already_disabled'],

  'POST /api/v1/enrolment/{token}/passkey-options': ['enrolment_invalid', 'enrolment_other_user', 'not_found', 'csrf_required'],
  'POST /api/v1/enrolment/{token}/passkey': ['tls_required', 'enrolment_invalid', 'enrolment_other_user', 'not_found', 'passkey_not_verified', 'csrf_required'],
  'POST /api/v1/passkeys/registration-options': ['not_found'],
  'POST /api/v1/passkeys': ['not_found', 'passkey_not_verified'],
  'GET /api/v1/passkeys': [],
  'DELETE /api/v1/passkeys/{id}': ['not_found'],
  'GET /api/v1/sso/{org}': ['bad_org', 'sso_not_nation', 'forbidden', 'sso_not_configured'],
  'PUT /api/v1/sso/{org}': ['bad_org', 'sso_not_nation', 'forbidden', 'sso_key_missing', 'sso_bad_issuer'],
  'DELETE /api/v1/sso/{org}': ['bad_org', 'sso_not_nation', 'forbidden', 'sso_not_configured'],
  'GET /api/v1/sso/{org}/login': ['tls_required', 'sso_not_configured', 'sso_refused'],
  'GET /api/v1/sso/callback': ['tls_required', 'sso_refused', 'sso_no_user', 'signin_throttled'],
  'POST /api/v1/session/passkey-options': [],
  'POST /api/v1/session/passkey': ['tls_required', 'passkey_refused', 'signin_throttled'],

  'GET /api/v1/incidents': ['forbidden'],
  'POST /api/v1/incidents': ['forbidden', 'bad_org', 'audience_mismatch', 'unknown_org', 'unknown_user', 'aware_in_future', ...VOCAB_422],
  'GET /api/v1/incidents/{id}': ['forbidden', 'not_found'],
  'PATCH /api/v1/incidents/{id}': ['not_found', 'forbidden', 'report_before_awareness', ...VOCAB_422],
  'POST /api/v1/incidents/{id}/status': ['not_found', 'forbidden', 'illegal_transition'],
  'POST /api/v1/incidents/{id}/timeline': ['not_found', 'forbidden'],
  'POST /api/v1/incidents/{id}/audience': ['not_found', 'forbidden', 'nothing_to_add', 'audience_mismatch', 'unknown_org', 'unknown_user'],

  'GET /api/v1/capabilities': ['forbidden'],
  'POST /api/v1/capabilities': ['forbidden', ...CAPABILITY_422],
  'GET /api/v1/capabilities/{id}': ['forbidden', 'not_found'],
  'PUT /api/v1/capabilities/{id}': ['not_found', 'forbidden', 'org_immutable', ...CAPABILITY_422],
  'PUT /api/v1/capabilities/{id}/standby': ['not_found', 'forbidden', 'standby_ends_before_start'],
  'DELETE /api/v1/capabilities/{id}/standby': ['not_found', 'forbidden'],

  'POST /api/v1/decisions': ['forbidden', 'decision_deadline_past', 'decision_majority_rule', 'decision_subject', 'decision_addressees', 'decision_params', 'unknown_org', 'bad_intel_id', 'unknown_category', 'unknown_urgency', 'unknown_language'],
  'GET /api/v1/decisions': ['forbidden'],
  'GET /api/v1/decisions/{id}': ['forbidden', 'not_found'],
  'GET /api/v1/decisions/{id}/record.html': ['forbidden', 'not_found'],
  'POST /api/v1/decisions/{id}/answers': ['not_found', 'forbidden', 'decision_closed', 'decision_stale_round', 'decision_answer'],
  'POST /api/v1/decisions/{id}/reissue': ['not_found', 'forbidden', 'decision_not_broken', 'decision_deadline_past'],
  'POST /api/v1/decisions/{id}/withdraw': ['not_found', 'forbidden', 'illegal_transition', 'decision_closed'],

  'POST /api/v1/assistance/requests': ['unknown_incident', 'forbidden', 'unknown_category', 'unknown_language', 'unknown_urgency', 'unknown_nation', 'needed_by_past'],
  'GET /api/v1/assistance/requests': ['forbidden'],
  'GET /api/v1/assistance/requests/{id}': ['forbidden', 'not_found'],
  'GET /api/v1/assistance/requests/{id}/candidates': ['not_found'],
  'POST /api/v1/assistance/requests/{id}/approve-summary': ['not_found', 'forbidden'],
  'POST /api/v1/assistance/requests/{id}/submit': ['not_found', 'forbidden', 'summary_not_approved', 'illegal_transition'],
  'POST /api/v1/assistance/requests/{id}/start': ['not_found', 'illegal_transition'],
  'POST /api/v1/assistance/requests/{id}/cancel': ['not_found', 'forbidden', 'illegal_transition'],
  'POST /api/v1/assistance/requests/{id}/close': ['not_found', 'forbidden', 'illegal_transition'],
  'POST /api/v1/assistance/requests/{id}/rating': ['not_found', 'forbidden', 'not_rateable'],
  'POST /api/v1/assistance/requests/{id}/offers': ['forbidden', 'not_found', 'unknown_capability', 'may_not_receive_marking', 'illegal_transition'],
  'GET /api/v1/assistance/offers': ['forbidden'],
  'GET /api/v1/assistance/offers/{id}': ['forbidden', 'not_found'],
  'POST /api/v1/assistance/offers/{id}/accept': ['not_found', 'forbidden', 'illegal_transition'],
  'POST /api/v1/assistance/offers/{id}/decline': ['not_found', 'forbidden', 'illegal_transition'],
  'POST /api/v1/assistance/offers/{id}/deliver': ['bad_intel_id', 'not_found', 'forbidden', 'illegal_transition'],
  'GET /api/v1/assistance/escalations': ['forbidden'],
  'GET /api/v1/metrics/assistance': ['forbidden'],

  'GET /api/v1/audit': ['forbidden'],
  'GET /api/v1/audit/verify': ['forbidden'],

  'POST /api/v1/intel/bundles': ['not_a_bundle', ...IMPORT],
  'GET /api/v1/intel/objects': ['forbidden', 'bad_cursor'],
  'GET /api/v1/intel/objects/{id}': ['forbidden', 'not_found'],
  'GET /api/v1/intel/export': ['forbidden'],
  'POST /api/v1/intel/misp': ['invalid_misp_event', 'missing_misp_date', 'bad_misp_date', 'bad_misp_timestamp', ...IMPORT],
  'GET /api/v1/intel/misp': ['forbidden', 'missing_selection', 'too_many_objects'],
  'POST /api/v1/intel/lookup': ['forbidden', 'invisible_not_reported', 'too_many_values'],
  'GET /api/v1/intel/objects/{id}/sightings': ['forbidden', 'not_found'],
  'POST /api/v1/intel/feeds': ['forbidden', 'not_found', 'bad_feed_url', 'bad_feed_auth', 'unknown_org'],
  'GET /api/v1/intel/feeds': ['forbidden'],
  'GET /api/v1/intel/feeds/{id}': ['forbidden', 'not_found'],
  'PATCH /api/v1/intel/feeds/{id}': ['forbidden', 'not_found', 'bad_feed_url', 'bad_feed_auth', 'unknown_org'],
  'DELETE /api/v1/intel/feeds/{id}': ['forbidden', 'not_found'],
  'POST /api/v1/intel/feeds/{id}/poll': ['forbidden', 'not_found', 'feed_busy'],

  'GET /api/v1/vocab': [],
  'GET /api/v1/vocab/{name}': ['not_found'],

  'GET /api/v1/live/sse': ['bad_filter', 'bad_last_event_id'],

  'GET /api/v1/notify/me': [],
  'PUT /api/v1/notify/me': ['forbidden', 'invalid_time_zone', 'bad_pgp_key'],
  'POST /api/v1/notify/channels': ['forbidden', 'bad_channel_url'],
  'DELETE /api/v1/notify/channels/{id}': ['forbidden', 'not_found'],
  'PUT /api/v1/notify/rules/{topic}': ['forbidden', 'unknown_channel'],
  'GET /api/v1/notify/orgs/{id}/rota': ['not_found'],
  'PUT /api/v1/notify/orgs/{id}/rota': ['not_found', 'forbidden', 'invalid_time_zone', 'bad_rota'],
  'GET /api/v1/notify/deliveries': [],
  'GET /api/v1/notify/dead-letters': ['forbidden'],
  'POST /api/v1/notify/dead-letters/{id}/replay': ['forbidden', 'not_found', 'not_dead'],
  'POST /api/v1/notify/escalations/{id}/ack': ['bad_ack_token'],
  'GET /api/v1/notify/ack': ['bad_ack_token'],
  'GET /api/v1/notify/hub-key': ['not_found'],

  'GET /api/v1/exercises/scenario-schema': [],
  'GET /api/v1/exercises': [],
  'POST /api/v1/exercises': ['forbidden', 'invalid_scenario', 'unknown_participant', 'bad_controller'],
  'GET /api/v1/exercises/lessons': [],
  'GET /api/v1/exercises/{id}': ['not_found'],
  'POST /api/v1/exercises/{id}/start': ['not_found', 'forbidden', 'illegal_transition'],
  'POST /api/v1/exercises/{id}/pause': ['not_found', 'forbidden', 'illegal_transition'],
  'POST /api/v1/exercises/{id}/resume': ['not_found', 'forbidden', 'illegal_transition'],
  'POST /api/v1/exercises/{id}/end': ['not_found', 'forbidden', 'illegal_transition'],
  'POST /api/v1/exercises/{id}/jump': ['not_found', 'forbidden', 'illegal_transition', 'jump_backwards'],
  'GET /api/v1/exercises/{id}/injects': ['not_found'],
  'POST /api/v1/exercises/{id}/injects': ['not_found', 'forbidden', 'illegal_transition', 'invalid_scenario', 'unknown_participant'],
  'POST /api/v1/exercises/{id}/injects/{serial}/release': ['not_found', 'forbidden', 'illegal_transition', 'inject_released'],
  'POST /api/v1/exercises/{id}/injects/{serial}/hold': ['not_found', 'forbidden', 'illegal_transition'],
  'POST /api/v1/exercises/{id}/lessons': ['not_found', 'forbidden'],
  'GET /api/v1/exercises/{id}/report': ['not_found'],
  'GET /api/v1/exercises/{id}/report.html': ['not_found'],
  'GET /api/v1/exercises/{id}/report.pdf': ['not_found'],
}

const BODY_CODES: ErrorCode[] = ['invalid_request', 'malformed_json', 'bad_content_length', 'body_too_large', 'unsupported_media_type']

/** Every code a route can answer: its own, and those of its kind. */
export function routeErrorCodes(key: string, kind: { public: boolean; validated: boolean; body: boolean }): ErrorCode[] {
  const codes = new Set<ErrorCode>([...(kind.public ? [] : ['unauthorized' as const, 'bad_exercise' as const]), ...(kind.validated ? ['invalid_request' as const] : []), ...(kind.body ? BODY_CODES : []), ...(ROUTE_ERRORS[key] ?? []), 'internal'])
  return [...codes].sort((a, b) => ERROR_CATALOGUE[a].status - ERROR_CATALOGUE[b].status || a.localeCompare(b))
}

const Problem = {
  type: 'object',
  description: 'RFC 9457 problem details',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string' },
    instance: { type: 'string' },
    requestId: { type: 'string' },
    errors: { type: 'array', items: { type: 'object', properties: { pointer: { type: 'string' }, detail: { type: 'string' } } } },
  },
}

/** One problem response per status, its description naming each code with its meaning. */
export function problemResponses(codes: readonly ErrorCode[]): Record<string, unknown> {
  const byStatus = new Map<number, ErrorCode[]>()
  for (const c of codes) byStatus.set(ERROR_CATALOGUE[c].status, [...(byStatus.get(ERROR_CATALOGUE[c].status) ?? []), c])
  return Object.fromEntries(
    [...byStatus].map(([status, cs]) => [
      String(status),
      {
        description: cs.map((c) => `\`${c}\`: ${ERROR_CATALOGUE[c].meaning}`).join('; '),
        content: { 'application/problem+json': { schema: { ...Problem, properties: { ...Problem.properties, code: { type: 'string', enum: cs } } } } },
      },
    ]),
  )
}

interface TransformInput {
  schema: FastifySchema | undefined
  url: string
  route: { method: string | string[]; config?: { auth?: string } }
}

/** `METHOD /path` of a route as the OpenAPI document writes it (`:id` becomes `{id}`). */
export const routeKey = (method: string, url: string): string => `${method} ${url.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`

/**
 * @fastify/swagger's transform: adds to each documented operation `x-error-codes` (every code it
 * can answer) and one problem response per status naming them. Only the document changes; the
 * route's own schema (and so its validation and serialization) stays as it was.
 */
export function documentErrors({ schema: given, url, route }: TransformInput): { schema: FastifySchema; url: string } {
  if (!given || given.hide) return { schema: given ?? {}, url }
  const schema = given as Record<string, unknown>
  const method = Array.isArray(route.method) ? route.method[0]! : route.method
  const codes = routeErrorCodes(routeKey(method, url), {
    public: route.config?.auth === 'public',
    validated: ['params', 'querystring', 'body'].some((k) => schema[k] !== undefined),
    body: ['POST', 'PUT', 'PATCH'].includes(method),
  })
  const response = { ...problemResponses(codes), ...(schema.response as Record<string, unknown> | undefined) }
  const documented: FastifySchema = { ...schema, response }
  return { schema: Object.assign(documented, { 'x-error-codes': codes }), url }
}
